import { For, Show } from "solid-js";
import { createStore } from "solid-js/store";
import * as ReturnsApi from "../../../api/warehouse-returns";
import type { ReshipmentInfo } from "../../../api/warehouse-ops-types";
import type { SkuInfo } from "../../../api/warehouse-types";
import { Field } from "../../../components/Field";
import { FormDialog } from "../../../components/FormDialog";
import { useI18n } from "../../../i18n";
import { createAction } from "../../../lib/action";
import { SkuFinder } from "../components/SkuFinder";
import { variantOf } from "../sku-words";

/** A reshipment sheet (补发单): the order, why, and what goes out again in a new parcel. */
export function NewReshipmentDialog(props: { orderId?: string; onClose: () => void; onCreated: (r: ReshipmentInfo) => void }) {
  const { t } = useI18n();
  const [draft, setDraft] = createStore({ orderId: props.orderId ?? "", reason: "", note: "", lines: [] as { sku: SkuInfo; qty: string }[] });
  const action = createAction(() =>
    ReturnsApi.requestReshipment({
      orderId: draft.orderId.trim(),
      reason: draft.reason.trim(),
      note: draft.note.trim() || undefined,
      lines: draft.lines.map((l) => ({ skuId: l.sku.skuId, qty: Number(l.qty) })),
    }),
  );
  return (
    <FormDialog
      wide
      title={t("wh.reshipment.createTitle")}
      submitLabel={t("wh.reshipment.create")}
      action={action}
      onClose={props.onClose}
      onSubmit={async () => {
        const outcome = await action.run();
        if (outcome.ok) props.onCreated(outcome.value);
      }}
    >
      <div class="form-grid">
        <Field label={t("wh.returns.order")} invalid={action.invalid("orderId")}>
          <input name="orderId" data-autofocus value={draft.orderId} onInput={(e) => setDraft("orderId", e.currentTarget.value)} />
        </Field>
        <Field label={t("wh.reason")} invalid={action.invalid("reason")}>
          <input name="reason" value={draft.reason} onInput={(e) => setDraft("reason", e.currentTarget.value)} />
        </Field>
        <Field label={t("wh.note")} invalid={action.invalid("note")}>
          <input name="note" value={draft.note} onInput={(e) => setDraft("note", e.currentTarget.value)} />
        </Field>
      </div>
      <fieldset class="field" classList={{ "field-invalid": action.invalid("lines") }}>
        <legend class="field-label">{t("wh.reshipment.lines")}</legend>
        <SkuFinder onFound={(sku) => setDraft("lines", draft.lines.length, { sku, qty: "1" })} label={t("wh.returns.addItem")} name="reshipSku" />
        <Show when={draft.lines.length > 0} fallback={<p class="muted small">{t("wh.returns.noItems")}</p>}>
          <table class="table table-compact">
            <tbody>
              <For each={draft.lines}>
                {(line, i) => (
                  <tr data-sku-id={line.sku.skuId}>
                    <td>{variantOf(line.sku)}</td>
                    <td classList={{ "field-invalid": action.invalid(`lines.${i()}.qty`) }}>
                      <input name={`lineQty-${i()}`} inputmode="numeric" size={4} value={line.qty} onInput={(e) => setDraft("lines", i(), "qty", e.currentTarget.value)} />
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
