import { createEffect, createSignal, For, on, Show } from "solid-js";
import * as StockApi from "../../../api/warehouse-stock";
import type { Adjustment, AdjustmentState } from "../../../api/warehouse-types";
import { DecideButtons } from "../../../components/DecideButtons";
import { ExportCsvButton } from "../../../components/ExportCsvButton";
import { Page } from "../../../components/Page";
import { PagedView } from "../../../components/PagedView";
import { Segmented } from "../../../components/Segmented";
import { Notice } from "../../../components/States";
import { useI18n } from "../../../i18n";
import { allPages, toCsv } from "../../../lib/csv";
import { createPagedList } from "../../../lib/paged";
import { useShopTime } from "../../../lib/shop-time";
import { useAuth } from "../../../providers/auth";
import { SkuCell } from "../components/SkuCell";
import { signed } from "../labels";

const STATES: readonly AdjustmentState[] = ["requested", "approved", "rejected"];

/** Corrections of the books waiting for the supervisor (四眼: never one's own), and those decided. */
export function AdjustmentsPage() {
  const { t } = useI18n();
  const time = useShopTime();
  const auth = useAuth();
  const [state, setState] = createSignal<AdjustmentState>("requested");
  const [notice, setNotice] = createSignal<string>();
  const list = createPagedList((cursor) => StockApi.adjustments(state(), cursor));
  createEffect(on(state, () => void list.reset()));
  const exportCsv = async () => {
    const { items, truncated } = await allPages((cursor) => StockApi.adjustments(state(), cursor));
    return {
      truncated,
      csv: toCsv<Adjustment>(
        [
          { header: t("wh.requestedAt"), value: (a) => time.dateTime(a.requestedAt) },
          { header: t("wh.sku"), value: (a) => a.skuId },
          { header: t("wh.bin"), value: (a) => a.binCode },
          { header: t("wh.qty"), value: (a) => a.qty },
          { header: t("wh.reason"), value: (a) => a.reason },
          { header: t("wh.requestedBy"), value: (a) => a.requestedBy },
          { header: t("wh.state"), value: (a) => t(`wh.adjustState.${a.state}`) },
          { header: t("wh.decidedBy"), value: (a) => a.decidedBy },
          { header: t("wh.decidedAt"), value: (a) => (a.decidedAt ? time.dateTime(a.decidedAt) : "") },
          { header: t("decide.note"), value: (a) => a.decisionNote },
        ],
        items,
      ),
    };
  };

  return (
    <Page
      title={t("wh.adjustments.title")}
      actions={
        <>
          <Segmented name="state" label={t("wh.state")} options={STATES} value={state()} onChange={setState} text={(s) => t(`wh.adjustState.${s}`)} />
          <ExportCsvButton fileName={() => `adjustments-${state()}.csv`} build={exportCsv} disabled={list.items().length === 0} />
        </>
      }
    >
      <p class="muted">{t("wh.adjustments.hint")}</p>
      <Show when={notice()}>
        <Notice>{notice()}</Notice>
      </Show>
      <PagedView list={list} empty={t(`wh.adjustments.empty.${state()}`)}>
        <table class="table" data-testid="adjustments">
          <thead>
            <tr>
              <th class="col-narrow">{t("wh.requestedAt")}</th>
              <th>{t("wh.sku")}</th>
              <th class="col-narrow">{t("wh.bin")}</th>
              <th class="num">{t("wh.qty")}</th>
              <th>{t("wh.reason")}</th>
              <th class="col-narrow">{t("wh.requestedBy")}</th>
              <th class="col-actions" />
            </tr>
          </thead>
          <tbody>
            <For each={list.items()}>
              {(a) => (
                <tr data-adjustment-id={a.adjustmentId}>
                  <td class="nowrap">{time.dateTime(a.requestedAt)}</td>
                  <td>
                    <SkuCell skuId={a.skuId} href={`/warehouse/stock/sku/${a.skuId}/bin/${a.binCode}`} />
                  </td>
                  <td class="mono">{a.binCode}</td>
                  <td class="num" classList={{ positive: a.qty > 0, negative: a.qty < 0 }}>
                    {signed(a.qty)}
                  </td>
                  <td>{a.reason}</td>
                  <td class="mono">{a.requestedBy}</td>
                  <td class="col-actions">
                    <Show
                      when={a.state === "requested"}
                      fallback={
                        <span class="muted small">
                          {a.decidedBy} · {a.decidedAt ? time.dateTime(a.decidedAt) : ""}
                          <Show when={a.decisionNote}>
                            <div>{a.decisionNote}</div>
                          </Show>
                        </span>
                      }
                    >
                      <Show when={a.requestedBy !== auth.me()?.staffNo} fallback={<span class="muted small">{t("wh.adjustments.notOwn")}</span>}>
                        <DecideButtons
                          subject={`${a.binCode} ${signed(a.qty)}`}
                          onDecide={async (approve, note) => {
                            await StockApi.decideAdjustment(a.adjustmentId, approve, note);
                            setNotice(approve ? t("wh.adjustments.approved") : t("wh.adjustments.rejected"));
                            list.remove((x) => x.adjustmentId === a.adjustmentId);
                          }}
                        />
                      </Show>
                    </Show>
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
