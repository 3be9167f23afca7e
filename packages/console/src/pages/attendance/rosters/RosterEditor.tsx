import { createMemo, createSignal, For, Show } from "solid-js";
import * as AttendanceApi from "../../../api/attendance";
import { ApiError } from "../../../api/problem";
import type { RosterInfo } from "../../../api/attendance-types";
import { ApiCsvLink } from "../../../components/ExportCsvButton";
import { Modal } from "../../../components/Modal";
import { ErrorBanner, Notice } from "../../../components/States";
import { useI18n } from "../../../i18n";
import { createAction } from "../../../lib/action";
import { useShopTime } from "../../../lib/shop-time";
import { weekdayOf } from "../labels";
import { GenerateForm } from "./GenerateForm";
import { changesOf, coverageGrid, REST, restCount, withEdits } from "./grid";

/**
 * The roster grid: one row per person, one column per day, each cell a shift or rest. The coverage
 * rows underneath follow every edit (short shifts in red); rest-day quota breaches and leave come
 * from the server's analysis of the saved version. Edits are saved against the version read.
 */
export function RosterEditor(props: { roster: RosterInfo; onChanged: (roster: RosterInfo) => void }) {
  const { t } = useI18n();
  const time = useShopTime();
  const [edits, setEdits] = createSignal(new Map<string, string>());
  const [notice, setNotice] = createSignal<string>();
  const [regenerating, setRegenerating] = createSignal(false);
  const [confirmProblems, setConfirmProblems] = createSignal(false);
  const r = () => props.roster;
  const shiftCodes = () => r().timetable.shifts.map((s) => s.code);
  const cells = createMemo(() => withEdits(r().cells, edits(), r().days));
  const coverage = createMemo(() => coverageGrid({ days: r().days, shiftCodes: shiftCodes(), cells: cells(), coverage: r().coverage, leave: r().problems.leave }));
  const changes = createMemo(() => changesOf(r().cells, edits(), r().days));
  const leaveAt = createMemo(() => {
    const map = new Map<string, string | undefined>();
    for (const l of r().problems.leave) for (const d of l.days) map.set(`${l.staffNo}|${d}`, l.coverStaffNo);
    return map;
  });
  const quotaOf = (staffNo: string) => r().problems.quota.filter((q) => q.staffNo === staffNo);
  const unknown = createMemo(() => new Set(r().problems.unknownCells.map((u) => `${u.staffNo}|${u.day}`)));
  const shortDays = () => coverage().reduce((n, row) => n + row.days.filter((d) => d.short).length, 0);
  const shiftName = (code: string) => r().timetable.shifts.find((s) => s.code === code)?.name ?? code;

  const save = createAction(() => AttendanceApi.edit(r().department, r().month, { version: r().version, changes: changes() }));
  const publish = createAction((acceptProblems: boolean) => AttendanceApi.publish(r().department, r().month, r().version, acceptProblems));
  const stale = () => [save.error(), publish.error()].some((e) => e instanceof ApiError && e.code === "roster.stale");

  const set = (staffNo: string, day: string, value: string) =>
    setEdits((current) => {
      const next = new Map(current);
      next.set(`${staffNo}|${day}`, value);
      return next;
    });
  const doSave = async () => {
    const count = changes().length;
    const outcome = await save.run();
    if (outcome.ok) {
      setEdits(new Map());
      setNotice(t("att.roster.saved", { count }));
      props.onChanged(outcome.value);
    }
  };
  const doPublish = async (acceptProblems: boolean) => {
    const outcome = await publish.run(acceptProblems);
    if (outcome.ok) {
      setConfirmProblems(false);
      setNotice(t("att.roster.publishedNotice"));
      props.onChanged(outcome.value);
    } else if (outcome.error instanceof ApiError && outcome.error.status === 409 && outcome.error.problem.problems) {
      setConfirmProblems(true);
    }
  };

  return (
    <Show
      when={!regenerating()}
      fallback={
        <GenerateForm
          department={r().department}
          month={r().month}
          replaceVersion={r().version}
          onCancel={() => setRegenerating(false)}
          onGenerated={(next) => {
            setRegenerating(false);
            setEdits(new Map());
            props.onChanged(next);
          }}
        />
      }
    >
      <div class="stack roster" data-status={r().status} data-version={r().version}>
        <div class="card roster-head">
          <div>
            <span class={`status status-${r().status}`} data-testid="roster-status">
              {t(`att.rosterStatus.${r().status}`)}
            </span>{" "}
            <span class="muted">
              {t("att.roster.version", { version: r().version, by: r().updatedBy, time: time.dateTime(r().updatedAt) })}
              <Show when={r().publishedAt}> · {t("att.roster.publishedBy", { by: r().publishedBy ?? "", time: time.dateTime(r().publishedAt!) })}</Show>
            </span>
            <div class="small muted">
              {r().timetable.name} · {r().timetable.shifts.map((s) => `${s.name} ${s.segments.map((g) => `${g.start}–${g.end}`).join("+")}`).join("；")} ·{" "}
              {t(`att.restDays.${r().timetable.restDays.per}`, { count: r().timetable.restDays.count })}
            </div>
          </div>
          <div class="button-row">
            <ApiCsvLink path={`${AttendanceApi.rosterPath(r().department, r().month)}/csv`} />
            <Show when={r().status === "draft"}>
              <button type="button" onClick={() => setRegenerating(true)}>
                {t("att.roster.regenerate")}
              </button>
            </Show>
            <button type="button" disabled={changes().length === 0} onClick={() => setEdits(new Map())}>
              {t("att.roster.discard")}
            </button>
            <button type="button" class="button-primary" data-testid="roster-save" disabled={changes().length === 0 || save.pending()} onClick={() => void doSave()}>
              {t("att.roster.save", { count: changes().length })}
            </button>
            <button type="button" class="button-primary" data-testid="roster-publish" disabled={changes().length > 0 || publish.pending()} onClick={() => void doPublish(false)}>
              {r().status === "published" ? t("att.roster.republish") : t("att.roster.publish")}
            </button>
          </div>
        </div>
        <Show when={notice()}>
          <Notice>{notice()}</Notice>
        </Show>
        <Show when={stale()}>
          <p class="banner banner-warning">{t("att.roster.stale")}</p>
        </Show>
        <ErrorBanner error={stale() ? undefined : (save.error() ?? (confirmProblems() ? undefined : publish.error()))} />
        <div class="roster-problems" data-testid="roster-problems">
          <span class="chip" classList={{ "chip-bad": shortDays() > 0 }}>
            {t("att.roster.uncovered", { count: shortDays() })}
          </span>
          <span class="chip" classList={{ "chip-bad": r().problems.quota.length > 0 }}>
            {t("att.roster.quotaBreaches", { count: r().problems.quota.length })}
          </span>
          <Show when={r().problems.leave.length > 0}>
            <span class="chip chip-info">{t("att.roster.onLeave", { count: r().problems.leave.length })}</span>
          </Show>
          <Show when={changes().length > 0}>
            <span class="chip chip-warn">{t("att.roster.unsaved", { count: changes().length })}</span>
          </Show>
        </div>
        <div class="roster-scroll">
          <table class="roster-grid" data-testid="roster-grid">
            <thead>
              <tr>
                <th class="roster-person">{t("att.person")}</th>
                <For each={r().days}>
                  {(day) => (
                    <th classList={{ weekend: weekdayOf(day) >= 6 }}>
                      <div>{Number(day.slice(8))}</div>
                      <div class="weekday">{t(`att.weekdayShort.${weekdayOf(day) as 1}`)}</div>
                    </th>
                  )}
                </For>
                <th class="roster-rest">{t("att.roster.rest")}</th>
              </tr>
            </thead>
            <tbody>
              <For each={r().staff}>
                {(person) => (
                  <tr data-staff-no={person.staffNo} classList={{ "quota-breach": quotaOf(person.staffNo).length > 0 }}>
                    <th class="roster-person" title={quotaOf(person.staffNo).map((q) => t(`att.quota.${q.problem}`, { from: q.from, to: q.to, rest: q.restDays, quota: q.quota })).join("\n")}>
                      {person.name} <span class="muted mono small">{person.staffNo}</span>
                      <For each={quotaOf(person.staffNo)}>{(q) => <div class="att-problem">{t(`att.quota.${q.problem}`, { from: q.from.slice(5), to: q.to.slice(5), rest: q.restDays, quota: q.quota })}</div>}</For>
                    </th>
                    <For each={r().days}>
                      {(day, i) => {
                        const key = `${person.staffNo}|${day}`;
                        const value = () => cells()[person.staffNo]?.[i()] ?? REST;
                        const cover = () => leaveAt().get(key);
                        return (
                          <td
                            data-day={day}
                            classList={{
                              weekend: weekdayOf(day) >= 6,
                              rest: value() === REST,
                              edited: edits().has(key) && edits().get(key) !== r().cells[person.staffNo]?.[i()],
                              leave: leaveAt().has(key),
                              unknown: unknown().has(key),
                            }}
                            title={leaveAt().has(key) ? t("att.roster.leaveCell", { cover: cover() ?? t("att.leave.noCover") }) : shiftName(value())}
                          >
                            <select aria-label={`${person.name} ${day}`} value={value()} onChange={(e) => set(person.staffNo, day, e.currentTarget.value)}>
                              <For each={shiftCodes()}>{(code) => <option value={code}>{shiftName(code)}</option>}</For>
                              <option value={REST}>{t("att.roster.restShort")}</option>
                            </select>
                          </td>
                        );
                      }}
                    </For>
                    <td class="roster-rest num">{restCount(cells()[person.staffNo] ?? [])}</td>
                  </tr>
                )}
              </For>
            </tbody>
            <tfoot>
              <For each={coverage()}>
                {(row) => (
                  <tr data-shift={row.shiftCode}>
                    <th class="roster-person">{t("att.roster.coverageOf", { shift: shiftName(row.shiftCode) })}</th>
                    <For each={row.days}>
                      {(d) => (
                        <td classList={{ short: d.short, weekend: weekdayOf(d.day) >= 6 }} data-day={d.day} title={t("att.roster.coverageCell", { have: d.have, need: d.need })}>
                          {d.have}/{d.need}
                        </td>
                      )}
                    </For>
                    <td />
                  </tr>
                )}
              </For>
            </tfoot>
          </table>
        </div>
        <p class="muted small">{t("att.roster.legend")}</p>
        <Show when={confirmProblems()}>
          <Modal title={t("att.roster.publishAnywayTitle")} onClose={() => setConfirmProblems(false)}>
            <p>{t("att.roster.publishAnywayMessage", { uncovered: r().problems.uncovered.length, quota: r().problems.quota.length })}</p>
            <ErrorBanner error={publish.error() instanceof ApiError && (publish.error() as ApiError).status === 409 ? undefined : publish.error()} />
            <div class="modal-actions">
              <button type="button" onClick={() => setConfirmProblems(false)}>
                {t("common.cancel")}
              </button>
              <button type="button" class="button-danger" data-autofocus disabled={publish.pending()} onClick={() => void doPublish(true)}>
                {t("att.roster.publishAnyway")}
              </button>
            </div>
          </Modal>
        </Show>
      </div>
    </Show>
  );
}
