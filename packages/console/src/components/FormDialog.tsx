import type { ParentProps } from "solid-js";
import { useI18n } from "../i18n";
import { Modal } from "./Modal";
import { ErrorBanner } from "./States";

interface ActionLike {
  pending: () => boolean;
  error: () => unknown;
}

/**
 * A dialog holding one form: its fields, the reason the last submit failed, cancel and submit. The
 * caller owns the action (createAction) so its fields can be outlined when the API names them.
 */
export function FormDialog(props: ParentProps<{ title: string; submitLabel: string; action: ActionLike; onSubmit: () => void; onClose: () => void; danger?: boolean; wide?: boolean }>) {
  const { t } = useI18n();
  return (
    <Modal title={props.title} onClose={props.onClose}>
      <form
        class={props.wide ? "form-wide" : undefined}
        novalidate
        onSubmit={(event) => {
          event.preventDefault();
          props.onSubmit();
        }}
      >
        <ErrorBanner error={props.action.error()} />
        {props.children}
        <div class="modal-actions">
          <button type="button" onClick={props.onClose}>
            {t("common.cancel")}
          </button>
          <button type="submit" class={props.danger ? "button-danger" : "button-primary"} disabled={props.action.pending()}>
            {props.submitLabel}
          </button>
        </div>
      </form>
    </Modal>
  );
}
