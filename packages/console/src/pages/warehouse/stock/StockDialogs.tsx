import { createSignal, For } from "solid-js";
import * as StockApi from "../../../api/warehouse-stock";
import type { Balance, SkuInfo } from "../../../api/warehouse-types";
import { Field } from "../../../components/Field";
import { FormDialog } from "../../../components/FormDialog";
import { useI18n } from "../../../i18n";
import { createAction } from "../../../lib/action";
import { newUlid } from "../../../lib/ulid";
import { normaliseBin } from "../labels";
import { variantOf } from "../sku-words";

type Done = (message: string) => void;
const int = (text: string) => (/^-?\d+$/.test(text.trim()) ? Number(text.trim()) : NaN);

/**
 * Move stock between two bins. The transfer id is chosen here once per dialog, so pressing submit
 * again after a lost answer books it once.
 */
export function TransferDialog(props: { sku: SkuInfo; bins: Balance[]; onClose: () => void; onDone: Done }) {
  const { t } = useI18n();
  const sources = () => props.bins.filter((b) => b.binKind !== "pending_inspection" && b.available > 0);
  const [fromBin, setFromBin] = createSignal(sources()[0]?.binCode ?? "");
  const [toBin, setToBin] = createSignal(props.sku.homeBin);
  const [qty, setQty] = createSignal("1");
  const [note, setNote] = createSignal("");
  const transferId = newUlid();
  const action = createAction(() =>
    StockApi.transfer({ transferId, skuId: props.sku.skuId, fromBin: fromBin(), toBin: normaliseBin(toBin()), qty: int(qty()), note: note().trim() || undefined }),
  );
  return (
    <FormDialog
      title={t("wh.transfer.title", { sku: variantOf(props.sku) })}
      submitLabel={t("wh.transfer.submit")}
      action={action}
      onClose={props.onClose}
      onSubmit={async () => {
        if ((await action.run()).ok) props.onDone(t("wh.transfer.done", { qty: qty(), from: fromBin(), to: normaliseBin(toBin()) }));
      }}
    >
      <div class="form-grid">
        <Field label={t("wh.transfer.from")} invalid={action.invalid("fromBin")}>
          <select name="fromBin" value={fromBin()} onChange={(e) => setFromBin(e.currentTarget.value)}>
            <For each={sources()}>{(b) => <option value={b.binCode}>{t("wh.transfer.fromOption", { bin: b.binCode, available: b.available })}</option>}</For>
          </select>
        </Field>
        <Field label={t("wh.transfer.to")} invalid={action.invalid("toBin")}>
          <input name="toBin" value={toBin()} onInput={(e) => setToBin(e.currentTarget.value)} />
        </Field>
        <Field label={t("wh.qty")} invalid={action.invalid("qty")}>
          <input name="qty" inputmode="numeric" value={qty()} onInput={(e) => setQty(e.currentTarget.value)} />
        </Field>
        <Field label={t("wh.note")} invalid={action.invalid("note")} class="field-wide">
          <input name="note" value={note()} onInput={(e) => setNote(e.currentTarget.value)} />
        </Field>
      </div>
    </FormDialog>
  );
}

/** Ask for a correction of the books: + found more, − found less; a supervisor decides. */
export function AdjustmentDialog(props: { sku: SkuInfo; bins: Balance[]; onClose: () => void; onDone: Done }) {
  const { t } = useI18n();
  const [binCode, setBinCode] = createSignal(props.bins[0]?.binCode ?? props.sku.homeBin);
  const [qty, setQty] = createSignal("");
  const [reason, setReason] = createSignal("");
  const action = createAction(() => StockApi.requestAdjustment({ skuId: props.sku.skuId, binCode: normaliseBin(binCode()), qty: int(qty()), reason: reason().trim() }));
  return (
    <FormDialog
      title={t("wh.adjust.title", { sku: variantOf(props.sku) })}
      submitLabel={t("wh.adjust.submit")}
      action={action}
      onClose={props.onClose}
      onSubmit={async () => {
        if ((await action.run()).ok) props.onDone(t("wh.adjust.done"));
      }}
    >
      <p class="muted">{t("wh.adjust.hint")}</p>
      <div class="form-grid">
        <Field label={t("wh.bin")} invalid={action.invalid("binCode")}>
          <input name="binCode" list="adjust-bins" value={binCode()} onInput={(e) => setBinCode(e.currentTarget.value)} />
          <datalist id="adjust-bins">
            <For each={props.bins}>{(b) => <option value={b.binCode} />}</For>
          </datalist>
        </Field>
        <Field label={t("wh.adjust.qty")} hint={t("wh.adjust.qtyHint")} invalid={action.invalid("qty")}>
          <input name="qty" inputmode="numeric" value={qty()} onInput={(e) => setQty(e.currentTarget.value)} />
        </Field>
        <Field label={t("wh.reason")} invalid={action.invalid("reason")} class="field-wide">
          <input name="reason" value={reason()} onInput={(e) => setReason(e.currentTarget.value)} />
        </Field>
      </div>
    </FormDialog>
  );
}

/** The opening balance (期初) of an empty card: how the shop starts using the books. */
export function OpeningDialog(props: { sku: SkuInfo; onClose: () => void; onDone: Done }) {
  const { t } = useI18n();
  const [binCode, setBinCode] = createSignal(props.sku.homeBin);
  const [qty, setQty] = createSignal("");
  const [note, setNote] = createSignal("");
  const action = createAction(() => StockApi.opening({ skuId: props.sku.skuId, binCode: normaliseBin(binCode()), qty: int(qty()), note: note().trim() || undefined }));
  return (
    <FormDialog
      title={t("wh.opening.title", { sku: variantOf(props.sku) })}
      submitLabel={t("wh.opening.submit")}
      action={action}
      onClose={props.onClose}
      onSubmit={async () => {
        if ((await action.run()).ok) props.onDone(t("wh.opening.done", { qty: qty(), bin: normaliseBin(binCode()) }));
      }}
    >
      <p class="muted">{t("wh.opening.hint")}</p>
      <div class="form-grid">
        <Field label={t("wh.bin")} invalid={action.invalid("binCode")}>
          <input name="binCode" value={binCode()} onInput={(e) => setBinCode(e.currentTarget.value)} />
        </Field>
        <Field label={t("wh.qty")} invalid={action.invalid("qty")}>
          <input name="qty" inputmode="numeric" value={qty()} onInput={(e) => setQty(e.currentTarget.value)} />
        </Field>
        <Field label={t("wh.note")} invalid={action.invalid("note")} class="field-wide">
          <input name="note" value={note()} onInput={(e) => setNote(e.currentTarget.value)} />
        </Field>
      </div>
    </FormDialog>
  );
}
