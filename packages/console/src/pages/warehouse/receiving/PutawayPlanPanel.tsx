import { createResource, For, Show } from "solid-js";
import * as ReceivingApi from "../../../api/warehouse-receiving";
import { Loadable } from "../../../components/States";
import { useI18n } from "../../../i18n";
import { variantOf } from "../sku-words";

/**
 * What is left to put away and where the system sends it (整货 to the case bin, 散货 to the home
 * bin). The put-away itself is signed with a badge at a bench kiosk, so here it is a list to take
 * along (it prints with the receipt).
 */
export function PutawayPlanPanel(props: { receiptId: string; version: number }) {
  const { t } = useI18n();
  const [plan, { refetch }] = createResource(() => [props.receiptId, props.version] as const, ([id]) => ReceivingApi.putawayPlan(id));
  return (
    <section class="card putaway-plan">
      <h2>{t("wh.putaway.title")}</h2>
      <Loadable resource={plan} retry={refetch}>
        {(p) => (
          <Show when={p().lines.length > 0} fallback={<p class="muted">{t("wh.putaway.nothing")}</p>}>
            <p class="muted small no-print">{t("wh.putaway.hint", { bin: p().pendingBin })}</p>
            <table class="table table-compact" data-testid="putaway-plan">
              <thead>
                <tr>
                  <th>{t("wh.sku")}</th>
                  <th class="num">{t("wh.putaway.left")}</th>
                  <th>{t("wh.putaway.targets")}</th>
                </tr>
              </thead>
              <tbody>
                <For each={p().lines}>
                  {(l) => (
                    <tr data-sku-id={l.skuId}>
                      <td>
                        {variantOf(l)} <span class="muted small">{l.name}</span>
                      </td>
                      <td class="num">{l.left}</td>
                      <td>
                        <For each={l.targets}>
                          {(target) => (
                            <div>
                              <span class="mono">{target.binCode}</span> × {target.qty} <span class="muted small">{t(`wh.binKind.${target.kind}`)}</span>
                            </div>
                          )}
                        </For>
                      </td>
                    </tr>
                  )}
                </For>
              </tbody>
            </table>
          </Show>
        )}
      </Loadable>
    </section>
  );
}
