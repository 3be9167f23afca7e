import { A, useNavigate, useSearchParams } from "@solidjs/router";
import { createEffect, createSignal, For, on, Show } from "solid-js";
import type { StockFilter } from "../../../api/warehouse-stock";
import * as StockApi from "../../../api/warehouse-stock";
import type { Balance, BinKind } from "../../../api/warehouse-types";
import { ExportCsvButton } from "../../../components/ExportCsvButton";
import { Field } from "../../../components/Field";
import { Page } from "../../../components/Page";
import { PagedView } from "../../../components/PagedView";
import { Segmented } from "../../../components/Segmented";
import { useI18n } from "../../../i18n";
import { allPages, toCsv } from "../../../lib/csv";
import { createPagedList } from "../../../lib/paged";
import { useShopTime } from "../../../lib/shop-time";
import { SkuCell } from "../components/SkuCell";
import { SkuFinder } from "../components/SkuFinder";
import { BIN_CODE, BIN_KINDS, normaliseBin } from "../labels";
import { skuWords, variantOf, wantSkus } from "../sku-words";

const cardHref = (b: { skuId: string; binCode: string }) => `/warehouse/stock/sku/${b.skuId}/bin/${b.binCode}`;

/** Stock by place (a zone, a bin, a kind of bin) and the way into one SKU's stock and its cards. */
export function StockPage() {
  const { t } = useI18n();
  const time = useShopTime();
  const navigate = useNavigate();
  // A link from the bins page opens one bin's stock (?bin=A-01-02-1).
  const [search] = useSearchParams();
  const linkedBin = typeof search.bin === "string" && BIN_CODE.test(normaliseBin(search.bin)) ? normaliseBin(search.bin) : undefined;
  const [by, setBy] = createSignal<StockFilter["by"]>(linkedBin ? "bin" : "zone");
  const [zone, setZone] = createSignal("A");
  const [binCode, setBinCode] = createSignal(linkedBin ?? "");
  const [binKind, setBinKind] = createSignal<BinKind>("normal");
  const [filter, setFilter] = createSignal<StockFilter>(linkedBin ? { by: "bin", binCode: linkedBin } : { by: "zone", zone: "A" });
  const list = createPagedList((cursor) => StockApi.balances(filter(), cursor));
  createEffect(on(filter, () => void list.reset()));
  createEffect(() => wantSkus(list.items().map((b) => b.skuId)));

  const current = (): StockFilter | undefined => {
    if (by() === "zone") return /^[A-Z]{1,3}$/.test(zone().trim().toUpperCase()) ? { by: "zone", zone: zone().trim().toUpperCase() } : undefined;
    if (by() === "bin") return BIN_CODE.test(normaliseBin(binCode())) ? { by: "bin", binCode: normaliseBin(binCode()) } : undefined;
    return { by: "kind", binKind: binKind() };
  };
  const shown = (f: StockFilter) => (f.by === "zone" ? f.zone : f.by === "bin" ? f.binCode : t(`wh.binKind.${f.binKind}`));
  const exportCsv = async () => {
    const { items, truncated } = await allPages((cursor) => StockApi.balances(filter(), cursor));
    wantSkus(items.map((b) => b.skuId));
    return {
      truncated,
      csv: toCsv<Balance>(
        [
          { header: t("wh.bin"), value: (b) => b.binCode },
          { header: t("wh.binKind"), value: (b) => t(`wh.binKind.${b.binKind}`) },
          { header: t("wh.sku"), value: (b) => b.skuId },
          { header: t("wh.variant"), value: (b) => { const s = skuWords(b.skuId); return s ? variantOf(s) : ""; } },
          { header: t("wh.onHand"), value: (b) => b.onHand },
          { header: t("wh.reserved"), value: (b) => b.reserved },
          { header: t("wh.available"), value: (b) => b.available },
          { header: t("wh.cardLines"), value: (b) => b.cardLines },
          { header: t("wh.updatedAt"), value: (b) => time.dateTime(b.updatedAt) },
        ],
        items,
      ),
    };
  };

  return (
    <Page title={t("wh.stock.title")} actions={<A href="/warehouse/reorder">{t("wh.reorder.title")}</A>}>
      <section class="card filters">
        <h2>{t("wh.stock.bySku")}</h2>
        <SkuFinder onFound={(sku) => navigate(`/warehouse/stock/sku/${sku.skuId}`)} />
      </section>
      <form
        class="card filters"
        onSubmit={(e) => {
          e.preventDefault();
          const next = current();
          if (next) setFilter(next);
        }}
      >
        <h2>{t("wh.stock.byPlace")}</h2>
        <Segmented name="by" label={t("wh.stock.byPlace")} options={["zone", "bin", "kind"] as const} value={by()} onChange={setBy} text={(o) => t(`wh.stock.by.${o}`)} />
        <div class="form-row">
          <Show when={by() === "zone"}>
            <Field label={t("wh.zone")}>
              <input name="zone" value={zone()} maxLength={3} onInput={(e) => setZone(e.currentTarget.value)} />
            </Field>
          </Show>
          <Show when={by() === "bin"}>
            <Field label={t("wh.bin")} hint={t("wh.binCodeHint")}>
              <input name="binCode" value={binCode()} placeholder="A-01-02-1" onInput={(e) => setBinCode(e.currentTarget.value)} />
            </Field>
          </Show>
          <Show when={by() === "kind"}>
            <Field label={t("wh.binKind")}>
              <select name="binKind" value={binKind()} onChange={(e) => setBinKind(e.currentTarget.value as BinKind)}>
                <For each={BIN_KINDS}>{(kind) => <option value={kind}>{t(`wh.binKind.${kind}`)}</option>}</For>
              </select>
            </Field>
          </Show>
          <div class="field field-button">
            <button type="submit" class="button-primary" disabled={!current()}>
              {t("wh.show")}
            </button>
          </div>
        </div>
      </form>
      <div class="list-toolbar">
        <span class="muted">{t(`wh.stock.showing.${filter().by}`, { value: shown(filter()) })}</span>
        <ExportCsvButton fileName={() => `stock-${filter().by}.csv`} build={exportCsv} disabled={list.items().length === 0} />
      </div>
      <PagedView list={list} empty={t("wh.stock.empty")}>
        <table class="table" data-testid="stock-table">
          <thead>
            <tr>
              <th class="col-narrow">{t("wh.bin")}</th>
              <th>{t("wh.sku")}</th>
              <th class="num">{t("wh.onHand")}</th>
              <th class="num">{t("wh.reserved")}</th>
              <th class="num">{t("wh.available")}</th>
              <th class="col-narrow">{t("wh.updatedAt")}</th>
              <th class="col-actions" />
            </tr>
          </thead>
          <tbody>
            <For each={list.items()}>
              {(b) => (
                <tr data-bin={b.binCode} data-sku-id={b.skuId}>
                  <td class="mono nowrap">
                    {b.binCode}
                    <div class="muted small">{t(`wh.binKind.${b.binKind}`)}</div>
                  </td>
                  <td>
                    <SkuCell skuId={b.skuId} href={`/warehouse/stock/sku/${b.skuId}`} />
                  </td>
                  <td class="num">{b.onHand}</td>
                  <td class="num">{b.reserved}</td>
                  <td class="num" classList={{ negative: b.available < 0 }}>
                    {b.available}
                  </td>
                  <td class="nowrap">{time.dateTime(b.updatedAt)}</td>
                  <td class="col-actions">
                    <A href={cardHref(b)}>{t("wh.stockCard")}</A>
                  </td>
                </tr>
              )}
            </For>
          </tbody>
        </table>
      </PagedView>
    </Page>
  );
}
