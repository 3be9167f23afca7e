import { createSignal, For, Show } from "solid-js";
import { createStore } from "solid-js/store";
import * as ReturnsApi from "../../../api/warehouse-returns";
import type { AnomalyKind, ItemCondition, PackageCondition, ReturnReceived } from "../../../api/warehouse-ops-types";
import type { SkuInfo } from "../../../api/warehouse-types";
import { Field } from "../../../components/Field";
import { FormDialog } from "../../../components/FormDialog";
import { useI18n } from "../../../i18n";
import { createAction } from "../../../lib/action";
import { SkuFinder } from "../components/SkuFinder";
import { variantOf } from "../sku-words";
import { intakeProblems, ITEM_CONDITIONS, PACKAGE_CONDITIONS } from "./return-rules";

export const ANOMALY_KINDS: readonly AnomalyKind[] = ["damaged_package", "missing_item", "extra_item", "wrong_item", "defect", "other"];

interface Draft {
  waybillNo: string;
  orderId: string;
  refundId: string;
  packageCondition: PackageCondition;
  countedWithCourier: boolean;
  items: { sku: SkuInfo; qty: string; condition: ItemCondition; note: string }[];
  anomalies: { kind: AnomalyKind; note: string }[];
  expected: { sku: SkuInfo; qty: string }[];
}

const optional = (text: string) => text.trim() || undefined;

/**
 * Taking a returned parcel in (退货入库): the waybill (or order) scanned, the package's condition
 * (a damaged one is counted in front of the courier), each item good → back to its home bin,
 * repairable → to production, irreparable → defect store; anything odd goes to customer service.
 */
