import { createStore } from "solid-js/store";
import * as CatalogueApi from "../../../api/warehouse-catalogue";
import type { SkuDetail } from "../../../api/warehouse-types";
import { Field } from "../../../components/Field";
import { FormDialog } from "../../../components/FormDialog";
import { useI18n } from "../../../i18n";
import { createAction } from "../../../lib/action";
import { normaliseBin } from "../labels";

interface Draft {
  styleCode: string;
  colour: string;
  size: string;
  name: string;
  outerSkuId: string;
  homeBin: string;
  caseBin: string;
  caseQty: string;
  reorderPoint: string;
  uniqueCodes: boolean;
  barcodes: string;
}

const numberOrUndefined = (text: string) => (text.trim() ? Number(text.trim()) : undefined);

/**
 * A new SKU: its variant, the platform's code, its home bin (一物一位), an optional case bin, the
 * reorder point, and the makers' barcodes (checked by their check digit). An internal Code 128
 * label is made for it.
 */
export function NewSkuDialog(props: { onClose: () => void; onCreated: (sku: SkuDetail) => void }) {
  const { t } = useI18n();
  const [draft, setDraft] = createStore<Draft>({ styleCode: "", colour: "", size: "", name: "", outerSkuId: "", homeBin: "", caseBin: "", caseQty: "", reorderPoint: "0", uniqueCodes: false, barcodes: "" });
  const action = createAction(() =>
    CatalogueApi.create({
      styleCode: draft.styleCode.trim(),
      colour: draft.colour.trim(),
      size: draft.size.trim(),
      name: draft.name.trim(),
      outerSkuId: draft.outerSkuId.trim(),
      homeBin: normaliseBin(draft.homeBin),
      caseBin: draft.caseBin.trim() ? normaliseBin(draft.caseBin) : undefined,
      caseQty: numberOrUndefined(draft.caseQty),
      reorderPoint: numberOrUndefined(draft.reorderPoint) ?? 0,
      uniqueCodes: draft.uniqueCodes,
      barcodes: draft.barcodes.split(/[\s,，]+/).filter(Boolean),
    }),
  );
  // A barcode failing its check digit is named by its place in the list (barcodes.1).
  const named = (key: string) => action.invalid(key) || Array.from({ length: 20 }, (_, i) => `${key}.${i}`).some(action.invalid);
  const text = (key: Exclude<keyof Draft, "uniqueCodes">, label: string, hint?: string) => (
    <Field label={label} hint={hint} invalid={named(key)}>
      <input name={key} value={draft[key]} onInput={(e) => setDraft(key, e.currentTarget.value)} />
    </Field>
  );
  return (
    <FormDialog
      wide
      title={t("wh.sku.createTitle")}
      submitLabel={t("wh.sku.create")}
      action={action}
      onClose={props.onClose}
      onSubmit={async () => {
        const outcome = await action.run();
        if (outcome.ok) props.onCreated(outcome.value);
      }}
    >
      <div class="form-grid">
        {text("styleCode", t("wh.styleCode"))}
        {text("colour", t("wh.colour"))}
        {text("size", t("wh.size"))}
        {text("name", t("wh.name"))}
        {text("outerSkuId", t("wh.sku.outerSkuId"), t("wh.sku.outerSkuIdHint"))}
        {text("homeBin", t("wh.sku.homeBin"), t("wh.binCodeHint"))}
        {text("caseBin", t("wh.sku.caseBin"), t("wh.sku.caseBinHint"))}
        {text("caseQty", t("wh.sku.caseQty"))}
        {text("reorderPoint", t("wh.sku.reorderPoint"))}
        {text("barcodes", t("wh.sku.barcodes"), t("wh.sku.barcodesHint"))}
        <label class="checkbox field">
          <input type="checkbox" name="uniqueCodes" checked={draft.uniqueCodes} onChange={(e) => setDraft("uniqueCodes", e.currentTarget.checked)} />
          {t("wh.sku.uniqueCodes")}
        </label>
      </div>
    </FormDialog>
  );
}
