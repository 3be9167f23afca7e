import { createSignal, For } from "solid-js";
import { DevicesApi, type DeviceKind, type PairingCode } from "../../api";
import { Field, inputValue } from "../../components/Field";
import { ErrorBanner } from "../../components/States";
import { DEVICE_KINDS } from "../../domain";
import { useI18n } from "../../i18n";
import { createAction } from "../../lib/action";

/** What the new kiosk will be; the code it gets is typed on the kiosk itself. */
export function PairingForm(props: { onCreated: (code: PairingCode) => void }) {
  const { t } = useI18n();
  const [kind, setKind] = createSignal<DeviceKind>("packing_bench");
  const [name, setName] = createSignal("");
  const [location, setLocation] = createSignal("");
  const action = createAction(() => DevicesApi.createPairingCode({ kind: kind(), name: name().trim(), location: location().trim() }));

  const submit = async (event: SubmitEvent) => {
    event.preventDefault();
    const outcome = await action.run();
    if (outcome.ok) {
      setName("");
      setLocation("");
      props.onCreated(outcome.value);
    }
  };

  return (
    <form class="card" onSubmit={submit} novalidate>
      <h2>{t("devices.newPairing")}</h2>
      <p class="muted">{t("devices.newPairingHint")}</p>
      <ErrorBanner error={action.error()} />
      <div class="form-row">
        <Field label={t("devices.kind")} invalid={action.invalid("kind")}>
          <select name="kind" value={kind()} onChange={(e) => setKind(e.currentTarget.value as DeviceKind)}>
            <For each={DEVICE_KINDS}>{(k) => <option value={k}>{t(`devices.kind.${k}`)}</option>}</For>
          </select>
        </Field>
        <Field label={t("devices.name")} invalid={action.invalid("name")}>
          <input name="name" placeholder={t("devices.namePlaceholder")} value={name()} onInput={(e) => setName(inputValue(e))} />
        </Field>
        <Field label={t("devices.location")} invalid={action.invalid("location")}>
          <input
            name="location"
            placeholder={t("devices.locationPlaceholder")}
            value={location()}
            onInput={(e) => setLocation(inputValue(e))}
          />
        </Field>
        <div class="field field-button">
          <button type="submit" class="button-primary" disabled={action.pending() || !name().trim() || !location().trim()}>
            {t("devices.createCode")}
          </button>
        </div>
      </div>
    </form>
  );
}
