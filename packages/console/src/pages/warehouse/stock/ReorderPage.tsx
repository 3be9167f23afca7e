import { A } from "@solidjs/router";
import { createResource, For, Show } from "solid-js";
import * as StockApi from "../../../api/warehouse-stock";
import type { ReorderItem } from "../../../api/warehouse-types";
import { ExportCsvButton } from "../../../components/ExportCsvButton";
import { Page } from "../../../components/Page";
import { Empty, Loadable } from "../../../components/States";
import { useI18n } from "../../../i18n";
import { toCsv } from "../../../lib/csv";
import { useShopTime } from "../../../lib/shop-time";
import { variantOf } from "../sku-words";

/** SKUs at or below their reorder point (补货): what operations should order now. */
export function ReorderPage() {
  const { t } = useI18n();
  const time = useShopTime();
  const [items, { refetch }] = createResource(StockApi.reorderList);
  const sorted = (list: ReorderItem[]) => [...list].sort((a, b) => a.available - a.reorderPoint - (b.available - b.reorderPoint) || a.styleCode.localeCompare(b.styleCode));
  const exportCsv = async () => ({
    csv: toCsv<ReorderItem>(
      [
        { header: t("wh.styleCode"), value: (i) => i.styleCode },
        { header: t("wh.colour"), value: (i) => i.colour },
        { header: t("wh.size"), value: (i) => i.size },
        { header: t("wh.name"), value: (i) => i.name },
        { header: t("wh.available"), value: (i) => i.available },
        { header: t("wh.sku.reorderPoint"), value: (i) => i.reorderPoint },
        { header: t("wh.reorder.since"), value: (i) => time.dateTime(i.since) },
      ],
      items.latest ?? [],
    ),
  });
  return (
    <Page title={t("wh.reorder.title")} actions={<ExportCsvButton fileName={() => `reorder-${time.today()}.csv`} build={exportCsv} disabled={!items.latest?.length} />}>
      <p class="muted">{t("wh.reorder.hint")}</p>
      <Loadable resource={items} retry={refetch}>
        {(list) => (
          <Show when={list().length > 0} fallback={<Empty>{t("wh.reorder.empty")}</Empty>}>
            <table class="table" data-testid="reorder-list">
              <thead>
                <tr>
                  <th>{t("wh.sku")}</th>
                  <th class="num">{t("wh.available")}</th>
                  <th class="num">{t("wh.sku.reorderPoint")}</th>
                  <th class="col-narrow">{t("wh.reorder.since")}</th>
                </tr>
              </thead>
              <tbody>
                <For each={sorted(list())}>
                  {(i) => (
                    <tr data-sku-id={i.skuId}>
                      <td>
                        <A href={`/warehouse/stock/sku/${i.skuId}`}>{variantOf(i)}</A>
                        <div class="muted small">{i.name}</div>
                      </td>
                      <td class="num" classList={{ negative: i.available <= 0 }}>
                        {i.available}
                      </td>
                      <td class="num">{i.reorderPoint}</td>
                      <td class="nowrap">{time.dateTime(i.since)}</td>
                    </tr>
                  )}
                </For>
              </tbody>
            </table>
          </Show>
        )}
      </Loadable>
    </Page>
  );
}
