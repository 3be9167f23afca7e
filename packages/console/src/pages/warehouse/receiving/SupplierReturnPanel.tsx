import { createResource, For, Show } from "solid-js";
import * as ReceivingApi from "../../../api/warehouse-receiving";
import { ConfirmButton } from "../../../components/ConfirmButton";
import { Loadable } from "../../../components/States";
import { useI18n } from "../../../i18n";
import { useShopTime } from "../../../lib/shop-time";
import { SkuCell } from "../components/SkuCell";

/** The receipt's return-to-supplier/factory document (退货/返厂单): what failed inspection, and its dispatch. */
export function SupplierReturnPanel(props: { receiptId: string; canDispatch: boolean; onDispatched: () => void }) {
  const i18n = useI18n();
  const { t } = i18n;
  const time = useShopTime();
  const [lines, { refetch }] = createResource(() => props.receiptId, ReceivingApi.supplierReturn);
  const open = () => (lines.latest ?? []).filter((l) => l.state === "open");
  return (
    <Show when={(lines.latest ?? []).length > 0 || lines.loading}>
      <section class="card supplier-return">
        <header class="card-header">
          <h2>{t("wh.supplierReturn.title")}</h2>
          <Show when={props.canDispatch && open().length > 0}>
            <ConfirmButton
              label={t("wh.supplierReturn.dispatch")}
              title={t("wh.supplierReturn.dispatchTitle")}
              message={t("wh.supplierReturn.dispatchMessage", { pieces: open().reduce((s, l) => s + l.qty, 0) })}
              class="no-print"
              onConfirm={async () => {
                await ReceivingApi.dispatchSupplierReturn(props.receiptId);
                await refetch();
                props.onDispatched();
              }}
            />
          </Show>
        </header>
        <Loadable resource={lines} retry={refetch}>
          {(items) => (
            <table class="table table-compact" data-testid="supplier-return">
              <thead>
                <tr>
                  <th>{t("wh.sku")}</th>
                  <th class="num">{t("wh.qty")}</th>
                  <th>{t("wh.inspect.returnTo")}</th>
                  <th>{t("wh.supplierReturn.defects")}</th>
                  <th>{t("wh.state")}</th>
                </tr>
              </thead>
              <tbody>
                <For each={items()}>
                  {(l) => (
                    <tr data-sku-id={l.skuId}>
                      <td>
                        <SkuCell skuId={l.skuId} />
                      </td>
                      <td class="num">{l.qty}</td>
                      <td>{t(`wh.returnTo.${l.returnTo}`)}</td>
                      <td class="small">{l.defects.map((d) => `${i18n.lookup(`wh.checklist.${d.reason}`, d.reason)} ×${d.qty}`).join("，")}</td>
                      <td>
                        {l.state === "open" ? t("wh.supplierReturn.open") : t("wh.supplierReturn.dispatchedAt", { time: l.dispatchedAt ? time.dateTime(l.dispatchedAt) : "", by: l.dispatchedBy ?? "" })}
                      </td>
                    </tr>
                  )}
                </For>
              </tbody>
            </table>
          )}
        </Loadable>
      </section>
    </Show>
  );
}
