import { A } from "@solidjs/router";
import { createResource, For, Show } from "solid-js";
import * as ReceivingApi from "../../../api/warehouse-receiving";
import type { SupplierReturnLine } from "../../../api/warehouse-types";
import { ExportCsvButton } from "../../../components/ExportCsvButton";
import { Page } from "../../../components/Page";
import { Empty, Loadable } from "../../../components/States";
import { useI18n } from "../../../i18n";
import { toCsv } from "../../../lib/csv";
import { useShopTime } from "../../../lib/shop-time";
import { SkuCell } from "../components/SkuCell";

/** Every return-to-supplier/factory line not yet sent back, across receipts. */
export function SupplierReturnsPage() {
  const i18n = useI18n();
  const { t } = i18n;
  const time = useShopTime();
  const [lines, { refetch }] = createResource(ReceivingApi.openSupplierReturns);
  const defects = (l: SupplierReturnLine) => l.defects.map((d) => `${i18n.lookup(`wh.checklist.${d.reason}`, d.reason)} ×${d.qty}`).join("，");
  const exportCsv = async () => ({
    csv: toCsv<SupplierReturnLine>(
      [
        { header: t("wh.receipt.no"), value: (l) => l.receiptId },
        { header: t("wh.receipt.supplier"), value: (l) => l.supplier },
        { header: t("wh.sku"), value: (l) => l.skuId },
        { header: t("wh.qty"), value: (l) => l.qty },
        { header: t("wh.inspect.returnTo"), value: (l) => t(`wh.returnTo.${l.returnTo}`) },
        { header: t("wh.supplierReturn.defects"), value: defects },
        { header: t("wh.receipt.createdAt"), value: (l) => time.dateTime(l.createdAt) },
      ],
      lines.latest ?? [],
    ),
  });
  return (
    <Page
      title={t("wh.supplierReturns.title")}
      actions={
        <>
          <A href="/warehouse/receipts">{t("common.back")}</A>
          <ExportCsvButton fileName={() => `supplier-returns-${time.today()}.csv`} build={exportCsv} disabled={!lines.latest?.length} />
        </>
      }
    >
      <Loadable resource={lines} retry={refetch}>
        {(items) => (
          <Show when={items().length > 0} fallback={<Empty>{t("wh.supplierReturns.empty")}</Empty>}>
            <table class="table" data-testid="supplier-returns">
              <thead>
                <tr>
                  <th>{t("wh.receipt.supplier")}</th>
                  <th>{t("wh.sku")}</th>
                  <th class="num">{t("wh.qty")}</th>
                  <th>{t("wh.inspect.returnTo")}</th>
                  <th>{t("wh.supplierReturn.defects")}</th>
                  <th class="col-actions" />
                </tr>
              </thead>
              <tbody>
                <For each={items()}>
                  {(l) => (
                    <tr>
                      <td>{l.supplier}</td>
                      <td>
                        <SkuCell skuId={l.skuId} />
                      </td>
                      <td class="num">{l.qty}</td>
                      <td>{t(`wh.returnTo.${l.returnTo}`)}</td>
                      <td class="small">{defects(l)}</td>
                      <td class="col-actions">
                        <A href={`/warehouse/receipts/${l.receiptId}`}>{t("wh.receipt.open")}</A>
                      </td>
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
