import { For, Show } from "solid-js";
import { createStore } from "solid-js/store";
import * as ReceivingApi from "../../../api/warehouse-receiving";
import type { ChecklistPoint, InspectionInput, ReceiptLine } from "../../../api/warehouse-types";
import { Field } from "../../../components/Field";
import { FormDialog } from "../../../components/FormDialog";
import { useI18n } from "../../../i18n";
import { createAction } from "../../../lib/action";
import { variantOf } from "../sku-words";

/** The garment checklist of RULES.md §4, in the order an inspector goes over a piece. */
export const CHECKLIST: readonly ChecklistPoint[] = ["symmetry", "stitching", "colour", "holes_stains", "lining", "buttons_rivets", "measurements", "packaging"];

interface Draft {
  verdict: Record<ChecklistPoint, "pass" | "fail">;
  /** Defective pieces per failed point, as typed. */
  pieces: Record<ChecklistPoint | "other", string>;
  returnTo: "supplier" | "factory";
  note: string;
}

const count = (text: string) => (/^\d+$/.test(text.trim()) ? Number(text.trim()) : NaN);

/** The inspection defects as the API takes them: one per failed point (and "other") with pieces. */
export function defectsOf(draft: Pick<Draft, "verdict" | "pieces">): NonNullable<InspectionInput["defects"]> {
  const failed = CHECKLIST.filter((p) => draft.verdict[p] === "fail").map((reason) => ({ reason, qty: count(draft.pieces[reason]) }));
  const other = draft.pieces.other.trim() ? [{ reason: "other" as const, qty: count(draft.pieces.other) }] : [];
  return [...failed, ...other].filter((d) => d.qty !== 0);
}

/**
 * Inspect one receipt line: every checklist point pass or fail, the defective pieces per failed
 * point, where failed pieces go back to. The rest passes and waits for put-away.
 */
export function InspectDialog(props: { receiptId: string; line: ReceiptLine; onClose: () => void; onDone: (result: { passed: number; failed: number }) => void }) {
  const { t } = useI18n();
  const [draft, setDraft] = createStore<Draft>({
    verdict: Object.fromEntries(CHECKLIST.map((p) => [p, "pass"])) as Draft["verdict"],
    pieces: Object.fromEntries([...CHECKLIST, "other"].map((p) => [p, ""])) as Draft["pieces"],
    returnTo: "supplier",
    note: "",
  });
  const action = createAction(() =>
    ReceivingApi.inspect(props.receiptId, props.line.skuId, { checklist: { ...draft.verdict }, defects: defectsOf(draft), returnTo: draft.returnTo, note: draft.note.trim() || undefined }),
  );
  const failedPieces = () => defectsOf(draft).reduce((sum, d) => sum + (Number.isFinite(d.qty) ? d.qty : 0), 0);
  const name = () => (props.line.sku ? variantOf(props.line.sku) : props.line.skuId);
  // The API names a defect by its place in the list it was sent; the row is found by its reason.
  const rowInvalid = (reason: ChecklistPoint | "other") => {
    const index = defectsOf(draft).findIndex((d) => d.reason === reason);
    return index >= 0 && (action.invalid(`defects.${index}.reason`) || action.invalid(`defects.${index}.qty`));
  };

  return (
    <FormDialog
      wide
      title={t("wh.inspect.title", { sku: name() })}
      submitLabel={t("wh.inspect.submit")}
      action={action}
      onClose={props.onClose}
      onSubmit={async () => {
        const outcome = await action.run();
        if (outcome.ok) props.onDone(outcome.value);
      }}
    >
      <p>{t("wh.inspect.booked", { booked: props.line.booked ?? 0 })}</p>
      <table class="table table-compact checklist" data-testid="checklist">
        <thead>
          <tr>
            <th>{t("wh.inspect.point")}</th>
            <th>{t("wh.inspect.verdict")}</th>
            <th>{t("wh.inspect.pieces")}</th>
          </tr>
        </thead>
        <tbody>
          <For each={CHECKLIST}>
            {(point) => (
              <tr data-point={point} classList={{ failed: draft.verdict[point] === "fail" }}>
                <td>{t(`wh.checklist.${point}`)}</td>
                <td>
                  <div class="segmented segmented-small" role="radiogroup" aria-label={t(`wh.checklist.${point}`)}>
                    <For each={["pass", "fail"] as const}>
                      {(v) => (
                        <label class="segmented-option" classList={{ active: draft.verdict[point] === v, bad: v === "fail" && draft.verdict[point] === "fail" }}>
                          <input type="radio" name={`verdict-${point}`} value={v} checked={draft.verdict[point] === v} onChange={() => setDraft("verdict", point, v)} />
                          {t(`wh.inspect.${v}`)}
                        </label>
                      )}
                    </For>
                  </div>
                </td>
                <td classList={{ "field-invalid": rowInvalid(point) }}>
                  <Show when={draft.verdict[point] === "fail"}>
                    <input name={`pieces-${point}`} inputmode="numeric" value={draft.pieces[point]} placeholder="0" onInput={(e) => setDraft("pieces", point, e.currentTarget.value)} />
                  </Show>
                </td>
              </tr>
            )}
          </For>
          <tr data-point="other">
            <td>{t("wh.checklist.other")}</td>
            <td />
            <td classList={{ "field-invalid": rowInvalid("other") }}>
              <input name="pieces-other" inputmode="numeric" value={draft.pieces.other} placeholder="0" onInput={(e) => setDraft("pieces", "other", e.currentTarget.value)} />
            </td>
          </tr>
        </tbody>
      </table>
      <p classList={{ "field-message": action.invalid("defects") }}>{t("wh.inspect.summary", { failed: failedPieces(), passed: Math.max(0, (props.line.booked ?? 0) - failedPieces()) })}</p>
      <div class="form-grid">
        <Field label={t("wh.inspect.returnTo")} invalid={action.invalid("returnTo")}>
          <select name="returnTo" value={draft.returnTo} onChange={(e) => setDraft("returnTo", e.currentTarget.value as Draft["returnTo"])}>
            <option value="supplier">{t("wh.returnTo.supplier")}</option>
            <option value="factory">{t("wh.returnTo.factory")}</option>
          </select>
        </Field>
        <Field label={t("wh.note")} invalid={action.invalid("note")}>
          <input name="note" value={draft.note} onInput={(e) => setDraft("note", e.currentTarget.value)} />
        </Field>
      </div>
    </FormDialog>
  );
}
