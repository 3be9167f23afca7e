import { createSignal, For } from "solid-js";
import * as ReceivingApi from "../../../api/warehouse-receiving";
import type { ReceiptLine, Resolution } from "../../../api/warehouse-types";
import { Field } from "../../../components/Field";
import { FormDialog } from "../../../components/FormDialog";
import { useI18n } from "../../../i18n";
import { createAction } from "../../../lib/action";
import { variantOf } from "../sku-words";

const ACTIONS: readonly Resolution["action"][] = ["recount", "accept", "reject"];

/** Explain a difference between the receipt and the scans: count again, accept the count, or reject the line. */
export function ResolveDialog(props: { receiptId: string; line: ReceiptLine; onClose: () => void; onDone: () => void }) {
  const { t } = useI18n();
  const [choice, setChoice] = createSignal<Resolution["action"]>(props.line.difference > 0 ? "accept" : "recount");
  const [reason, setReason] = createSignal("");
  const action = createAction(() => ReceivingApi.resolve(props.receiptId, props.line.skuId, { action: choice(), reason: reason().trim() || undefined }));
  const name = () => (props.line.sku ? variantOf(props.line.sku) : props.line.skuId);
  return (
    <FormDialog
      title={t("wh.resolve.title", { sku: name() })}
      submitLabel={t(`wh.resolve.action.${choice()}`)}
      danger={choice() === "reject"}
      action={action}
      onClose={props.onClose}
      onSubmit={async () => {
        if ((await action.run()).ok) props.onDone();
      }}
    >
      <p>{t("wh.resolve.facts", { expected: props.line.expected, scanned: props.line.scanned })}</p>
      <div class="radio-list" role="radiogroup">
        <For each={ACTIONS}>
          {(option) => (
            <label class="checkbox">
              <input type="radio" name="resolution" value={option} checked={choice() === option} onChange={() => setChoice(option)} />
              <span>
                <strong>{t(`wh.resolve.action.${option}`)}</strong> <span class="muted small">{t(`wh.resolve.explain.${option}`)}</span>
              </span>
            </label>
          )}
        </For>
      </div>
      <Field label={t("wh.reason")} invalid={action.invalid("reason")} hint={choice() === "recount" ? t("wh.resolve.reasonOptional") : t("wh.resolve.reasonRequired")}>
        <input name="reason" value={reason()} onInput={(e) => setReason(e.currentTarget.value)} />
      </Field>
    </FormDialog>
  );
}
