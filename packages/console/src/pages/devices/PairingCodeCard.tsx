import { Show } from "solid-js";
import type { PairingCode } from "../../api";
import { useI18n } from "../../i18n";
import { createNow, formatRemaining } from "../../lib/now";

/** The code, large enough to read across a room, and how long it stays valid. */
export function PairingCodeCard(props: { pairing: PairingCode; onDismiss: () => void }) {
  const i18n = useI18n();
  const { t } = i18n;
  const now = createNow();
  const remaining = () => new Date(props.pairing.expiresAt).getTime() - now();
  const expired = () => remaining() <= 0;

  return (
    <section class="card pairing-card" classList={{ expired: expired() }} aria-live="polite">
      <p class="muted">
        {t("devices.codeFor", { name: props.pairing.name, kind: t(`devices.kind.${props.pairing.kind}`), location: props.pairing.location })}
      </p>
      <p class="pairing-code mono" data-testid="pairing-code">
        {props.pairing.code}
      </p>
      <Show when={!expired()} fallback={<p class="pairing-expiry expired">{t("devices.codeExpired")}</p>}>
        <p class="pairing-expiry">
          {t("devices.codeValidUntil", { time: i18n.format.time(props.pairing.expiresAt), remaining: formatRemaining(remaining()) })}
        </p>
      </Show>
      <p class="muted">{t("devices.codeInstructions")}</p>
      <button type="button" class="button-small" onClick={props.onDismiss}>
        {t("common.close")}
      </button>
    </section>
  );
}
