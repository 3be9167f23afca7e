import { A, useParams } from "@solidjs/router";
import { createResource, For, Show } from "solid-js";
import * as PickingApi from "../../../api/warehouse-picking";
import { Page } from "../../../components/Page";
import { Loadable } from "../../../components/States";
import { useI18n } from "../../../i18n";
import { useShopTime } from "../../../lib/shop-time";
import { Code } from "../components/Code";
import { PrintButton } from "../../../components/PrintButton";

/**
 * The printable pick list (拣货单): the wave's barcode to take it at a bench, lines in walking
 * order grouped by style and colour, each with the slots it goes to, a box to tick, and the
 * picker's and supervisor's signatures (RULES.md §4: the picker picks and signs).
 */
export function PickListDoc() {
  const { t } = useI18n();
  const time = useShopTime();
  const params = useParams<{ waveId: string }>();
  const [doc, { refetch }] = createResource(() => params.waveId, PickingApi.pickList);
  return (
    <Page
      title={t("wh.pickList.title")}
      actions={
        <div class="no-print page-actions">
          <A href={`/warehouse/waves/${params.waveId}`}>{t("common.back")}</A>
          <PrintButton class="button-primary">{t("wh.print")}</PrintButton>
        </div>
      }
    >
      <Loadable resource={doc} retry={refetch}>
        {(d) => (
          <article class="doc pick-list" data-testid="pick-list">
            <header class="doc-header">
              <div>
                <h1>{t("wh.pickList.title")}</h1>
                <div>
                  {t(`wh.waveKind.${d().kind}`)} · {t("wh.wave.sizeText", { parcels: d().parcelCount, lines: d().lineCount, pieces: d().pieces })}
                </div>
                <div class="muted">
                  {t("wh.wave.day")} {d().day} · {t("wh.pickList.printedAt", { time: time.dateTime(Date.now()) })}
                </div>
              </div>
              <Code value={d().barcode.value} height={42} />
            </header>
            <For each={d().groups}>
              {(group) => (
                <section class="doc-group">
                  <h2>
                    {group.styleCode} · {group.colour}
                  </h2>
                  <table class="doc-table">
                    <thead>
                      <tr>
                        <th class="col-narrow">#</th>
                        <th class="col-narrow">{t("wh.bin")}</th>
                        <th>{t("wh.size")}</th>
                        <th>{t("wh.name")}</th>
                        <th class="num">{t("wh.qty")}</th>
                        <th>{t("wh.wave.slots")}</th>
                        <th class="tick">{t("wh.pickList.picked")}</th>
                      </tr>
                    </thead>
                    <tbody>
                      <For each={group.lines}>
                        {(l) => (
                          <tr data-line={l.lineNo}>
                            <td>{l.lineNo}</td>
                            <td class="mono strong">{l.binCode}</td>
                            <td class="strong">{l.size}</td>
                            <td>{l.name}</td>
                            <td class="num strong">{l.qty}</td>
                            <td class="small">{l.parcels.map((p) => `#${p.slot}×${p.qty}`).join("  ")}</td>
                            <td class="tick">
                              <Show when={l.picked !== undefined} fallback={<span class="box" />}>
                                {l.picked}
                              </Show>
                            </td>
                          </tr>
                        )}
                      </For>
                    </tbody>
                  </table>
                </section>
              )}
            </For>
            <footer class="signatures">
              <span>{t("wh.sign.picker")}</span>
              <span>{t("wh.sign.supervisor")}</span>
              <span>{t("wh.sign.date")}</span>
            </footer>
          </article>
        )}
      </Loadable>
    </Page>
  );
}