export function IntakeDialog(props: { onClose: () => void; onReceived: (received: ReturnReceived) => void }) {
  const { t } = useI18n();
  const [draft, setDraft] = createStore<Draft>({ waybillNo: "", orderId: "", refundId: "", packageCondition: "intact", countedWithCourier: false, items: [], anomalies: [], expected: [] });
  const [local, setLocal] = createSignal<string[]>([]);
  const action = createAction(() =>
    ReturnsApi.receive({
      waybillNo: optional(draft.waybillNo),
      orderId: optional(draft.orderId),
      refundId: optional(draft.refundId),
      packageCondition: draft.packageCondition,
      countedWithCourier: draft.countedWithCourier,
      items: draft.items.map((i) => ({ skuId: i.sku.skuId, qty: Number(i.qty), condition: i.condition, note: optional(i.note) })),
      anomalies: draft.anomalies.map((a) => ({ kind: a.kind, note: a.note.trim() })),
      expected: draft.expected.length ? draft.expected.map((e) => ({ skuId: e.sku.skuId, qty: Number(e.qty) })) : undefined,
    }),
  );
  const invalid = (field: string) => local().includes(field) || action.invalid(field);
  const add = (sku: SkuInfo) => setDraft("items", draft.items.length, { sku, qty: "1", condition: "good", note: "" });

  return (
    <FormDialog
      wide
      title={t("wh.returns.intakeTitle")}
      submitLabel={t("wh.returns.receive")}
      action={action}
      onClose={props.onClose}
      onSubmit={async () => {
        const problems = intakeProblems(draft);
        setLocal(problems);
        if (problems.length) return;
        const outcome = await action.run();
        if (outcome.ok) props.onReceived(outcome.value);
      }}
    >
      <div class="form-grid">
        <Field label={t("wh.returns.waybill")} invalid={invalid("waybillNo")} hint={t("wh.returns.keyHint")}>
          <input name="waybillNo" data-autofocus autocomplete="off" value={draft.waybillNo} onInput={(e) => setDraft("waybillNo", e.currentTarget.value)} />
        </Field>
        <Field label={t("wh.returns.order")} invalid={invalid("orderId")}>
          <input name="orderId" autocomplete="off" value={draft.orderId} onInput={(e) => setDraft("orderId", e.currentTarget.value)} />
        </Field>
        <Field label={t("wh.returns.refund")} invalid={invalid("refundId")}>
          <input name="refundId" value={draft.refundId} onInput={(e) => setDraft("refundId", e.currentTarget.value)} />
        </Field>
        <Field label={t("wh.returns.package")} invalid={invalid("packageCondition")}>
          <select name="packageCondition" value={draft.packageCondition} onChange={(e) => setDraft("packageCondition", e.currentTarget.value as PackageCondition)}>
            <For each={PACKAGE_CONDITIONS}>{(c) => <option value={c}>{t(`wh.returns.package.${c}`)}</option>}</For>
          </select>
        </Field>
      </div>
      <label class="checkbox field" classList={{ "field-invalid": invalid("countedWithCourier") }}>
        <input type="checkbox" name="countedWithCourier" checked={draft.countedWithCourier} onChange={(e) => setDraft("countedWithCourier", e.currentTarget.checked)} />
        {t("wh.returns.countedWithCourier")}
      </label>
      <Show when={invalid("countedWithCourier")}>
        <p class="field-message">{t("wh.returns.courierNeeded")}</p>
      </Show>
      <fieldset class="field" classList={{ "field-invalid": invalid("items") }}>
        <legend class="field-label">{t("wh.returns.items")}</legend>
        <SkuFinder onFound={add} label={t("wh.returns.addItem")} name="returnSku" />
        <Show when={draft.items.length > 0} fallback={<p class="muted small">{t("wh.returns.noItems")}</p>}>
          <table class="table table-compact" data-testid="intake-items">
            <thead>
              <tr>
                <th>{t("wh.sku")}</th>
                <th>{t("wh.qty")}</th>
                <th>{t("wh.returns.condition")}</th>
                <th>{t("wh.note")}</th>
                <th />
              </tr>
            </thead>
            <tbody>
              <For each={draft.items}>
                {(item, i) => (
                  <tr data-sku-id={item.sku.skuId}>
                    <td>
                      {variantOf(item.sku)} <span class="muted small">{item.sku.name}</span>
                    </td>
                    <td classList={{ "field-invalid": invalid(`items.${i()}.qty`) }}>
                      <input name={`itemQty-${i()}`} inputmode="numeric" size={4} value={item.qty} onInput={(e) => setDraft("items", i(), "qty", e.currentTarget.value)} />
                    </td>
                    <td>
                      <select name={`itemCondition-${i()}`} value={item.condition} onChange={(e) => setDraft("items", i(), "condition", e.currentTarget.value as ItemCondition)}>
                        <For each={ITEM_CONDITIONS}>{(c) => <option value={c}>{t(`wh.returns.condition.${c}`)} → {t(`wh.returns.to.${c}`)}</option>}</For>
                      </select>
                    </td>
                    <td>
                      <input name={`itemNote-${i()}`} value={item.note} onInput={(e) => setDraft("items", i(), "note", e.currentTarget.value)} />
                    </td>
                    <td>
                      <button type="button" class="button-link button-danger-link" onClick={() => setDraft("items", (items) => items.filter((_, j) => j !== i()))}>
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
      <fieldset class="field" classList={{ "field-invalid": invalid("expected") }}>
        <legend class="field-label">{t("wh.returns.expected")}</legend>
        <SkuFinder
          onFound={(sku) => (draft.expected.some((e) => e.sku.skuId === sku.skuId) ? undefined : setDraft("expected", draft.expected.length, { sku, qty: "1" }))}
          label={t("wh.returns.addExpected")}
          name="expectedSku"
        />
        <Show when={draft.expected.length > 0} fallback={<p class="muted small">{t("wh.returns.expectedHint")}</p>}>
          <table class="table table-compact" data-testid="intake-expected">
            <tbody>
              <For each={draft.expected}>
                {(e, i) => (
                  <tr data-sku-id={e.sku.skuId}>
                    <td>
                      {variantOf(e.sku)} <span class="muted small">{e.sku.name}</span>
                    </td>
                    <td classList={{ "field-invalid": invalid(`expected.${i()}.qty`) }}>
                      <input name={`expectedQty-${i()}`} inputmode="numeric" size={4} value={e.qty} onInput={(ev) => setDraft("expected", i(), "qty", ev.currentTarget.value)} />
                    </td>
                    <td>
                      <button type="button" class="button-link button-danger-link" onClick={() => setDraft("expected", (list) => list.filter((_, j) => j !== i()))}>
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
      <fieldset class="field">
        <legend class="field-label">{t("wh.returns.anomaliesToCs")}</legend>
        <For each={draft.anomalies}>
          {(a, i) => (
            <div class="form-row" data-anomaly={i()}>
              <select name={`anomalyKind-${i()}`} value={a.kind} onChange={(e) => setDraft("anomalies", i(), "kind", e.currentTarget.value as AnomalyKind)}>
                <For each={ANOMALY_KINDS}>{(k) => <option value={k}>{t(`wh.anomalyKind.${k}`)}</option>}</For>
              </select>
              <input
                name={`anomalyNote-${i()}`}
                classList={{ "input-invalid": action.invalid(`anomalies.${i()}.note`) }}
                placeholder={t("wh.returns.anomalyNote")}
                value={a.note}
                onInput={(e) => setDraft("anomalies", i(), "note", e.currentTarget.value)}
              />
              <button type="button" class="button-link button-danger-link" onClick={() => setDraft("anomalies", (list) => list.filter((_, j) => j !== i()))}>
                {t("common.remove")}
              </button>
            </div>
          )}
        </For>
        <Show when={draft.anomalies.length < 5}>
          <button type="button" class="button-small" data-testid="add-anomaly" onClick={() => setDraft("anomalies", draft.anomalies.length, { kind: "defect", note: "" })}>
            {t("wh.returns.addAnomaly")}
          </button>
        </Show>
        <p class="muted small">{t("wh.returns.anomalyHint")}</p>
      </fieldset>
    </FormDialog>
  );
}
