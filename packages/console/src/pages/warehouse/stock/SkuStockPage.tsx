import { A, useParams } from "@solidjs/router";
import { createResource, createSignal, For, Show } from "solid-js";
import * as CatalogueApi from "../../../api/warehouse-catalogue";
import * as StockApi from "../../../api/warehouse-stock";
import type { Balance } from "../../../api/warehouse-types";
import { ExportCsvButton } from "../../../components/ExportCsvButton";
import { Page } from "../../../components/Page";
import { Empty, Loadable, Notice } from "../../../components/States";
import { useI18n } from "../../../i18n";
import { toCsv } from "../../../lib/csv";
import { useShopTime } from "../../../lib/shop-time";
import { STOCK_READERS, SUPERVISORS, useCan, WAREHOUSE_STAFF } from "../access";
import { variantOf } from "../sku-words";
import { AdjustmentDialog, OpeningDialog, TransferDialog } from "./StockDialogs";

type Dialog = "transfer" | "adjust" | "opening";

/** One SKU: where it is, how much is free to sell, each bin's card; transfers and corrections. */
export function SkuStockPage() {
  const { t } = useI18n();
  const time = useShopTime();
  const can = useCan();
  const params = useParams<{ skuId: string }>();
  const [sku] = createResource(() => params.skuId, CatalogueApi.get);
  const [stock, { refetch }] = createResource(() => (can(STOCK_READERS) ? params.skuId : undefined), StockApi.forSku);
  const [dialog, setDialog] = createSignal<Dialog>();
  const [notice, setNotice] = createSignal<string>();
  const done = (message: string) => {
    setDialog(undefined);
    setNotice(message);
    void refetch();
  };
  const bins = () => (stock.state === "ready" ? stock.latest.bins : []);
  const exportCsv = async () => ({
    csv: toCsv<Balance>(
      [
        { header: t("wh.bin"), value: (b) => b.binCode },
        { header: t("wh.binKind"), value: (b) => t(`wh.binKind.${b.binKind}`) },
        { header: t("wh.onHand"), value: (b) => b.onHand },
        { header: t("wh.reserved"), value: (b) => b.reserved },
        { header: t("wh.available"), value: (b) => b.available },
        { header: t("wh.cardLines"), value: (b) => b.cardLines },
        { header: t("wh.updatedAt"), value: (b) => time.dateTime(b.updatedAt) },
      ],
      bins(),
    ),
  });

  return (
    <Page
      title={sku.state === "ready" ? `${variantOf(sku.latest)} · ${sku.latest.name}` : t("wh.stock.title")}
      actions={
        <>
          <A href={`/warehouse/skus/${params.skuId}`}>{t("wh.sku.record")}</A>
          <A href="/warehouse/stock">{t("common.back")}</A>
        </>
      }
    >
      <Show when={notice()}>
        <Notice>{notice()}</Notice>
      </Show>
      <Loadable resource={sku}>
        {(info) => (
          <div class="stack">
            <div class="card facts">
              <dl>
                <dt>{t("wh.sku.outerSkuId")}</dt>
                <dd class="mono">{info().outerSkuId}</dd>
                <dt>{t("wh.sku.homeBin")}</dt>
                <dd class="mono">{info().homeBin}</dd>
                <Show when={info().caseBin}>
                  <dt>{t("wh.sku.caseBin")}</dt>
                  <dd class="mono">
                    {info().caseBin} · {t("wh.sku.caseQtyShort", { qty: info().caseQty ?? 0 })}
                  </dd>
                </Show>
                <dt>{t("wh.sku.reorderPoint")}</dt>
                <dd>{info().reorderPoint}</dd>
              </dl>
              <div class="button-row">
                <Show when={can(WAREHOUSE_STAFF)}>
                  <button type="button" disabled={stock.state !== "ready"} onClick={() => setDialog("transfer")}>
                    {t("wh.transfer.open")}
                  </button>
                  <button type="button" disabled={stock.state !== "ready"} onClick={() => setDialog("adjust")}>
                    {t("wh.adjust.open")}
                  </button>
                </Show>
                <Show when={can(SUPERVISORS)}>
                  <button type="button" onClick={() => setDialog("opening")}>
                    {t("wh.opening.open")}
                  </button>
                </Show>
              </div>
            </div>
            <Show when={can(STOCK_READERS)} fallback={<p class="banner banner-info">{t("wh.stock.blind")}</p>}>
              <Loadable resource={stock} retry={refetch}>
                {(s) => (
                  <>
                    <div class="totals" data-testid="sku-totals">
                      <div>
                        <span class="muted">{t("wh.onHand")}</span>
                        <strong>{s().onHand}</strong>
                      </div>
                      <div>
                        <span class="muted">{t("wh.sellableOnHand")}</span>
                        <strong>{s().sellableOnHand}</strong>
                      </div>
                      <div>
                        <span class="muted">{t("wh.reserved")}</span>
                        <strong>{s().reserved}</strong>
                      </div>
                      <div>
                        <span class="muted">{t("wh.available")}</span>
                        <strong classList={{ negative: s().available < 0, low: s().available <= info().reorderPoint }}>{s().available}</strong>
                      </div>
                    </div>
                    <div class="list-toolbar">
                      <h2>{t("wh.stock.bins")}</h2>
                      <ExportCsvButton fileName={() => `stock-${info().styleCode}-${info().colour}-${info().size}.csv`} build={exportCsv} disabled={s().bins.length === 0} />
                    </div>
                    <Show when={s().bins.length > 0} fallback={<Empty>{t("wh.stock.noBins")}</Empty>}>
                      <table class="table" data-testid="sku-bins">
                        <thead>
                          <tr>
                            <th>{t("wh.bin")}</th>
                            <th>{t("wh.binKind")}</th>
                            <th class="num">{t("wh.onHand")}</th>
                            <th class="num">{t("wh.reserved")}</th>
                            <th class="num">{t("wh.available")}</th>
                            <th class="num">{t("wh.cardLines")}</th>
                            <th class="col-narrow">{t("wh.updatedAt")}</th>
                            <th class="col-actions" />
                          </tr>
                        </thead>
                        <tbody>
                          <For each={s().bins}>
                            {(b) => (
                              <tr data-bin={b.binCode}>
                                <td class="mono">{b.binCode}</td>
                                <td>{t(`wh.binKind.${b.binKind}`)}</td>
                                <td class="num">{b.onHand}</td>
                                <td class="num">{b.reserved}</td>
                                <td class="num" classList={{ negative: b.available < 0 }}>
                                  {b.available}
                                </td>
                                <td class="num">{b.cardLines}</td>
                                <td class="nowrap">{time.dateTime(b.updatedAt)}</td>
                                <td class="col-actions">
                                  <A href={`/warehouse/stock/sku/${b.skuId}/bin/${b.binCode}`}>{t("wh.stockCard")}</A>
                                </td>
                              </tr>
                            )}
                          </For>
                        </tbody>
                      </table>
                    </Show>
                  </>
                )}
              </Loadable>
            </Show>
            <Show when={dialog() === "transfer"}>
              <TransferDialog sku={info()} bins={bins()} onClose={() => setDialog(undefined)} onDone={done} />
            </Show>
            <Show when={dialog() === "adjust"}>
              <AdjustmentDialog sku={info()} bins={bins()} onClose={() => setDialog(undefined)} onDone={done} />
            </Show>
            <Show when={dialog() === "opening"}>
              <OpeningDialog sku={info()} onClose={() => setDialog(undefined)} onDone={done} />
            </Show>
          </div>
        )}
      </Loadable>
    </Page>
  );
}
