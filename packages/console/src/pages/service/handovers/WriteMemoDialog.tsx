import { createSignal, Index, Show } from "solid-js";
import * as ServiceApi from "../../../api/service";
import type { HandoverMemo } from "../../../api/service-types";
import { Field } from "../../../components/Field";
import { FormDialog } from "../../../components/FormDialog";
import { useI18n } from "../../../i18n";
import { createAction } from "../../../lib/action";
import { useShopTime } from "../../../lib/shop-time";

interface Draft {
  customer: string;
  orderId: string;
  todo: string;
  due: string;
}
const blank = (): Draft => ({ customer: "", orderId: "", todo: "", due: "" });
/** The API allows this many new items per memo. */
const MAX_ITEMS = 20;

/**
 * The outgoing shift's memo: what is still to do for which customer, by when. Every item still
 * open is carried into it by the API; rows left completely empty are not sent.
 */
export function WriteMemoDialog(props: { openCount: number; onClose: () => void; onWritten: (memo: HandoverMemo) => void }) {
  const { t } = useI18n();
  const time = useShopTime();
  const [rows, setRows] = createSignal<Draft[]>([blank()]);
  const [shiftCode, setShiftCode] = createSignal("");
  const [note, setNote] = createSignal("");
  const action = createAction(ServiceApi.writeMemo);
  const update = (index: number, patch: Partial<Draft>) => setRows((current) => current.map((row, i) => (i === index ? { ...row, ...patch } : row)));
  const filled = () => rows().filter((r) => r.customer.trim() || r.orderId.trim() || r.todo.trim() || r.due);
  // The API names a refused item as items.<n>.<field>, counted among the rows sent.
  const invalid = (index: number, field: string) => {
    const sent = filled().indexOf(rows()[index]!);
    return sent >= 0 && action.invalid(`items.${sent}.${field}`);
  };
  return (
    <FormDialog
      title={t("svc.memo.write")}
      submitLabel={t("svc.memo.submit")}
      action={action}
      wide
      onClose={props.onClose}
      onSubmit={async () => {
        const outcome = await action.run({
          shiftCode: shiftCode().trim() || undefined,
          note: note().trim() || undefined,
          items: filled().map((r) => ({ customer: r.customer.trim(), orderId: r.orderId.trim() || undefined, todo: r.todo.trim(), dueAt: r.due ? time.toIso(r.due) : undefined })),
        });
        if (outcome.ok) props.onWritten(outcome.value);
      }}
    >
      <Show when={props.openCount > 0}>
        <p class="muted">{t("svc.memo.carries", { count: props.openCount })}</p>
      </Show>
      <div class="svc-memo-rows" data-testid="memo-rows">
        <Index each={rows()}>
          {(row, index) => (
            <div class="svc-memo-row" data-row={index}>
              <Field label={t("svc.item.customer")} invalid={invalid(index, "customer")}>
                <input name="customer" value={row().customer} onInput={(e) => update(index, { customer: e.currentTarget.value })} />
              </Field>
              <Field label={t("svc.item.order")} invalid={invalid(index, "orderId")}>
                <input name="orderId" class="mono" value={row().orderId} onInput={(e) => update(index, { orderId: e.currentTarget.value })} />
              </Field>
              <Field label={t("svc.item.todo")} class="svc-grow" invalid={invalid(index, "todo")}>
                <input name="todo" value={row().todo} onInput={(e) => update(index, { todo: e.currentTarget.value })} />
              </Field>
              <Field label={t("svc.item.due")} invalid={invalid(index, "dueAt")}>
                <input name="due" type="datetime-local" value={row().due} onInput={(e) => update(index, { due: e.currentTarget.value })} />
              </Field>
              <button type="button" class="button-small" aria-label={t("common.remove")} disabled={rows().length === 1} onClick={() => setRows((current) => current.filter((_, i) => i !== index))}>
                {t("common.remove")}
              </button>
            </div>
          )}
        </Index>
      </div>
      <button type="button" class="button-small" data-testid="add-item" disabled={rows().length >= MAX_ITEMS} onClick={() => setRows((current) => [...current, blank()])}>
        {t("svc.memo.addItem")}
      </button>
      <div class="form-grid">
        <Field label={t("svc.memo.shift")} hint={t("svc.memo.shiftHint")} invalid={action.invalid("shiftCode")}>
          <input name="shiftCode" value={shiftCode()} onInput={(e) => setShiftCode(e.currentTarget.value)} />
        </Field>
        <Field label={t("svc.note")} invalid={action.invalid("note")}>
          <input name="memoNote" value={note()} onInput={(e) => setNote(e.currentTarget.value)} />
        </Field>
      </div>
    </FormDialog>
  );
}
