import { A, useNavigate, useSearchParams } from "@solidjs/router";
import { createResource, createSignal, For, Show } from "solid-js";
import * as ReturnsApi from "../../../api/warehouse-returns";
import type { ReturnInfo } from "../../../api/warehouse-ops-types";
import { ExportCsvButton } from "../../../components/ExportCsvButton";
import { Page } from "../../../components/Page";
import { Empty, Loadable } from "../../../components/States";
import { useI18n } from "../../../i18n";
import { toCsv } from "../../../lib/csv";
import { useShopTime } from "../../../lib/shop-time";
import { CS_AND_SUPERVISORS, useCan, WAREHOUSE_STAFF } from "../access";
import { DAY, shiftDay } from "../reports/report-rows";
import { IntakeDialog } from "./IntakeDialog";
import { returnPieces } from "./return-rules";

/**
 * Returns (退货) taken in on a shop day, or the one under a waybill or order; the warehouse takes
 * a parcel in here (package condition, each item good / repairable / irreparable).
 */
export function ReturnsPage() {
  const { t } = useI18n();
  const time = useShopTime();
  const can = useCan();
  const navigate = useNavigate();
  const [params, setParams] = useSearchParams<{ day: string; key: string }>();
  const day = () => (params.day && DAY.test(params.day) ? params.day : time.today());
  const [lookup, setLookup] = createSignal(params.key ?? "");
  const source = () => ({ day: day(), key: params.key?.trim() || "" });
  const [returns, { refetch }] = createResource(source, async ({ day, key }) => {
    if (!key) return ReturnsApi.ofDay(day);
    const [byWaybill, byOrder] = await Promise.all([ReturnsApi.byKey({ waybillNo: key }), ReturnsApi.byKey({ orderId: key })]);
    return [byWaybill, byOrder].filter((r): r is ReturnInfo => !!r).filter((r, i, all) => all.findIndex((x) => x.returnId === r.returnId) === i);
  });
  const [taking, setTaking] = createSignal(false);
  const exportCsv = async () => ({
    csv: toCsv<ReturnInfo>(
      [
        { header: t("wh.returns.receivedAt"), value: (r) => time.dateTime(r.receivedAt) },
        { header: t("wh.returns.waybill"), value: (r) => r.waybillNo },
        { header: t("wh.returns.order"), value: (r) => r.orderId },
        { header: t("wh.returns.refund"), value: (r) => r.refundId },
        { header: t("wh.returns.package"), value: (r) => t(`wh.returns.package.${r.packageCondition}`) },
        { header: t("wh.returns.pieces"), value: (r) => returnPieces(r).total },
        { header: t("wh.returns.condition.good"), value: (r) => returnPieces(r).good },
        { header: t("wh.returns.condition.repairable"), value: (r) => returnPieces(r).repairable },
        { header: t("wh.returns.condition.irreparable"), value: (r) => returnPieces(r).irreparable },
        { header: t("wh.returns.anomalies"), value: (r) => r.anomalies },
        { header: t("wh.returns.receivedBy"), value: (r) => r.receivedBy },
      ],
      returns.latest ?? [],
    ),
  });

  return (
    <Page
      title={t("wh.returns.title")}
      actions={
        <>
          <A href="/warehouse/return-anomalies">{t("wh.anomalies.title")}</A>
          <A href="/warehouse/reshipments">{t("wh.reshipments.title")}</A>
          <Show when={can(WAREHOUSE_STAFF)}>
            <button type="button" class="button-primary" data-testid="new-return" onClick={() => setTaking(true)}>
              {t("wh.returns.intake")}
            </button>
          </Show>
        </>
      }
    >
      <div class="day-picker no-print">
        <button type="button" class="button-small" onClick={() => setParams({ day: shiftDay(day(), -1), key: undefined })}>
          ‹
        </button>
        <input type="date" name="day" value={day()} onChange={(e) => DAY.test(e.currentTarget.value) && setParams({ day: e.currentTarget.value, key: undefined })} />
        <button type="button" class="button-small" onClick={() => setParams({ day: shiftDay(day(), 1), key: undefined })}>
          ›
        </button>
        <form
          class="inline-form"
          onSubmit={(e) => {
            e.preventDefault();
            setParams({ key: lookup().trim() || undefined });
          }}
        >
          <input name="returnKey" value={lookup()} placeholder={t("wh.returns.lookup")} onInput={(e) => setLookup(e.currentTarget.value)} />
          <button type="submit" class="button-small">
            {t("wh.show")}
          </button>
        </form>
        <ExportCsvButton fileName={() => `returns-${params.key || day()}.csv`} build={exportCsv} disabled={!returns.latest?.length} />
      </div>
      <Loadable resource={returns} retry={refetch}>
        {(list) => (
          <Show when={list().length > 0} fallback={<Empty>{params.key ? t("wh.returns.notFound", { key: params.key }) : t("wh.returns.empty")}</Empty>}>
            <table class="table" data-testid="returns">
              <thead>
                <tr>
                  <th class="col-narrow">{t("wh.returns.receivedAt")}</th>
                  <th>{t("wh.returns.waybill")}</th>
                  <th>{t("wh.returns.order")}</th>
                  <th>{t("wh.returns.package")}</th>
                  <th class="num">{t("wh.returns.pieces")}</th>
                  <th>{t("wh.returns.anomalies")}</th>
                  <th class="col-narrow">{t("wh.returns.receivedBy")}</th>
                  <th class="col-actions" />
                </tr>
              </thead>
              <tbody>
                <For each={list()}>
                  {(r) => (
                    <tr data-return-id={r.returnId}>
                      <td class="nowrap">{time.dateTime(r.receivedAt)}</td>
                      <td class="mono">{r.waybillNo}</td>
                      <td class="mono">{r.orderId}</td>
                      <td>{t(`wh.returns.package.${r.packageCondition}`)}</td>
                      <td class="num">{returnPieces(r).total}</td>
                      <td>
                        <Show when={r.anomalies > 0} fallback={<span class="muted">—</span>}>
                          <span class="chip chip-bad">{t("wh.returns.anomalyCount", { count: r.anomalies })}</span>
                        </Show>
                      </td>
                      <td class="mono">{r.receivedBy}</td>
                      <td class="col-actions">
                        <A href={`/warehouse/returns/${r.returnId}`}>{t("common.view")}</A>
                      </td>
                    </tr>
                  )}
                </For>
              </tbody>
            </table>
          </Show>
        )}
      </Loadable>
      <Show when={can(CS_AND_SUPERVISORS) && !can(WAREHOUSE_STAFF)}>
        <p class="muted small">{t("wh.returns.csHint")}</p>
      </Show>
      <Show when={taking()}>
        <IntakeDialog onClose={() => setTaking(false)} onReceived={(r) => navigate(`/warehouse/returns/${r.returnId}`)} />
      </Show>
    </Page>
  );
}
