import { A, useSearchParams } from "@solidjs/router";
import { createEffect, createMemo, For, on, Show } from "solid-js";
import * as BenchApi from "../../api/bench";
import type { Activity, Rejection } from "../../api/bench";
import { Field, inputValue } from "../../components/Field";
import { Page } from "../../components/Page";
import { Empty, ErrorBanner, Loading } from "../../components/States";
import { useI18n } from "../../i18n";
import { toCsv, type CsvColumn } from "../../lib/csv";
import { ExportCsvButton } from "../../components/ExportCsvButton";
import { learnTimeZone, useShopTime } from "../orders/shop-time";
import { HandoverTable } from "./HandoverTable";
import { HourlyTable, type HourlyRow } from "./HourlyTable";
import { createLive } from "./live";

/** How often the dashboard asks again: "live" enough for a supervisor, cheap for the API. */
export const REFRESH_MS = 10_000;

const REJECTIONS: readonly Rejection[] = [
  "wrong_item",
  "too_many",
  "unknown_barcode",
  "unit_already_scanned",
  "unit_code_required",
  "waybill_label",
  "intercepted",
];

/**
 * The packing benches today (or any shop day): parcels packed per bench and per packer per hour,
 * scans refused by reason, intercepted parcels waiting, and the carrier handover batches.
 */
