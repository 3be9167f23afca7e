import { createResource, For, Show } from "solid-js";
import * as BenchApi from "../../api/bench";
import { Loadable } from "../../components/States";
import { useI18n } from "../../i18n";
import { useShopTime } from "../orders/shop-time";

/** Every scan of this parcel at any bench, oldest first: where, who, when, what came of it. */
export function BenchScans(props: { parcelId: string }) {
  const i18n = useI18n();
  const { t } = i18n;
  const clock = useShopTime();
  const [scans, { refetch }] = createResource(() => props.parcelId, BenchApi.parcelScans);
  return (
    <section class="card" data-testid="parcel-scans">
      <h2>{t("parcels.scans")}</h2>
      <Loadable resource={scans} retry={refetch}>
        {(items) => (
          <Show when={items().length > 0} fallback={<p class="muted">{t("parcels.noScans")}</p>}>
            <table class="table table-compact">
              <thead>
                <tr>
                  <th>{t("bench.at")}</th>
                  <th>{t("bench.bench")}</th>
                  <th>{t("bench.packer")}</th>
                  <th>{t("bench.code")}</th>
                  <th>{t("bench.outcome")}</th>
                </tr>
              </thead>
              <tbody>
                <For each={items()}>
                  {(scan) => (
                    <tr classList={{ "row-danger": !scan.accepted }} data-outcome={scan.outcome}>
                      <td class="nowrap">
                        {clock.dateTimeSeconds(scan.at)}
                        <Show when={scan.offline}>
                          <span class="chip">{t("bench.offline")}</span>
                        </Show>
                      </td>
                      <td>{scan.benchName}</td>
                      <td class="mono">{scan.staffNo}</td>
                      <td class="mono">{scan.code ?? i18n.lookup(`bench.kind.${scan.kind}`, scan.kind)}</td>
                      <td>{i18n.lookup(`bench.outcome.${scan.outcome}`, scan.outcome)}</td>
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
