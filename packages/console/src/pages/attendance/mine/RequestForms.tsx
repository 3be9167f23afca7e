import { createSignal, For } from "solid-js";
import { createStore } from "solid-js/store";
import * as AttendanceApi from "../../../api/attendance";
import type { LeaveKind } from "../../../api/attendance-types";
import { Field } from "../../../components/Field";
import { FormDialog } from "../../../components/FormDialog";
import { useI18n } from "../../../i18n";
import { createAction } from "../../../lib/action";
import { useShopTime } from "../../../lib/shop-time";

export const LEAVE_KINDS: readonly LeaveKind[] = ["annual", "sick", "personal", "marriage", "maternity", "other"];
type Done = (message: string) => void;

/** Ask for leave: valid only once the supervisor approves it with a named cover. */
export function LeaveDialog(props: { onClose: () => void; onDone: Done }) {
  const { t } = useI18n();
  const time = useShopTime();
  const [d, set] = createStore({ from: time.today(), to: time.today(), kind: "personal" as LeaveKind, reason: "", cover: "" });
  const action = createAction(() => AttendanceApi.requestLeave({ from: d.from, to: d.to, kind: d.kind, reason: d.reason.trim(), coverStaffNo: d.cover.trim() || undefined }));
  return (
    <FormDialog
      title={t("att.mine.askLeave")}
      submitLabel={t("att.mine.send")}
      action={action}
      onClose={props.onClose}
      onSubmit={async () => {
        if ((await action.run()).ok) props.onDone(t("att.mine.leaveSent"));
      }}
    >
      <div class="form-grid">
        <Field label={t("att.leave.from")} invalid={action.invalid("from")}>
          <input type="date" name="from" value={d.from} onInput={(e) => set("from", e.currentTarget.value)} />
        </Field>
        <Field label={t("att.leave.to")} invalid={action.invalid("to")}>
          <input type="date" name="to" value={d.to} onInput={(e) => set("to", e.currentTarget.value)} />
        </Field>
        <Field label={t("att.leave.kind")} invalid={action.invalid("kind")}>
          <select name="kind" value={d.kind} onChange={(e) => set("kind", e.currentTarget.value as LeaveKind)}>
            <For each={LEAVE_KINDS}>{(k) => <option value={k}>{t(`att.leaveKind.${k}`)}</option>}</For>
          </select>
        </Field>
        <Field label={t("att.leave.cover")} hint={t("att.leave.coverNoHint")} invalid={action.invalid("coverStaffNo")}>
          <input name="coverStaffNo" inputmode="numeric" value={d.cover} onInput={(e) => set("cover", e.currentTarget.value)} />
        </Field>
        <Field label={t("att.reason")} invalid={action.invalid("reason")} class="field-wide">
          <input name="reason" value={d.reason} onInput={(e) => set("reason", e.currentTarget.value)} />
        </Field>
      </div>
    </FormDialog>
  );
}

/** A punch that was never made (a forgotten check-in or check-out), added once the supervisor approves. */
export function CorrectionDialog(props: { onClose: () => void; onDone: Done }) {
  const { t } = useI18n();
  const time = useShopTime();
  const [at, setAt] = createSignal(`${time.today()}T08:30`);
  const [direction, setDirection] = createSignal<"in" | "out">("in");
  const [reason, setReason] = createSignal("");
  const action = createAction(() => AttendanceApi.requestCorrection({ at: time.toIso(at()), direction: direction(), reason: reason().trim() }));
  return (
    <FormDialog
      title={t("att.mine.askCorrection")}
      submitLabel={t("att.mine.send")}
      action={action}
      onClose={props.onClose}
      onSubmit={async () => {
        if ((await action.run()).ok) props.onDone(t("att.mine.correctionSent"));
      }}
    >
      <div class="form-grid">
        <Field label={t("att.correction.at")} hint={t("att.correction.atHint")} invalid={action.invalid("at")}>
          <input type="datetime-local" name="at" value={at()} onInput={(e) => setAt(e.currentTarget.value)} />
        </Field>
        <Field label={t("att.correction.direction")} invalid={action.invalid("direction")}>
          <select name="direction" value={direction()} onChange={(e) => setDirection(e.currentTarget.value as "in" | "out")}>
            <option value="in">{t("att.direction.in")}</option>
            <option value="out">{t("att.direction.out")}</option>
          </select>
        </Field>
        <Field label={t("att.reason")} invalid={action.invalid("reason")} class="field-wide">
          <input name="reason" value={reason()} onInput={(e) => setReason(e.currentTarget.value)} />
        </Field>
      </div>
    </FormDialog>
  );
}

/** Overtime on an attendance day: a customer still being served when the shift ended. */
export function OvertimeDialog(props: { onClose: () => void; onDone: Done }) {
  const { t } = useI18n();
  const time = useShopTime();
  const [d, set] = createStore({ day: time.today(), minutes: "60", special: false, reason: "" });
  const action = createAction(() => AttendanceApi.requestOvertime({ day: d.day, minutes: Number(d.minutes), special: d.special, reason: d.reason.trim() }));
  return (
    <FormDialog
      title={t("att.mine.askOvertime")}
      submitLabel={t("att.mine.send")}
      action={action}
      onClose={props.onClose}
      onSubmit={async () => {
        if ((await action.run()).ok) props.onDone(t("att.mine.overtimeSent"));
      }}
    >
      <p class="muted small">{t("att.overtime.limitsHint")}</p>
      <div class="form-grid">
        <Field label={t("att.day")} invalid={action.invalid("day")}>
          <input type="date" name="day" value={d.day} onInput={(e) => set("day", e.currentTarget.value)} />
        </Field>
        <Field label={t("att.overtime.minutes")} invalid={action.invalid("minutes")}>
          <input name="minutes" inputmode="numeric" value={d.minutes} onInput={(e) => set("minutes", e.currentTarget.value)} />
        </Field>
        <label class="checkbox field">
          <input type="checkbox" name="special" checked={d.special} onChange={(e) => set("special", e.currentTarget.checked)} />
          {t("att.overtime.specialHint")}
        </label>
        <Field label={t("att.reason")} invalid={action.invalid("reason")} class="field-wide">
          <input name="reason" value={d.reason} onInput={(e) => set("reason", e.currentTarget.value)} />
        </Field>
      </div>
    </FormDialog>
  );
}
