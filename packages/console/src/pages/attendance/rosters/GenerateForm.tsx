import { createEffect, createResource, createSignal, For, on, Show } from "solid-js";
import { createStore } from "solid-js/store";
import * as AttendanceApi from "../../../api/attendance";
import type { RosterInfo } from "../../../api/attendance-types";
import { SettingsApi } from "../../../api";
import type { Department } from "../../../api/types";
import { Field } from "../../../components/Field";
import { ErrorBanner, Loadable } from "../../../components/States";
import { useI18n } from "../../../i18n";
import { createAction } from "../../../lib/action";
import { byWeekday } from "./grid";

const WEEKDAYS = [1, 2, 3, 4, 5, 6, 7] as const;


/**
 * A draft roster from the department's timetable: how many people each shift needs (weekends may
 * need more), and optionally a rotation (e.g. day, day, split switching on Saturday: a three-week
 * cycle). The server hands out rest days by the timetable's quota where coverage can spare them.
 */
export function GenerateForm(props: { department: Department; month: string; replaceVersion?: number; onGenerated: (roster: RosterInfo) => void; onCancel?: () => void }) {
  const { t } = useI18n();
  const [settings] = createResource(SettingsApi.get);
  const timetables = () => settings.latest?.settings.attendance.timetables ?? [];
  const [code, setCode] = createSignal("");
  const [form, setForm] = createStore({
    perShift: {} as Record<string, string>,
    weekend: {} as Record<string, string>,
    useRotation: false,
    cycle: "",
    switchWeekday: 6,
    anchor: `${props.month}-01`,
  });
  const timetable = () => timetables().find((tt) => tt.code === code());
  createEffect(
    on(
      () => settings.latest,
      (s) => {
        if (!s) return;
        const wanted = s.settings.attendance.departmentTimetables[props.department] ?? s.settings.attendance.timetables[0]?.code ?? "";
        setCode(wanted);
      },
    ),
  );
  createEffect(
    on(timetable, (tt) => {
      if (!tt) return;
      setForm("perShift", Object.fromEntries(tt.shifts.map((s) => [s.code, form.perShift[s.code] ?? "1"])));
      setForm("cycle", tt.shifts.map((s) => s.code).join(","));
    }),
  );
  const action = createAction(() => {
    const shifts = timetable()?.shifts.map((s) => s.code) ?? [];
    const perShift = Object.fromEntries(shifts.map((s) => [s, Number(form.perShift[s] ?? 0)]));
    const weekend = Object.fromEntries(shifts.filter((s) => form.weekend[s]?.trim()).map((s) => [s, Number(form.weekend[s])]));
    return AttendanceApi.generate({
      department: props.department,
      month: props.month,
      timetableCode: code() || undefined,
      coverage: { perShift, byWeekday: Object.keys(weekend).length ? byWeekday(perShift, weekend) : undefined },
      rotation: form.useRotation ? { cycle: form.cycle.split(/[\s,，]+/).filter(Boolean), switchWeekday: form.switchWeekday, anchor: form.anchor } : undefined,
      replaceVersion: props.replaceVersion,
    });
  });

  return (
    <form
      class="card"
      novalidate
      onSubmit={async (e) => {
        e.preventDefault();
        const outcome = await action.run();
        if (outcome.ok) props.onGenerated(outcome.value);
      }}
    >
      <h2>{t("att.generate.title", { department: t(`department.${props.department}`), month: props.month })}</h2>
      <p class="muted">{props.replaceVersion ? t("att.generate.replaceHint") : t("att.generate.hint")}</p>
      <ErrorBanner error={action.error()} />
      <Loadable resource={settings}>
        {() => (
          <>
            <div class="form-grid">
              <Field label={t("att.generate.timetable")} invalid={action.invalid("timetableCode")}>
                <select name="timetable" value={code()} onChange={(e) => setCode(e.currentTarget.value)}>
                  <For each={timetables()}>{(tt) => <option value={tt.code}>{tt.name}</option>}</For>
                </select>
              </Field>
            </div>
            <Show when={timetable()}>
              {(tt) => (
                <>
                  <p class="small muted">
                    {tt()
                      .shifts.map((s) => `${s.name}（${s.code}）${s.segments.map((g) => `${g.start}–${g.end}`).join(" + ")}`)
                      .join("；")}
                    {" · "}
                    {t(`att.restDays.${tt().restDays.per}`, { count: tt().restDays.count })}
                  </p>
                  <table class="table table-compact" classList={{ "field-invalid": action.invalid("coverage") }}>
                    <thead>
                      <tr>
                        <th>{t("att.shift")}</th>
                        <th>{t("att.generate.perDay")}</th>
                        <th>{t("att.generate.weekend")}</th>
                      </tr>
                    </thead>
                    <tbody>
                      <For each={tt().shifts}>
                        {(s) => (
                          <tr>
                            <td>
                              {s.name} <span class="muted mono">{s.code}</span>
                            </td>
                            <td>
                              <input name={`need-${s.code}`} inputmode="numeric" value={form.perShift[s.code] ?? ""} onInput={(e) => setForm("perShift", s.code, e.currentTarget.value)} />
                            </td>
                            <td>
                              <input name={`weekend-${s.code}`} inputmode="numeric" placeholder={t("att.generate.sameAsWeekday")} value={form.weekend[s.code] ?? ""} onInput={(e) => setForm("weekend", s.code, e.currentTarget.value)} />
                            </td>
                          </tr>
                        )}
                      </For>
                    </tbody>
                  </table>
                </>
              )}
            </Show>
            <label class="checkbox">
              <input type="checkbox" name="useRotation" checked={form.useRotation} onChange={(e) => setForm("useRotation", e.currentTarget.checked)} />
              {t("att.generate.useRotation")}
            </label>
            <Show when={form.useRotation}>
              <div class="form-grid">
                <Field label={t("att.generate.cycle")} hint={t("att.generate.cycleHint")} invalid={action.invalid("rotation.cycle") || action.invalid("rotation")}>
                  <input name="cycle" value={form.cycle} onInput={(e) => setForm("cycle", e.currentTarget.value)} />
                </Field>
                <Field label={t("att.generate.switchWeekday")}>
                  <select name="switchWeekday" value={form.switchWeekday} onChange={(e) => setForm("switchWeekday", Number(e.currentTarget.value))}>
                    <For each={WEEKDAYS}>{(d) => <option value={d}>{t(`att.weekday.${d}`)}</option>}</For>
                  </select>
                </Field>
                <Field label={t("att.generate.anchor")} hint={t("att.generate.anchorHint")} invalid={action.invalid("rotation.anchor")}>
                  <input type="date" name="anchor" value={form.anchor} onInput={(e) => setForm("anchor", e.currentTarget.value)} />
                </Field>
              </div>
            </Show>
          </>
        )}
      </Loadable>
      <div class="form-actions">
        <Show when={props.onCancel}>
          <button type="button" onClick={() => props.onCancel?.()}>
            {t("common.cancel")}
          </button>
        </Show>
        <button type="submit" class="button-primary" disabled={action.pending() || !timetable()}>
          {t("att.generate.submit")}
        </button>
      </div>
    </form>
  );
}