export function ActivityPage() {
  const i18n = useI18n();
  const { t } = i18n;
  const clock = useShopTime();
  const [params, setParams] = useSearchParams<{ day?: string }>();
  const day = () => (/^\d{4}-\d{2}-\d{2}$/.test(params.day ?? "") ? params.day : undefined);
  const live = createLive(day, BenchApi.activity, REFRESH_MS);
  createEffect(on(day, () => void live.reset()));
  createEffect(() => learnTimeZone(live.value()?.timeZone));

  const benches = createMemo<HourlyRow[]>(() =>
    (live.value()?.benches ?? []).map((b) => ({ key: b.deviceId, label: b.name, packed: b.packed, units: b.units, byHour: b.byHour })),
  );
  const packers = createMemo<HourlyRow[]>(() =>
    (live.value()?.packers ?? []).map((p) => ({ key: p.staffNo, label: p.name, sublabel: p.staffNo, packed: p.packed, units: p.units, byHour: p.byHour })),
  );
  const reasons = createMemo(() => {
    const byReason = live.value()?.scans.byReason ?? {};
    return REJECTIONS.map((reason) => ({ reason, count: byReason[reason] ?? 0 }))
      .filter((r) => r.count > 0)
      .sort((a, b) => b.count - a.count);
  });
  const total = (a: Activity) => a.benches.reduce((sum, b) => sum + b.packed, 0);
  const units = (a: Activity) => a.benches.reduce((sum, b) => sum + b.units, 0);
  const rejectRate = (a: Activity) => {
    const scans = a.scans.accepted + a.scans.rejected;
    return scans === 0 ? "0" : ((100 * a.scans.rejected) / scans).toFixed(1);
  };

  const exportHourly = async () => {
    const a = live.value()!;
    const hours = Array.from({ length: 24 }, (_, h) => String(h).padStart(2, "0"));
    const rows = [
      ...benches().map((row) => ({ kind: t("bench.bench"), ...row })),
      ...packers().map((row) => ({ kind: t("bench.packer"), ...row, label: `${row.label} ${row.sublabel ?? ""}`.trim() })),
    ];
    const columns: CsvColumn<(typeof rows)[number]>[] = [
      { header: t("bench.day"), value: () => a.day },
      { header: t("bench.kindColumn"), value: (r) => r.kind },
      { header: t("bench.name"), value: (r) => r.label },
      { header: t("bench.packed"), value: (r) => r.packed },
      { header: t("bench.units"), value: (r) => r.units },
      ...hours.map((h) => ({ header: `${h}:00`, value: (r: (typeof rows)[number]) => r.byHour[h] ?? 0 })),
    ];
    return { csv: toCsv(columns, rows) };
  };

  return (
    <Page
      title={t("bench.title")}
      actions={
        <>
          <form class="inline-form" onSubmit={(e) => e.preventDefault()}>
            <Field label="">
              <input
                type="date"
                name="day"
                aria-label={t("bench.day")}
                value={day() ?? live.value()?.day ?? ""}
                onChange={(e) => setParams({ day: inputValue(e) || undefined })}
              />
            </Field>
          </form>
          <Show when={day()}>
            <button type="button" class="button-small" onClick={() => setParams({ day: undefined })}>
              {t("bench.today")}
            </button>
          </Show>
          <ExportCsvButton fileName={() => `bench-activity-${live.value()?.day ?? "today"}.csv`} build={exportHourly} disabled={!live.value()} />
        </>
      }
    >
      <Show when={live.value()} fallback={<Show when={live.error()} fallback={<Loading />}><ErrorBanner error={live.error()} retry={() => void live.reset()} /></Show>}>
        {(a) => (
          <div class="stack" data-testid="bench-activity">
            <p class="muted live-line" role="status">
              <span class="live-dot" classList={{ stale: !!live.error() }} aria-hidden="true" />
              {t("bench.updatedAt", { time: clock.dateTimeSeconds(a().generatedAt), day: a().day, seconds: REFRESH_MS / 1000 })}
            </p>
            <Show when={live.error()}>
              <p class="banner banner-warning">{t("bench.refreshFailed")}</p>
            </Show>
            <div class="tiles">
              <div class="tile" data-testid="tile-packed">
                <span class="tile-value">{total(a())}</span>
                <span class="tile-label">{t("bench.packedParcels")}</span>
              </div>
              <div class="tile">
                <span class="tile-value">{units(a())}</span>
                <span class="tile-label">{t("bench.units")}</span>
              </div>
              <div class="tile">
                <span class="tile-value">{a().scans.accepted}</span>
                <span class="tile-label">{t("bench.acceptedScans")}</span>
              </div>
              <div class="tile" classList={{ "tile-warn": a().scans.rejected > 0 }} data-testid="tile-rejected">
                <span class="tile-value">{a().scans.rejected}</span>
                <span class="tile-label">{t("bench.rejectedScans", { rate: rejectRate(a()) })}</span>
              </div>
              <div class="tile">
                <span class="tile-value">{a().forced}</span>
                <span class="tile-label">{t("bench.forced")}</span>
              </div>
              <div class="tile">
                <span class="tile-value">{a().undone}</span>
                <span class="tile-label">{t("bench.undone")}</span>
              </div>
              <div class="tile" classList={{ "tile-danger": a().interceptsWaiting.count > 0 }} data-testid="tile-intercepts">
                <span class="tile-value">
                  {a().interceptsWaiting.count}
                  {a().interceptsWaiting.more ? "+" : ""}
                </span>
                <span class="tile-label">{t("bench.interceptsWaiting")}</span>
              </div>
            </div>
            <HourlyTable title={t("bench.perBench")} rows={benches()} empty={t("bench.noPacking")} testId="per-bench" />
            <HourlyTable title={t("bench.perPacker")} rows={packers()} empty={t("bench.noPacking")} testId="per-packer" />
            <div class="two-columns">
              <section class="card" data-testid="rejections">
                <h2>{t("bench.rejectionsTitle")}</h2>
                <Show when={reasons().length > 0} fallback={<p class="muted">{t("bench.noRejections")}</p>}>
                  <table class="table table-compact table-full">
                    <tbody>
                      <For each={reasons()}>
                        {(row) => (
                          <tr data-reason={row.reason}>
                            <td>{t(`bench.outcome.${row.reason}`)}</td>
                            <td class="num strong">{row.count}</td>
                            <td class="bar-cell">
                              <span class="bar" style={{ width: `${Math.round((100 * row.count) / Math.max(1, a().scans.rejected))}%` }} />
                            </td>
                          </tr>
                        )}
                      </For>
                    </tbody>
                  </table>
                </Show>
              </section>
              <section class="card" classList={{ "card-danger": a().interceptsWaiting.count > 0 }} data-testid="intercepts-waiting">
                <h2>{t("bench.interceptsWaiting")}</h2>
                <Show when={a().interceptsWaiting.parcels.length > 0} fallback={<p class="muted">{t("bench.noIntercepts")}</p>}>
                  <table class="table table-compact table-full">
                    <tbody>
                      <For each={a().interceptsWaiting.parcels}>
                        {(parcel) => (
                          <tr data-parcel-id={parcel.parcelId}>
                            <td class="mono">
                              <A href={`/parcels/${parcel.parcelId}`}>{parcel.parcelId}</A>
                            </td>
                            <td class="nowrap">{parcel.reasons.map((r) => i18n.lookup(`orders.interceptReason.${r}`, r)).join("、")}</td>
                            <td class="nowrap muted">{clock.dateTime(parcel.since)}</td>
                            <td class="mono muted">{parcel.waybill ?? ""}</td>
                          </tr>
                        )}
                      </For>
                    </tbody>
                  </table>
                  <Show when={a().interceptsWaiting.more}>
                    <p class="muted">
                      <A href="/parcels?view=intercepted">{t("bench.allIntercepts")}</A>
                    </p>
                  </Show>
                </Show>
              </section>
            </div>
            <section class="card" data-testid="handover-batches">
              <div class="card-header">
                <h2>{t("bench.handoverTitle")}</h2>
                <A href={`/bench/handover?day=${a().day}`}>{t("bench.allBatches")}</A>
              </div>
              <Show when={a().handover.length > 0} fallback={<Empty>{t("bench.noBatches")}</Empty>}>
                <HandoverTable batches={a().handover} />
              </Show>
            </section>
          </div>
        )}
      </Show>
    </Page>
  );
}
