import { createResource, For, Show } from "solid-js";
import * as AttendanceApi from "../../../api/attendance";
import type { DayInfo } from "../../../api/attendance-types";
import { ExportCsvButton } from "../../../components/ExportCsvButton";
import { Empty, Loadable } from "../../../components/States";
import { useI18n } from "../../../i18n";
import { toCsv } from "../../../lib/csv";
import { useShopTime } from "../../../lib/shop-time";
import { daysOfMonth, hoursMinutes, NEEDS_LOOK, weekdayOf } from "../labels";

/**
 * One person's month: the summary with the attendance score, then day by day (a night shift that
 * ends after midnight is on the day it started; a forgotten check-out shows as a missing punch).
 */
export function PersonMonth(props: { staffNo: string; month: string }) {
  const { t } = useI18n();
  const time = useShopTime();
  const [summary, { refetch: refetchSummary }] = createResource(() => [props.staffNo, props.month] as const, ([s, m]) => AttendanceApi.summary(s, m));
  const [days, { refetch }] = createResource(
    () => [props.staffNo, props.month] as const,
    ([s, m]) => {
      const all = daysOfMonth(m);
      return AttendanceApi.days(s, all[0]!, all.at(-1)!);
    },
  );
  const punches = (d: DayInfo) => d.punches.map((p) => `${t(`att.direction.${p.direction}`)} ${time.time(p.at)}`).join("  ");
  const exportCsv = async () => ({
    csv: toCsv<DayInfo>(
      [
        { header: t("att.day"), value: (d) => d.day },
        { header: t("att.dayType"), value: (d) => t(`att.dayType.${d.dayType}`) },
        { header: t("att.shift"), value: (d) => d.shiftName ?? d.shiftCode },
        { header: t("att.status"), value: (d) => t(`att.status.${d.status}`) },
        { header: t("att.flags"), value: (d) => d.flags.map((f) => t(`att.flag.${f}`)).join(" ") },
        { header: t("att.lateMinutes"), value: (d) => d.lateMinutes },
        { header: t("att.earlyLeaveMinutes"), value: (d) => d.earlyLeaveMinutes },
        { header: t("att.sum.worked"), value: (d) => d.workedMinutes },
        { header: t("att.sum.overtime"), value: (d) => d.overtimeMinutes },
        { header: t("att.punches"), value: punches },
      ],
      days.latest ?? [],
    ),
  });
  return (
    <div class="stack">
      <Loadable resource={summary} retry={refetchSummary}>
        {(s) => (
          <div class="totals" data-testid="person-summary">
            <div>
              <span class="muted">{t("att.sum.score")}</span>
              <strong>{s().score}</strong>
            </div>
            <div>
              <span class="muted">{t("att.sum.present")}</span>
              <strong>
                {s().presentDays}/{s().scheduledDays}
              </strong>
            </div>
            <div>
              <span class="muted">{t("att.sum.late")}</span>
              <strong>{s().lateCount}</strong>
            </div>
            <div>
              <span class="muted">{t("att.sum.absent")}</span>
              <strong>{s().absentDays}</strong>
            </div>
            <div>
              <span class="muted">{t("att.sum.missing")}</span>
              <strong>{s().missingPunches}</strong>
            </div>
            <div>
              <span class="muted">{t("att.sum.overtime")}</span>
              <strong>{hoursMinutes(s().overtimeApprovedMinutes)}</strong>
              <span class="small muted">{Object.entries(s().overtimePaidByRate).map(([rate, minutes]) => `${rate}%: ${hoursMinutes(minutes)}`).join(" · ")}</span>
            </div>
          </div>
        )}
      </Loadable>
      <div class="list-toolbar">
        <h2>{t("att.person.days")}</h2>
        <ExportCsvButton fileName={() => `attendance-${props.staffNo}-${props.month}.csv`} build={exportCsv} disabled={!days.latest?.length} />
      </div>
      <Loadable resource={days} retry={refetch}>
        {(list) => (
          <Show when={list().length > 0} fallback={<Empty>{t("att.person.noDays")}</Empty>}>
            <table class="table" data-testid="person-days">
              <thead>
                <tr>
                  <th class="col-narrow">{t("att.day")}</th>
                  <th>{t("att.shift")}</th>
                  <th>{t("att.status")}</th>
                  <th>{t("att.punches")}</th>
                  <th class="num">{t("att.sum.worked")}</th>
                  <th class="num">{t("att.sum.overtime")}</th>
                </tr>
              </thead>
              <tbody>
                <For each={list()}>
                  {(d) => (
                    <tr data-day={d.day} classList={{ "row-problem": NEEDS_LOOK.has(d.status), weekend: weekdayOf(d.day) >= 6 }}>
                      <td class="nowrap">
                        {d.day.slice(5)} {t(`att.weekdayShort.${weekdayOf(d.day) as 1}`)}
                        <Show when={d.dayType !== "workday"}>
                          <div class="muted small">
                            {t(`att.dayType.${d.dayType}`)} · {d.ratePercent}%
                          </div>
                        </Show>
                      </td>
                      <td>
                        <span>{d.shiftName ?? d.shiftCode ?? "—"}</span>{" "}
                        <span class="muted small">{d.segments.map((g) => `${time.time(g.start)}–${time.time(g.end)}`).join(" + ")}</span>
                      </td>
                      <td>
                        <span class={`att-status att-${d.status}`}>{t(`att.status.${d.status}`)}</span>
                        <For each={d.flags}>
                          {(flag) => (
                            <span class={`chip flag-${flag}`}>
                              {flag === "late" ? t("att.flag.lateBy", { minutes: d.lateMinutes }) : flag === "early-leave" ? t("att.flag.earlyBy", { minutes: d.earlyLeaveMinutes }) : t(`att.flag.${flag}`)}
                            </span>
                          )}
                        </For>
                      </td>
                      <td class="mono small">{punches(d)}</td>
                      <td class="num">{d.workedMinutes ? hoursMinutes(d.workedMinutes) : ""}</td>
                      <td class="num">{d.overtimeMinutes ? hoursMinutes(d.overtimeMinutes) : ""}</td>
                    </tr>
                  )}
                </For>
              </tbody>
            </table>
          </Show>
        )}
      </Loadable>
    </div>
  );
}
