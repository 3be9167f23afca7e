import { A, useNavigate } from "@solidjs/router";
import { createSignal, For, Show } from "solid-js";
import { inputValue } from "../../components/Field";
import { ErrorBanner } from "../../components/States";
import { useI18n } from "../../i18n";
import { createAction } from "../../lib/action";
import { findParcels, type LookupResult } from "./lookup";
import { ParcelStateBadge } from "./ParcelStateBadge";

/** One box for a waybill number, an order number or a parcel code (typed or scanned); one hit opens it. */
export function ParcelLookup() {
  const { t } = useI18n();
  const navigate = useNavigate();
  const [code, setCode] = createSignal("");
  const [result, setResult] = createSignal<LookupResult>();
  const action = createAction(findParcels);
  const submit = async (event: SubmitEvent) => {
    event.preventDefault();
    setResult(undefined);
    const outcome = await action.run(code());
    if (!outcome.ok) return;
    if (outcome.value.kind === "found" && outcome.value.parcels.length === 1) navigate(`/parcels/${outcome.value.parcels[0]!.parcelId}`);
    else setResult(outcome.value);
  };
  return (
    <form class="card filters lookup" onSubmit={submit} data-testid="parcel-lookup">
      <div class="form-row">
        <label class="field lookup-field">
          <span class="field-label">{t("parcels.lookup")}</span>
          <input name="code" value={code()} placeholder={t("parcels.lookupPlaceholder")} autocomplete="off" onInput={(e) => setCode(inputValue(e))} />
        </label>
        <div class="field field-button">
          <button type="submit" class="button-primary" disabled={!code().trim() || action.pending()}>
            {t("parcels.find")}
          </button>
        </div>
      </div>
      <ErrorBanner error={action.error()} />
      <Show when={result()} keyed>
        {(answer) => <LookupAnswer result={answer} code={code().trim()} />}
      </Show>
    </form>
  );
}

/** Nothing, an old label (with the parcel that has the new one), or the order's several parcels. */
function LookupAnswer(props: { result: LookupResult; code: string }) {
  const { t } = useI18n();
  const result = props.result;
  if (result.kind === "none") return <p class="banner banner-warning">{t("parcels.notFound", { code: props.code })}</p>;
  if (result.kind === "void") {
    return (
      <p class="banner banner-warning">
        {t("parcels.voidLabel")} <A href={`/parcels/${result.parcelId}`}>{result.parcelId}</A>
      </p>
    );
  }
  return (
    <ul class="plain-list">
      <For each={result.parcels}>
        {(parcel) => (
          <li>
            <A href={`/parcels/${parcel.parcelId}`} class="mono">
              {parcel.parcelId}
            </A>{" "}
            <ParcelStateBadge state={parcel.state} />
          </li>
        )}
      </For>
    </ul>
  );
}
