import { A, useSearchParams } from "@solidjs/router";
import { createResource, For, Show } from "solid-js";
import * as AttendanceApi from "../../../api/attendance";
import type { Department } from "../../../api/types";
import { ApiCsvLink } from "../../../components/ExportCsvButton";
import { Page } from "../../../components/Page";
import { Empty, Loadable } from "../../../components/States";
import { useI18n } from "../../../i18n";
import { useShopTime } from "../../../lib/shop-time";
import { useAttendanceAccess } from "../access";
import { DepartmentPicker } from "../DepartmentPicker";
import { hoursMinutes } from "../labels";
import { MonthPicker } from "../MonthPicker";

/** Everyone's month in a department (月度考勤汇总) with the attendance score the appraisal takes. */
export function SummariesPage() {
  const { t } = useI18n();
  const time = useShopTime();
  const access = useAttendanceAccess();
  const [params, setParams] = useSearchParams();
  const department = () => (access.supervised().includes(params.department as Department) ? (params.department as Department) : access.home());
  const month = () => (typeof params.month === "string" && /^\d{4}-\d{2}$/.test(params.month) ? params.month : time.thisMonth());
  const [items, { refetch }] = createResource(() => [department(), month()] as const, ([d, m]) => AttendanceApi.summaries(d, m));

  return (
    <Page
      title={t("att.summaries.title")}
      actions={
        <>
          <DepartmentPicker value={department()} options={access.supervised()} onChange={(d) => setParams({ department: d })} />
          <MonthPicker value={month()} onChange={(m) => setParams({ month: m })} />
          <ApiCsvLink path="/attendance/summaries/csv" query={{ department: department(), month: month() }} />
        </>
      }
    >
      <Loadable resource={items} retry={refetch}>
        {(list) => (
          <Show when={list().length > 0} fallback={<Empty>{t("att.summaries.empty")}</Empty>}>
            <div class="table-scroll">
              <table class="table" data-testid="summaries">
                <thead>
                  <tr>
                    <th>{t("att.person")}</th>
                    <th class="num">{t("att.sum.scheduled")}</th>
                    <th class="num">{t("att.sum.present")}</th>
                    <th class="num">{t("att.sum.rest")}</th>
                    <th class="num">{t("att.sum.leave")}</th>
                    <th class="num">{t("att.sum.late")}</th>
                    <th class="num">{t("att.sum.earlyLeave")}</th>
                    <th class="num">{t("att.sum.absent")}</th>
                    <th class="num">{t("att.sum.missing")}</th>
                    <th class="num">{t("att.sum.worked")}</th>
                    <th class="num">{t("att.sum.overtime")}</th>
                    <th class="num">{t("att.sum.score")}</th>
                  </tr>
                </thead>
                <tbody>
                  <For each={list()}>
                    {(s) => (
                      <tr data-staff-no={s.staffNo}>
                        <td>
                          <A href={`/attendance/people/${s.staffNo}?month=${month()}`}>{s.name}</A> <span class="muted mono small">{s.staffNo}</span>
                        </td>
                        <td class="num">{s.scheduledDays}</td>
                        <td class="num">{s.presentDays}</td>
                        <td class="num">{s.restDays}</td>
                        <td class="num">{s.leaveDays}</td>
                        <td class="num" classList={{ negative: s.lateCount > 0 }}>
                          {s.lateCount}
                          <Show when={s.lateMinutes > 0}>
                            <div class="muted small">{t("att.minutes", { minutes: s.lateMinutes })}</div>
                          </Show>
                        </td>
                        <td class="num" classList={{ negative: s.earlyLeaveCount > 0 }}>
                          {s.earlyLeaveCount}
                        </td>
                        <td class="num" classList={{ negative: s.absentDays > 0 }}>
                          {s.absentDays}
                        </td>
                        <td class="num" classList={{ negative: s.missingPunches > 0 }}>
                          {s.missingPunches}
                        </td>
                        <td class="num">{hoursMinutes(s.workedMinutes)}</td>
                        <td class="num">
                          {hoursMinutes(s.overtimeApprovedMinutes)}
                          <Show when={s.overLimitOvertime > 0}>
                            <div class="chip chip-bad">{t("att.sum.overLimit", { count: s.overLimitOvertime })}</div>
                          </Show>
                        </td>
                        <td class="num strong" data-testid="score">
                          {s.score}
                        </td>
                      </tr>
                    )}
                  </For>
                </tbody>
              </table>
            </div>
          </Show>
        )}
      </Loadable>
    </Page>
  );
}
