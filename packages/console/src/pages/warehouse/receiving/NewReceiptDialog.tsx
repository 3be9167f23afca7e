import { createSignal, For, Show } from "solid-js";
import { createStore } from "solid-js/store";
import * as ReceivingApi from "../../../api/warehouse-receiving";
import type { ReceiptDetail, SkuInfo } from "../../../api/warehouse-types";
import { Field } from "../../../components/Field";
import { FormDialog } from "../../../components/FormDialog";
import { useI18n } from "../../../i18n";
import { createAction } from "../../../lib/action";
import { SkuFinder } from "../components/SkuFinder";
import { variantOf } from "../sku-words";

interface Draft {
  supplier: string;
  deliveryNote: string;
  deliverer: string;
  note: string;
  lines: { sku: SkuInfo; qty: string }[];
}

const optional = (text: string) => text.trim() || undefined;

/** A receipt for a supplier delivery: who delivered, and what the delivery note says came. */
export function NewReceiptDialog(props: { onClose: () => void; onCreated: (receipt: ReceiptDetail) => void }) {
  const { t } = useI18n();
  const [draft, setDraft] = createStore<Draft>({ supplier: "", deliveryNote: "", deliverer: "", note: "", lines: [] });
  const [dupe, setDupe] = createSignal<string>();
  const action = createAction(() =>
    ReceivingApi.create({
      supplier: draft.supplier.trim(),
      deliveryNote: optional(draft.deliveryNote),
      deliverer: optional(draft.deliverer),
      note: optional(draft.note),
      lines: draft.lines.map((l) => ({ skuId: l.sku.skuId, qty: Number(l.qty) })),
    }),
  );
  const add = (sku: SkuInfo) => {
    setDupe(undefined);
    if (draft.lines.some((l) => l.sku.skuId === sku.skuId)) return setDupe(variantOf(sku));
    setDraft("lines", draft.lines.length, { sku, qty: "1" });
  };

  return (
    <FormDialog
      wide
      title={t("wh.receipt.createTitle")}
      submitLabel={t("wh.receipt.create")}
      action={action}
      onClose={props.onClose}
      onSubmit={async () => {
        const outcome = await action.run();
        if (outcome.ok) props.onCreated(outcome.value);
      }}
    >
      <div class="form-grid">
        <Field label={t("wh.receipt.supplier")} invalid={action.invalid("supplier")}>
          <input name="supplier" data-autofocus value={draft.supplier} onInput={(e) => setDraft("supplier", e.currentTarget.value)} />
        </Field>
        <Field label={t("wh.receipt.deliveryNote")} invalid={action.invalid("deliveryNote")}>
          <input name="deliveryNote" value={draft.deliveryNote} onInput={(e) => setDraft("deliveryNote", e.currentTarget.value)} />
        </Field>
        <Field label={t("wh.receipt.deliverer")} invalid={action.invalid("deliverer")}>
          <input name="deliverer" value={draft.deliverer} onInput={(e) => setDraft("deliverer", e.currentTarget.value)} />
        </Field>
        <Field label={t("wh.note")} invalid={action.invalid("note")}>
          <input name="note" value={draft.note} onInput={(e) => setDraft("note", e.currentTarget.value)} />
        </Field>
      </div>
      <fieldset class="field" classList={{ "field-invalid": action.invalid("lines") }}>
        <legend class="field-label">{t("wh.receipt.expectedLines")}</legend>
        <SkuFinder onFound={add} label={t("wh.receipt.addLine")} name="lineSku" />
        <Show when={dupe()}>
          <p class="field-message">{t("wh.receipt.lineTwice", { sku: dupe()! })}</p>
        </Show>
        <Show when={draft.lines.length > 0} fallback={<p class="muted small">{t("wh.receipt.noLines")}</p>}>
          <table class="table table-compact">
            <thead>
              <tr>
                <th>{t("wh.sku")}</th>
                <th>{t("wh.receipt.expected")}</th>
                <th />
              </tr>
            </thead>
            <tbody>
              <For each={draft.lines}>
                {(line, i) => (
                  <tr data-sku-id={line.sku.skuId}>
                    <td>
                      {variantOf(line.sku)} <span class="muted small">{line.sku.name}</span>
                    </td>
                    <td classList={{ "field-invalid": action.invalid(`lines.${i()}.qty`) }}>
                      <input name={`qty-${i()}`} inputmode="numeric" value={line.qty} onInput={(e) => setDraft("lines", i(), "qty", e.currentTarget.value)} />
                    </td>
                    <td>
                      <button type="button" class="button-link button-danger-link" onClick={() => setDraft("lines", (lines) => lines.filter((_, j) => j !== i()))}>
                        {t("common.remove")}
                      </button>
                    </td>
                  </tr>
                )}
              </For>
            </tbody>
          </table>
        </Show>
      </fieldset>
    </FormDialog>
  );
}
