import { createSignal } from "solid-js";
import * as OrdersApi from "../../api/orders";
import type { OrderInfo } from "../../api/orders";
import { Field, inputValue } from "../../components/Field";
import { Modal } from "../../components/Modal";
import { ErrorBanner } from "../../components/States";
import { useI18n } from "../../i18n";
import { createAction } from "../../lib/action";

/**
 * A supervisor releases an intercept (拦截) so the parcel may be packed and handed over again.
 * The reason is required and audited; after an address change the parcel then needs a new label.
 */
export function ReleaseDialog(props: {
  tid: string;
  interceptIds?: string[];
  addressChanged?: boolean;
  onClose: () => void;
  onReleased: (order: OrderInfo) => void;
}) {
  const { t } = useI18n();
  const [note, setNote] = createSignal("");
  const action = createAction(() => OrdersApi.release(props.tid, { note: note().trim(), interceptIds: props.interceptIds }));
  const submit = async (event: SubmitEvent) => {
    event.preventDefault();
    const outcome = await action.run();
    if (outcome.ok) props.onReleased(outcome.value);
  };
  return (
    <Modal title={t("orders.release.title", { tid: props.tid })} onClose={props.onClose}>
      <form onSubmit={submit} data-testid="release-form">
        <p>{t("orders.release.hint")}</p>
        {props.addressChanged ? <p class="banner banner-warning">{t("orders.release.reprint")}</p> : null}
        <Field label={t("orders.release.note")} invalid={action.invalid("note")} hint={t("orders.release.noteHint")}>
          <input name="note" required maxLength={500} data-autofocus value={note()} onInput={(e) => setNote(inputValue(e))} />
        </Field>
        <ErrorBanner error={action.error()} />
        <div class="modal-actions">
          <button type="button" onClick={props.onClose}>
            {t("common.cancel")}
          </button>
          <button type="submit" class="button-danger" disabled={action.pending() || !note().trim()}>
            {t("orders.release.submit")}
          </button>
        </div>
      </form>
    </Modal>
  );
}
