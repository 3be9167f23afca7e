import { createSignal, Show, type JSX } from "solid-js";
import { useI18n } from "../i18n";
import { createAction } from "../lib/action";
import { ErrorBanner } from "./States";
import { Modal } from "./Modal";

/**
 * A button for something that cannot be undone: it asks first, runs the action, and keeps the
 * dialog open with the reason if the action failed.
 */
export function ConfirmButton(props: {
  label: string;
  title: string;
  message: JSX.Element;
  confirmLabel?: string;
  danger?: boolean;
  class?: string;
  disabled?: boolean;
  onConfirm: () => Promise<unknown>;
}) {
  const { t } = useI18n();
  const [open, setOpen] = createSignal(false);
  const action = createAction(() => props.onConfirm());
  const close = () => {
    setOpen(false);
    action.clear();
  };
  const confirm = async () => {
    const outcome = await action.run();
    if (outcome.ok) close();
  };
  return (
    <>
      <button
        type="button"
        class={`${props.danger ? "button-danger" : ""} ${props.class ?? ""}`}
        disabled={props.disabled}
        onClick={() => setOpen(true)}
      >
        {props.label}
      </button>
      <Show when={open()}>
        <Modal title={props.title} onClose={close}>
          <div class="modal-body">{props.message}</div>
          <ErrorBanner error={action.error()} />
          <div class="modal-actions">
            <button type="button" onClick={close}>
              {t("common.cancel")}
            </button>
            <button
              type="button"
              class={props.danger ? "button-danger" : "button-primary"}
              data-autofocus
              disabled={action.pending()}
              onClick={confirm}
            >
              {props.confirmLabel ?? props.label}
            </button>
          </div>
        </Modal>
      </Show>
    </>
  );
}
