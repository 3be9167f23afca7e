import { A, useParams } from "@solidjs/router";
import { createResource, For, Show } from "solid-js";
import * as PickingApi from "../../../api/warehouse-picking";
import { Page } from "../../../components/Page";
import { Loadable } from "../../../components/States";
import { useI18n } from "../../../i18n";
import { Code } from "../components/Code";
import { PrintButton } from "../../../components/PrintButton";

/**
 * Outbound slips (出库单), one page per parcel: the parcel's barcode (scanned at the bench), the
 * slot, the waybill, the remarks the packer must heed, and the pieces. One copy goes in the parcel.
 */
export function SlipsDoc() {
  const { t } = useI18n();
  const params = useParams<{ waveId: string }>();
  const [doc, { refetch }] = createResource(() => params.waveId, PickingApi.slips);
  return (
    <Page
      title={t("wh.slips.title")}
      actions={
        <div class="no-print page-actions">
          <A href={`/warehouse/waves/${params.waveId}`}>{t("common.back")}</A>
          <PrintButton class="button-primary">{t("wh.print")}</PrintButton>
        </div>
      }
    >
      <Loadable resource={doc} retry={refetch}>
        {(d) => (
          <div class="slips" data-testid="slips">
            <For each={d().slips}>
              {(slip) => (
                <article class="doc slip" data-parcel-id={slip.parcelId}>
                  <header class="doc-header">
                    <div>
                      <h1>{t("wh.slips.title")}</h1>
                      <div class="mono">{slip.slipNo}</div>
                      <div class="slot">{t("wh.slips.slot", { slot: slip.slot })}</div>
                    </div>
                    <Code value={slip.barcode.value} height={48} />
                  </header>
                  <dl class="doc-facts">
                    <dt>{t("wh.parcel")}</dt>
                    <dd class="mono">{slip.parcelId}</dd>
                    <dt>{t("wh.parcel.orders")}</dt>
                    <dd class="mono">{slip.orderIds.join(", ")}</dd>
                    <dt>{t("wh.parcel.waybill")}</dt>
                    <dd class="mono">{slip.waybillNo ?? "—"}</dd>
                    <dt>{t("wh.slips.pieces")}</dt>
                    <dd class="strong">{slip.pieces}</dd>
                  </dl>
                  <Show when={slip.remark}>
                    <p class="remark">
                      {t("wh.slips.remark")}: {slip.remark}
                    </p>
                  </Show>
                  <table class="doc-table">
                    <thead>
                      <tr>
                        <th>{t("wh.styleCode")}</th>
                        <th>{t("wh.colour")}</th>
                        <th>{t("wh.size")}</th>
                        <th>{t("wh.name")}</th>
                        <th class="num">{t("wh.qty")}</th>
                        <th>{t("wh.bin")}</th>
                      </tr>
                    </thead>
                    <tbody>
                      <For each={slip.lines}>
                        {(l) => (
                          <tr>
                            <td class="mono">{l.styleCode}</td>
                            <td>{l.colour}</td>
                            <td class="strong">{l.size}</td>
                            <td>{l.name}</td>
                            <td class="num strong">{l.qty}</td>
                            <td class="mono small">{l.binCode}</td>
                          </tr>
                        )}
                      </For>
                    </tbody>
                  </table>
                  <footer class="signatures">
                    <span>{t("wh.sign.checker")}</span>
                    <span>{t("wh.sign.packer")}</span>
                  </footer>
                </article>
              )}
            </For>
          </div>
        )}
      </Loadable>
    </Page>
  );
}
