import { createSignal, For, Show } from "solid-js";
import * as ParcelsApi from "../../api/parcels";
import type { ParcelInfo } from "../../api/parcels";
import { ApiError } from "../../api/problem";
import { Field, inputValue } from "../../components/Field";
import { ErrorBanner } from "../../components/States";
import { useI18n } from "../../i18n";
import { describeError } from "../../i18n/errors";
import { createAction } from "../../lib/action";
import { useCan } from "../orders/can";
import { CARRIERS } from "./carriers";
import { WAYBILL_REPLACERS } from "./roles";

/**
 * Puts a waybill number on the parcel. The carrier is worked out from the number; when the number
 * fits several carriers the API says which, and the carrier field is marked with just those offered.
 * A parcel with a label gets a new one only on purpose ("replace"), by a supervisor or after an
 * address change (reprint required).
 */
export function WaybillForm(props: { parcel: ParcelInfo; onAssigned: (parcel: ParcelInfo, changed: boolean) => void }) {
  const i18n = useI18n();
  const { t } = i18n;
  const can = useCan();
  const [number, setNumber] = createSignal("");
  const [carrier, setCarrier] = createSignal("");
  const [replace, setReplace] = createSignal(false);
  const action = createAction(() =>
    ParcelsApi.assignWaybill(props.parcel.parcelId, { number: number().trim(), carrier: carrier() || undefined, replace: replace() || undefined }),
  );
  const candidates = () => {
    const error = action.error();
    const list = error instanceof ApiError ? error.problem.candidates : undefined;
    return Array.isArray(list) ? (list as string[]) : [];
  };
  const offered = () => (action.invalid("carrier") && candidates().length > 0 ? CARRIERS.filter((c) => candidates().includes(c)) : CARRIERS);
  const messageFor = (field: string) => (action.invalid(field) ? describeError(i18n, action.error()) : undefined);
  const fieldError = () => ["number", "carrier", "replace"].some((f) => action.invalid(f));
  const mayReplace = () => props.parcel.reprintRequired || can(WAYBILL_REPLACERS);
  const closed = () => props.parcel.state === "handed_over" || props.parcel.state === "cancelled";

  const submit = async (event: SubmitEvent) => {
    event.preventDefault();
    const outcome = await action.run();
    if (outcome.ok) {
      setNumber("");
      setCarrier("");
      setReplace(false);
      props.onAssigned(outcome.value.parcel, outcome.value.changed);
    }
  };

  return (
    <Show when={!closed()}>
      <form onSubmit={submit} data-testid="waybill-form" class="waybill-form">
        <div class="form-row">
          <Field label={t("parcels.waybillNumber")} invalid={action.invalid("number")} message={messageFor("number")}>
            <input name="number" value={number()} maxLength={40} autocomplete="off" onInput={(e) => setNumber(inputValue(e))} />
          </Field>
          <Field
            label={t("parcels.carrier")}
            invalid={action.invalid("carrier")}
            message={messageFor("carrier")}
            hint={t("parcels.carrierHint")}
          >
            <select name="carrier" value={carrier()} onChange={(e) => setCarrier(e.currentTarget.value)}>
              <option value="">{t("parcels.carrierAuto")}</option>
              <For each={offered()}>{(code) => <option value={code}>{t(`parcels.carrierName.${code}`)}</option>}</For>
            </select>
          </Field>
          <Show when={props.parcel.waybill && mayReplace()}>
            <label class="checkbox field" classList={{ "field-invalid": action.invalid("replace") }}>
              <input type="checkbox" name="replace" checked={replace()} onChange={(e) => setReplace(e.currentTarget.checked)} />
              {t("parcels.replaceLabel")}
            </label>
          </Show>
          <div class="field field-button">
            <button type="submit" class="button-primary" disabled={!number().trim() || action.pending()}>
              {props.parcel.waybill ? t("parcels.assignNew") : t("parcels.assign")}
            </button>
          </div>
        </div>
        <Show when={action.invalid("replace")}>
          <p class="field-message">{messageFor("replace")}</p>
        </Show>
        <Show when={!fieldError()}>
          <ErrorBanner error={action.error()} />
        </Show>
      </form>
    </Show>
  );
}
