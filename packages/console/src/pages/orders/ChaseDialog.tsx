import { createSignal, For } from "solid-js";
import * as OrdersApi from "../../api/orders";
import type { ChaseResult, OrderInfo } from "../../api/orders";
import { Field, inputValue } from "../../components/Field";
import { Modal } from "../../components/Modal";
import { ErrorBanner } from "../../components/States";
import { useI18n } from "../../i18n";
import { createAction } from "../../lib/action";

export const CHASE_RESULTS: readonly ChaseResult[] = ["no_answer", "will_pay", "declined", "paid", "other"];

/** Records a chase (催付) of an unpaid order: the result and a note; the API adds who and when. */
export function ChaseDialog(props: { tid: string; buyerNick: string; onClose: () => void; onRecorded: (order: OrderInfo) => void }) {
  const { t } = useI18n();
  const [result, setResult] = createSignal<ChaseResult>("no_answer");
  const [note, setNote] = createSignal("");
  const action = createAction(() => OrdersApi.recordChase(props.tid, { result: result(), note: note().trim() || undefined }));
  const submit = async (event: SubmitEvent) => {
    event.preventDefault();
    const outcome = await action.run();
    if (outcome.ok) props.onRecorded(outcome.value);
  };
  return (
    <Modal title={t("orders.chase.title", { tid: props.tid })} onClose={props.onClose}>
      <form onSubmit={submit} data-testid="chase-form">
        <p class="muted">{t("orders.chase.hint", { buyer: props.buyerNick })}</p>
        <Field label={t("orders.chase.result")} invalid={action.invalid("result")}>
          <select name="result" value={result()} data-autofocus onChange={(e) => setResult(e.currentTarget.value as ChaseResult)}>
            <For each={CHASE_RESULTS}>{(r) => <option value={r}>{t(`orders.chaseResult.${r}`)}</option>}</For>
          </select>
        </Field>
        <Field label={t("orders.chase.note")} invalid={action.invalid("note")}>
          <input name="note" maxLength={500} value={note()} onInput={(e) => setNote(inputValue(e))} />
        </Field>
        <ErrorBanner error={action.error()} />
        <div class="modal-actions">
          <button type="button" onClick={props.onClose}>
            {t("common.cancel")}
          </button>
          <button type="submit" class="button-primary" disabled={action.pending()}>
            {t("orders.chase.submit")}
          </button>
        </div>
      </form>
    </Modal>
  );
}
