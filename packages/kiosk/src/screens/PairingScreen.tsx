import { createSignal, onMount, Show } from "solid-js";
import { ApiError } from "../api/problem";
import { Frame } from "../components/Frame";
import { useI18n } from "../i18n";
import { useDevice } from "../providers/device";

/** First run, or after being revoked: type the code a manager created in the console. */
export function PairingScreen() {
  const { t } = useI18n();
  const device = useDevice();
  const [code, setCode] = createSignal("");
  const [error, setError] = createSignal<string>();
  const [pending, setPending] = createSignal(false);
  let input!: HTMLInputElement;
  onMount(() => input.focus());

  const submit = async (event: SubmitEvent) => {
    event.preventDefault();
    if (!code().trim() || pending()) return;
    setPending(true);
    setError(undefined);
    try {
      await device.pair(code());
    } catch (caught) {
      const bad = caught instanceof ApiError && caught.status === 400;
      setError(bad ? t("pairing.badCode") : t("error.networkHint"));
      input.select();
    } finally {
      setPending(false);
    }
  };

  return (
    <Frame tone={error() ? "error" : "idle"}>
      <form class="pairing" data-testid="pairing-screen" onSubmit={submit}>
        <h1>{t("pairing.title")}</h1>
        <p class="pairing-instructions">{t("pairing.instructions")}</p>
        <input
          ref={input}
          name="pairingCode"
          class="pairing-input"
          aria-label={t("pairing.code")}
          autocomplete="off"
          autocapitalize="characters"
          spellcheck={false}
          maxLength={20}
          value={code()}
          onInput={(e) => setCode(e.currentTarget.value.toUpperCase())}
          onBlur={() => queueMicrotask(() => input.focus())}
        />
        <Show when={pending()}>
          <p class="pairing-status">{t("pairing.pairing")}</p>
        </Show>
        <Show when={error()}>
          <p class="pairing-error" role="alert" data-testid="pairing-error">
            {error()}
          </p>
        </Show>
      </form>
    </Frame>
  );
}
