import { A, useParams } from "@solidjs/router";
import { createResource, For, onMount, Show } from "solid-js";
import * as StockApi from "../../../api/warehouse-stock";
import type { CardLine } from "../../../api/warehouse-types";
import { ExportCsvButton } from "../../../components/ExportCsvButton";
import { Page } from "../../../components/Page";
import { PagedView } from "../../../components/PagedView";
import { Loadable } from "../../../components/States";
import { useI18n } from "../../../i18n";
import { allPages, toCsv } from "../../../lib/csv";
import { createPagedList } from "../../../lib/paged";
import { useShopTime } from "../../../lib/shop-time";
import { signed } from "../labels";
import { SkuCell } from "../components/SkuCell";
import { PrintButton } from "../../../components/PrintButton";

/**
 * The stock card (一物一卡) of a SKU in a bin, newest line first, with the proof that the card and
 * the balance agree (账卡一致) on top. Prints as the card that hangs at the bin.
 */
export function CardPage() {
  const { t } = useI18n();
  const time = useShopTime();
  const params = useParams<{ skuId: string; binCode: string }>();
  const [check, { refetch }] = createResource(() => [params.skuId, params.binCode] as const, ([skuId, binCode]) => StockApi.check(skuId, binCode));
  const list = createPagedList((cursor) => StockApi.cardLines(params.skuId, params.binCode, cursor));
  onMount(() => void list.reset());
  const columns = [
    { header: t("wh.card.seq"), value: (l: CardLine) => l.seq },
    { header: t("wh.card.at"), value: (l: CardLine) => time.dateTime(l.at) },
    { header: t("wh.card.type"), value: (l: CardLine) => t(`wh.movement.${l.type}`) },
    { header: t("wh.qty"), value: (l: CardLine) => l.qty },
    { header: t("wh.card.balanceAfter"), value: (l: CardLine) => l.balanceAfter },
    { header: t("wh.card.document"), value: (l: CardLine) => `${l.document.type} ${l.document.id}${l.document.line ? ` #${l.document.line}` : ""}` },
    { header: t("wh.card.signedBy"), value: (l: CardLine) => l.signedBy },
    { header: t("wh.card.device"), value: (l: CardLine) => l.deviceId },
    { header: t("wh.note"), value: (l: CardLine) => l.note },
  ];
  const exportCsv = async () => {
    const { items, truncated } = await allPages((cursor) => StockApi.cardLines(params.skuId, params.binCode, cursor));
    return { truncated, csv: toCsv(columns, items) };
  };

  return (
    <Page
      title={t("wh.card.title", { bin: params.binCode })}
      actions={
        <>
          <A href={`/warehouse/stock/sku/${params.skuId}`}>{t("common.back")}</A>
          <ExportCsvButton fileName={() => `stock-card-${params.binCode}-${params.skuId}.csv`} build={exportCsv} />
          <PrintButton>{t("wh.print")}</PrintButton>
        </>
      }
    >
      <div class="doc-heading">
        <h1 class="print-only">{t("wh.card.title", { bin: params.binCode })}</h1>
        <SkuCell skuId={params.skuId} />
      </div>
      <Loadable resource={check} retry={refetch}>
        {(c) => (
          <div class="card check" classList={{ "check-ok": c().consistent, "check-bad": !c().consistent }} data-testid="card-check" data-consistent={String(c().consistent)}>
            <strong>{c().consistent ? t("wh.card.consistent") : t("wh.card.inconsistent")}</strong>
            <span>{t("wh.card.checkFacts", { onHand: c().onHand, reserved: c().reserved, available: c().available, sum: c().cardSum, lines: c().lines })}</span>
            <Show when={c().problems.length > 0}>
              <ul>
                <For each={c().problems}>{(p) => <li class="error-text">{p}</li>}</For>
              </ul>
            </Show>
            <button type="button" class="button-small no-print" onClick={() => void refetch()}>
              {t("wh.card.recheck")}
            </button>
          </div>
        )}
      </Loadable>
      <PagedView list={list} empty={t("wh.card.empty")}>
        <table class="table card-table" data-testid="card-lines">
          <thead>
            <tr>
              <th class="col-narrow">{t("wh.card.seq")}</th>
              <th class="col-narrow">{t("wh.card.at")}</th>
              <th>{t("wh.card.type")}</th>
              <th class="num">{t("wh.qty")}</th>
              <th class="num">{t("wh.card.balanceAfter")}</th>
              <th>{t("wh.card.document")}</th>
              <th>{t("wh.card.signedBy")}</th>
              <th>{t("wh.note")}</th>
            </tr>
          </thead>
          <tbody>
            <For each={list.items()}>
              {(l) => (
                <tr data-seq={l.seq}>
                  <td class="num">{l.seq}</td>
                  <td class="nowrap">{time.dateTime(l.at)}</td>
                  <td>{t(`wh.movement.${l.type}`)}</td>
                  <td class="num" classList={{ positive: l.qty > 0, negative: l.qty < 0 }}>
                    {signed(l.qty)}
                  </td>
                  <td class="num strong">{l.balanceAfter}</td>
                  <td>
                    <span class="muted small">{l.document.type}</span> <span class="mono small">{l.document.id}</span>
                  </td>
                  <td class="mono">
                    {l.signedBy}
                    <Show when={l.deviceId}>
                      <div class="muted small">{t("wh.card.atDevice", { device: l.deviceId! })}</div>
                    </Show>
                  </td>
                  <td>{l.note}</td>
                </tr>
              )}
            </For>
          </tbody>
        </table>
      </PagedView>
    </Page>
  );
}
