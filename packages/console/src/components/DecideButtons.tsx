import { createSignal, Show, type JSX } from "solid-js";
import { useI18n } from "../i18n";
import { createAction } from "../lib/action";
import { Field } from "./Field";
import { FormDialog } from "./FormDialog";

/**
 * Approve / reject for a request waiting for a decision: each asks once more, with an optional
 * note for the record (and whatever else the decision needs, as `extra`), and keeps the dialog
 * open with the reason when the API refuses.
 */
export function DecideButtons(props: {
  subject: string;
  onDecide: (approve: boolean, note: string) => Promise<unknown>;
  extra?: (approve: boolean) => JSX.Element;
  approveLabel?: string;
  rejectLabel?: string;
  disabled?: boolean;
}) {
  const { t } = useI18n();
  const [open, setOpen] = createSignal<"approve" | "reject">();
  const [note, setNote] = createSignal("");
  const action = createAction((approve: boolean) => props.onDecide(approve, note().trim()));
  const show = (which: "approve" | "reject") => {
    setNote("");
    action.clear();
    setOpen(which);
  };
  return (
    <div class="button-row">
      <button type="button" class="button-small button-primary" data-decide="approve" disabled={props.disabled} onClick={() => show("approve")}>
        {props.approveLabel ?? t("decide.approve")}
      </button>
      <button type="button" class="button-small" data-decide="reject" disabled={props.disabled} onClick={() => show("reject")}>
        {props.rejectLabel ?? t("decide.reject")}
      </button>
      <Show when={open()}>
        {(which) => (
          <FormDialog
            title={which() === "approve" ? t("decide.approveTitle", { subject: props.subject }) : t("decide.rejectTitle", { subject: props.subject })}
            submitLabel={which() === "approve" ? (props.approveLabel ?? t("decide.approve")) : (props.rejectLabel ?? t("decide.reject"))}
            danger={which() === "reject"}
            action={action}
            onClose={() => setOpen(undefined)}
            onSubmit={async () => {
              if ((await action.run(which() === "approve")).ok) setOpen(undefined);
            }}
          >
            {props.extra?.(which() === "approve")}
            <Field label={t("decide.note")} invalid={action.invalid("note")}>
              <input name="note" data-autofocus value={note()} onInput={(e) => setNote(e.currentTarget.value)} />
            </Field>
          </FormDialog>
        )}
      </Show>
    </div>
  );
}
