import { createSignal, For, Match, Switch } from "solid-js";
import type { AuditFilter } from "../../api/audit";
import { Field, inputValue } from "../../components/Field";
import { useI18n } from "../../i18n";
import { todayLocal } from "./filter";

const TARGET_TYPES = ["staff", "device", "settings", "session", "pairing", "dead-letter"] as const;

/** Choose one of the log's three indexes (by day, by person, by thing) and what to look up. */
export function AuditFilters(props: { value: AuditFilter; onApply: (filter: AuditFilter) => void }) {
  const { t } = useI18n();
  const [by, setBy] = createSignal<AuditFilter["by"]>(props.value.by);
  const [day, setDay] = createSignal(props.value.by === "day" ? props.value.day : todayLocal());
  const [staffNo, setStaffNo] = createSignal(props.value.by === "staff" ? props.value.staffNo : "");
  const [targetType, setTargetType] = createSignal(props.value.by === "target" ? props.value.targetType : "staff");
  const [targetId, setTargetId] = createSignal(props.value.by === "target" ? props.value.targetId : "");

  const current = (): AuditFilter | undefined => {
    if (by() === "day") return day() ? { by: "day", day: day() } : undefined;
    if (by() === "staff") return staffNo().trim() ? { by: "staff", staffNo: staffNo().trim() } : undefined;
    return targetId().trim() ? { by: "target", targetType: targetType(), targetId: targetId().trim() } : undefined;
  };
  const submit = (event: SubmitEvent) => {
    event.preventDefault();
    const filter = current();
    if (filter) props.onApply(filter);
  };

  return (
    <form class="card filters" onSubmit={submit}>
      <div class="segmented" role="radiogroup" aria-label={t("audit.filterBy")}>
        <For each={["day", "staff", "target"] as const}>
          {(option) => (
            <label class="segmented-option" classList={{ active: by() === option }}>
              <input type="radio" name="by" value={option} checked={by() === option} onChange={() => setBy(option)} />
              {t(`audit.by.${option}`)}
            </label>
          )}
        </For>
      </div>
      <div class="form-row">
        <Switch>
          <Match when={by() === "day"}>
            <Field label={t("audit.day")} hint={t("audit.dayHint")}>
              <input name="day" type="date" value={day()} onInput={(e) => setDay(inputValue(e))} />
            </Field>
          </Match>
          <Match when={by() === "staff"}>
            <Field label={t("audit.staffNo")} hint={t("audit.staffNoHint")}>
              <input name="staffNo" inputmode="numeric" value={staffNo()} onInput={(e) => setStaffNo(inputValue(e))} />
            </Field>
          </Match>
          <Match when={by() === "target"}>
            <Field label={t("audit.targetType")}>
              <select name="targetType" value={targetType()} onChange={(e) => setTargetType(e.currentTarget.value)}>
                <For each={TARGET_TYPES}>{(type) => <option value={type}>{t(`audit.target.${type}`)}</option>}</For>
              </select>
            </Field>
            <Field label={t("audit.targetId")}>
              <input name="targetId" value={targetId()} onInput={(e) => setTargetId(inputValue(e))} />
            </Field>
          </Match>
        </Switch>
        <div class="field field-button">
          <button type="submit" class="button-primary" disabled={!current()}>
            {t("audit.search")}
          </button>
        </div>
      </div>
    </form>
  );
}
