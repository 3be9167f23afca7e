import { createSignal, Show } from "solid-js";
import { StaffApi } from "../../api";
import { Field, inputValue } from "../../components/Field";
import { ErrorBanner, Notice } from "../../components/States";
import { useI18n } from "../../i18n";
import { createAction } from "../../lib/action";

/** HR sets a new password for someone who forgot theirs; their sessions end with it. */
export function ResetPassword(props: { staffNo: string }) {
  const { t } = useI18n();
  const [password, setPassword] = createSignal("");
  const [done, setDone] = createSignal(false);
  const action = createAction(() => StaffApi.resetPassword(props.staffNo, password()));

  const submit = async (event: SubmitEvent) => {
    event.preventDefault();
    setDone(false);
    const outcome = await action.run();
    if (outcome.ok) {
      setPassword("");
      setDone(true);
    }
  };

  return (
    <form class="card" onSubmit={submit} novalidate>
      <h2>{t("staff.resetPassword")}</h2>
      <p class="muted">{t("staff.resetPasswordHint")}</p>
      <ErrorBanner error={action.error()} />
      <Show when={done()}>
        <Notice>{t("staff.passwordReset")}</Notice>
      </Show>
      <Field label={t("password.new")} invalid={action.invalid("password")} hint={t("password.rules")}>
        <input
          name="password"
          type="password"
          autocomplete="new-password"
          value={password()}
          onInput={(e) => setPassword(inputValue(e))}
        />
      </Field>
      <div class="form-actions">
        <button type="submit" class="button-primary" disabled={!password() || action.pending()}>
          {t("staff.resetPasswordSubmit")}
        </button>
      </div>
    </form>
  );
}
