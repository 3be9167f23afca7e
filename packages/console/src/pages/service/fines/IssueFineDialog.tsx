import { createSignal, For, Match, Switch } from "solid-js";
import * as ServiceApi from "../../../api/service";
import type { FineRule } from "../../../api/service-types";
import type { Department } from "../../../api/types";
import { Field } from "../../../components/Field";
import { FormDialog } from "../../../components/FormDialog";
import { useI18n } from "../../../i18n";
import { createAction } from "../../../lib/action";
import type { createStaffNames } from "../../attendance/staff-names";
import { issueBody, yuan, type FineForm } from "../format";
import { FINE_RULES } from "./rules";

type Names = ReturnType<typeof createStaffNames>;

/**
 * A supervisor fines someone by a rule of the settings. The amount is the API's to compute
 * (escalation counts this calendar month); the result says what it came to and whether HR must
 * look at it.
 */
export function IssueFineDialog(props: { department: Department; names: Names; onClose: () => void; onIssued: (message: string) => void }) {
  const { t } = useI18n();
  const [form, setForm] = createSignal<FineForm>({ staffNo: "", rule: "complaint", evidence: "", reason: "", delaySeconds: "", night: false, loss: "", amount: "" });
  const [badNumber, setBadNumber] = createSignal<string>();
  const set = (patch: Partial<FineForm>) => setForm((current) => ({ ...current, ...patch }));
  const action = createAction(ServiceApi.issueFine);
  const colleagues = () => props.names.all().filter((s) => s.active && s.department === props.department);
  const invalid = (field: string) => badNumber() === field || action.invalid(field);
  return (
    <FormDialog
      title={t("svc.fine.issue")}
      submitLabel={t("svc.fine.issueSubmit")}
      action={action}
      onClose={props.onClose}
      onSubmit={async () => {
        const built = issueBody(form());
        if ("invalid" in built) {
          setBadNumber(built.invalid);
          return;
        }
        setBadNumber(undefined);
        const outcome = await action.run(built.body);
        if (!outcome.ok) return;
        const fine = outcome.value;
        const message = t("svc.fine.issued", { who: props.names.label(fine.staffNo), rule: t(`svc.rule.${fine.rule}`), amount: yuan(fine.amountFen), n: fine.occurrence });
        props.onIssued(fine.flagHr ? `${message} ${t("svc.fine.flaggedHr")}` : message);
      }}
    >
      <Field label={t("svc.fine.person")} invalid={invalid("staffNo")}>
        <input name="staffNo" list="svc-colleagues" inputmode="numeric" data-autofocus value={form().staffNo} onInput={(e) => set({ staffNo: e.currentTarget.value })} />
        <datalist id="svc-colleagues">
          <For each={colleagues()}>{(s) => <option value={s.staffNo}>{s.name}</option>}</For>
        </datalist>
      </Field>
      <Field label={t("svc.fine.rule")} hint={t(`svc.ruleHint.${form().rule}`)} invalid={invalid("rule")}>
        <select name="rule" value={form().rule} onChange={(e) => set({ rule: e.currentTarget.value as FineRule })}>
          <For each={FINE_RULES}>{(r) => <option value={r}>{t(`svc.rule.${r}`)}</option>}</For>
        </select>
      </Field>
      <Switch>
        <Match when={form().rule === "reply-delay"}>
          <Field label={t("svc.fine.delaySeconds")} invalid={invalid("delaySeconds")}>
            <input name="delaySeconds" inputmode="numeric" value={form().delaySeconds} onInput={(e) => set({ delaySeconds: e.currentTarget.value })} />
          </Field>
          <label class="checkbox">
            <input type="checkbox" name="night" checked={form().night} onChange={(e) => set({ night: e.currentTarget.checked })} />
            {t("svc.fine.night")}
          </label>
        </Match>
        <Match when={form().rule === "order-error-before-production" || form().rule === "order-error-after-production"}>
          <Field label={t("svc.fine.loss")} hint={t("svc.fine.lossHint")} invalid={invalid("lossFen")}>
            <input name="loss" inputmode="decimal" value={form().loss} onInput={(e) => set({ loss: e.currentTarget.value })} />
          </Field>
        </Match>
        <Match when={form().rule === "free"}>
          <Field label={t("svc.fine.amountYuan")} invalid={invalid("amountFen")}>
            <input name="amount" inputmode="decimal" value={form().amount} onInput={(e) => set({ amount: e.currentTarget.value })} />
          </Field>
        </Match>
      </Switch>
      <Field label={t("svc.fine.evidence")} hint={t("svc.fine.evidenceHint")} invalid={invalid("evidence")}>
        <textarea name="evidence" rows="3" value={form().evidence} onInput={(e) => set({ evidence: e.currentTarget.value })} />
      </Field>
      <Field label={form().rule === "free" ? t("svc.fine.reasonRequired") : t("svc.fine.reason")} invalid={invalid("reason")}>
        <input name="reason" value={form().reason} onInput={(e) => set({ reason: e.currentTarget.value })} />
      </Field>
    </FormDialog>
  );
}
