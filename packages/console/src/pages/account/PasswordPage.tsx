import { createSignal, Show } from "solid-js";
import { AuthApi } from "../../api";
import { Field, inputValue } from "../../components/Field";
import { Page } from "../../components/Page";
import { ErrorBanner, Notice } from "../../components/States";
import { useI18n } from "../../i18n";
import { createAction } from "../../lib/action";

/** Change your own password; the API signs out your other sessions, this one stays. */
export function PasswordPage() {
  const { t } = useI18n();
  const [current, setCurrent] = createSignal("");
  const [next, setNext] = createSignal("");
  const [repeat, setRepeat] = createSignal("");
  const [done, setDone] = createSignal(false);
  const mismatch = () => repeat() !== "" && next() !== repeat();
  const action = createAction(() => AuthApi.changePassword(current(), next()));

  const submit = async (event: SubmitEvent) => {
    event.preventDefault();
    setDone(false);
    if (mismatch()) return;
    const outcome = await action.run();
    if (outcome.ok) {
      setCurrent("");
      setNext("");
      setRepeat("");
      setDone(true);
    }
  };

  return (
    <Page title={t("password.title")}>
      <form class="card narrow" onSubmit={submit} novalidate>
        <Show when={done()}>
          <Notice>{t("password.changed")}</Notice>
        </Show>
        <ErrorBanner error={action.error()} />
        <Field label={t("password.current")} invalid={action.invalid("current")}>
          <input
            name="current"
            type="password"
            autocomplete="current-password"
            value={current()}
            onInput={(e) => setCurrent(inputValue(e))}
          />
        </Field>
        {/* The API names a weak new password `password` (its domain name), the request calls it `next`. */}
        <Field label={t("password.new")} invalid={action.invalid("next") || action.invalid("password")} hint={t("password.rules")}>
          <input name="next" type="password" autocomplete="new-password" value={next()} onInput={(e) => setNext(inputValue(e))} />
        </Field>
        <Field label={t("password.repeat")} invalid={mismatch()} message={mismatch() ? t("password.mismatch") : undefined}>
          <input name="repeat" type="password" autocomplete="new-password" value={repeat()} onInput={(e) => setRepeat(inputValue(e))} />
        </Field>
        <div class="form-actions">
          <button type="submit" class="button-primary" disabled={!current() || !next() || next() !== repeat() || action.pending()}>
            {t("password.submit")}
          </button>
        </div>
      </form>
    </Page>
  );
}
