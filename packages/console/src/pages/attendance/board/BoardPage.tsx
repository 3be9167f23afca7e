import { createMemo, createResource, createSignal, For, onCleanup, Show } from "solid-js";
import * as AttendanceApi from "../../../api/attendance";
import type { BoardEntry, DayStatus } from "../../../api/attendance-types";
import type { Department } from "../../../api/types";
import { ExportCsvButton } from "../../../components/ExportCsvButton";
import { Page } from "../../../components/Page";
import { Empty, Loadable } from "../../../components/States";
import { useI18n } from "../../../i18n";
import { toCsv } from "../../../lib/csv";
import { useShopTime } from "../../../lib/shop-time";
import { useAttendanceAccess } from "../access";
import { DepartmentPicker } from "../DepartmentPicker";
import { NEEDS_LOOK, STATUSES } from "../labels";

/** The board re-reads itself this often, so a supervisor watching it sees check-ins arrive. */
const REFRESH_MS = 60_000;

const order = (e: BoardEntry) => (NEEDS_LOOK.has(e.attendance.status) || e.attendance.flags.includes("not-in-yet") ? 0 : e.attendance.status === "rest" || e.attendance.status === "leave" ? 2 : 1);

/**
 * Today's attendance board (考勤看板) for a department: each person's shift, their punches so far,
 * late minutes, who has not checked in yet. Problems first.
 */
export function BoardPage() {
  const { t } = useI18n();
  const time = useShopTime();
  const access = useAttendanceAccess();
  const [department, setDepartment] = createSignal<Department>(access.home());
  const [board, { refetch }] = createResource(department, AttendanceApi.board);
  const timer = setInterval(() => void refetch(), REFRESH_MS);
  onCleanup(() => clearInterval(timer));
  const sorted = createMemo(() => [...(board.latest?.items ?? [])].sort((a, b) => order(a) - order(b) || a.staffNo.localeCompare(b.staffNo)));
  const counts = createMemo(() => {
    const out = new Map<DayStatus | "not-in-yet" | "late", number>();
    for (const e of board.latest?.items ?? []) {
      out.set(e.attendance.status, (out.get(e.attendance.status) ?? 0) + 1);
      if (e.attendance.flags.includes("not-in-yet")) out.set("not-in-yet", (out.get("not-in-yet") ?? 0) + 1);
      if (e.attendance.flags.includes("late")) out.set("late", (out.get("late") ?? 0) + 1);
    }
    return out;
  });
  const shiftTimes = (e: BoardEntry) => e.attendance.segments.map((s) => `${time.time(s.start)}–${time.time(s.end)}`).join(" + ");
  const punches = (e: BoardEntry) => e.attendance.punches.map((p) => `${t(`att.direction.${p.direction}`)} ${time.time(p.at)}`).join("  ");
  const exportCsv = async () => ({
    csv: toCsv<BoardEntry>(
      [
        { header: t("staff.staffNo"), value: (e) => e.staffNo },
        { header: t("staff.name"), value: (e) => e.name },
        { header: t("att.shift"), value: (e) => e.attendance.shiftName ?? e.attendance.shiftCode },
        { header: t("att.shiftTimes"), value: shiftTimes },
        { header: t("att.status"), value: (e) => t(`att.status.${e.attendance.status}`) },
        { header: t("att.flags"), value: (e) => e.attendance.flags.map((f) => t(`att.flag.${f}`)).join(" ") },
        { header: t("att.lateMinutes"), value: (e) => e.attendance.lateMinutes },
        { header: t("att.earlyLeaveMinutes"), value: (e) => e.attendance.earlyLeaveMinutes },
        { header: t("att.punches"), value: punches },
      ],
      sorted(),
    ),
  });

  return (
    <Page
      title={t("att.board.title")}
      actions={
        <>
          <DepartmentPicker value={department()} options={access.supervised()} onChange={setDepartment} />
          <button type="button" onClick={() => void refetch()}>
            {t("att.refresh")}
          </button>
          <ExportCsvButton fileName={() => `attendance-${department()}-${board.latest?.day ?? time.today()}.csv`} build={exportCsv} disabled={!board.latest?.items.length} />
        </>
      }
    >
      <Loadable resource={board} retry={refetch}>
        {(b) => (
          <>
            <p class="muted">{t("att.board.day", { day: b().day, department: t(`department.${b().department}`) })}</p>
            <div class="board-counts" data-testid="board-counts">
              <For each={[...STATUSES, "late", "not-in-yet"] as const}>
                {(key) => (
                  <Show when={(counts().get(key) ?? 0) > 0}>
                    <span class={`board-count count-${key}`}>
                      {key === "late" || key === "not-in-yet" ? t(`att.flag.${key}`) : t(`att.status.${key}`)} <strong>{counts().get(key)}</strong>
                    </span>
                  </Show>
                )}
              </For>
            </div>
            <Show when={sorted().length > 0} fallback={<Empty>{t("att.board.empty")}</Empty>}>
              <table class="table" data-testid="board">
                <thead>
                  <tr>
                    <th class="col-narrow">{t("staff.staffNo")}</th>
                    <th>{t("staff.name")}</th>
                    <th>{t("att.shift")}</th>
                    <th>{t("att.status")}</th>
                    <th>{t("att.punches")}</th>
                  </tr>
                </thead>
                <tbody>
                  <For each={sorted()}>
                    {(e) => (
                      <tr data-staff-no={e.staffNo} data-status={e.attendance.status} classList={{ "row-problem": NEEDS_LOOK.has(e.attendance.status) || e.attendance.flags.includes("not-in-yet") }}>
                        <td class="mono">{e.staffNo}</td>
                        <td>{e.name}</td>
                        <td>
                          <Show when={e.attendance.shiftCode} fallback={<span class="muted">—</span>}>
                            {e.attendance.shiftName ?? e.attendance.shiftCode} <span class="muted small">{shiftTimes(e)}</span>
                          </Show>
                        </td>
                        <td>
                          <span class={`att-status att-${e.attendance.status}`}>{t(`att.status.${e.attendance.status}`)}</span>
                          <For each={e.attendance.flags}>
                            {(flag) => (
                              <span class={`chip flag-${flag}`}>
                                {flag === "late"
                                  ? t("att.flag.lateBy", { minutes: e.attendance.lateMinutes })
                                  : flag === "early-leave"
                                    ? t("att.flag.earlyBy", { minutes: e.attendance.earlyLeaveMinutes })
                                    : t(`att.flag.${flag}`)}
                              </span>
                            )}
                          </For>
                        </td>
                        <td class="mono small">{punches(e)}</td>
                      </tr>
                    )}
                  </For>
                </tbody>
              </table>
            </Show>
          </>
        )}
      </Loadable>
    </Page>
  );
}
