import { createSignal } from "solid-js";
import { Field, inputValue } from "../components/Field";
import { LanguageSwitch } from "../components/LanguageSwitch";
import { ErrorBanner } from "../components/States";
import { useI18n } from "../i18n";
import { createAction } from "../lib/action";
import { useAuth } from "../providers/auth";
import { ApiError } from "../api/problem";

export function Login() {
  const { t } = useI18n();
  const auth = useAuth();
  const [staffNo, setStaffNo] = createSignal("");
  const [password, setPassword] = createSignal("");
  const action = createAction(() => auth.login(staffNo().trim(), password()));
  // Wrong credentials name no field (the API will not say which one was wrong), so both light up.
  const credentialsWrong = () => {
    const e = action.error();
    return e instanceof ApiError && e.code === "auth.wrong-credentials";
  };

  const submit = async (event: SubmitEvent) => {
    event.preventDefault();
    const outcome = await action.run();
    if (!outcome.ok) setPassword("");
  };

  return (
    <div class="login-screen">
      <div class="login-language">
        <LanguageSwitch />
      </div>
      <form class="card login-card" onSubmit={submit} novalidate>
        <h1>{t("app.name")}</h1>
        <p class="muted">{t("login.subtitle")}</p>
        <ErrorBanner error={action.error()} />
        <Field label={t("login.staffNo")} invalid={credentialsWrong() || action.invalid("staffNo")}>
          <input
            name="staffNo"
            autocomplete="username"
            inputmode="numeric"
            required
            autofocus
            value={staffNo()}
            onInput={(e) => setStaffNo(inputValue(e))}
          />
        </Field>
        <Field label={t("login.password")} invalid={credentialsWrong() || action.invalid("password")}>
          <input
            name="password"
            type="password"
            autocomplete="current-password"
            required
            value={password()}
            onInput={(e) => setPassword(inputValue(e))}
          />
        </Field>
        <button type="submit" class="button-primary button-block" disabled={action.pending() || !staffNo() || !password()}>
          {action.pending() ? t("login.signingIn") : t("login.submit")}
        </button>
      </form>
    </div>
  );
}
