import { createSignal, Show } from "solid-js";
import { StaffApi } from "../../api";
import { ConfirmButton } from "../../components/ConfirmButton";
import { Notice } from "../../components/States";
import { useI18n } from "../../i18n";

/** For a lost phone or a shared computer left signed in. */
export function SignOutEverywhere(props: { staffNo: string; name: string }) {
  const { t } = useI18n();
  const [revoked, setRevoked] = createSignal<number>();
  return (
    <section class="card">
      <h2>{t("staff.sessions")}</h2>
      <p class="muted">{t("staff.sessionsHint")}</p>
      <Show when={revoked() !== undefined}>
        <Notice>{t("staff.sessionsRevoked", { count: revoked()! })}</Notice>
      </Show>
      <div class="form-actions">
        <ConfirmButton
          label={t("staff.signOutEverywhere")}
          title={t("staff.signOutEverywhere")}
          message={t("staff.signOutEverywhereMessage", { name: props.name })}
          danger
          onConfirm={async () => setRevoked((await StaffApi.revokeSessions(props.staffNo)).revoked)}
        />
      </div>
    </section>
  );
}
