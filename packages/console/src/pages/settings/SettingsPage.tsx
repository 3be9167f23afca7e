import { createResource, createSignal, For, Show } from "solid-js";
import { SettingsApi, type SettingsDocument } from "../../api";
import { ApiError } from "../../api/problem";
import { Page } from "../../components/Page";
import { ErrorBanner, Loadable, Notice } from "../../components/States";
import { useI18n } from "../../i18n";
import { createAction } from "../../lib/action";
import { SettingsFormProvider, useSettingsForm } from "./form";
import { useSettingsLabel } from "./label";
import { fieldErrors } from "./paths";
import { GroupNode } from "./SettingsNode";
import { sectionsOf } from "./schema";

export function SettingsPage() {
  const { t } = useI18n();
  const [document, { refetch }] = createResource(SettingsApi.get);
  return (
    <Page title={t("settings.title")}>
      <Loadable resource={document} retry={refetch}>
        {(loaded) => (
          // Keyed: a reload (after someone else saved) starts the form over from their version.
          <Show when={loaded()} keyed>
            {(current) => (
              <SettingsFormProvider initial={current.settings}>
                <SettingsEditor loaded={current} reload={() => void refetch()} />
              </SettingsFormProvider>
            )}
          </Show>
        )}
      </Loadable>
    </Page>
  );
}

/**
 * Saves with the version it read: if someone saved meanwhile the API answers 409 and the page
 * offers a reload rather than overwriting their change.
 */
function SettingsEditor(props: { loaded: SettingsDocument; reload: () => void }) {
  const { t } = useI18n();
  const form = useSettingsForm();
  const label = useSettingsLabel();
  const [version, setVersion] = createSignal(props.loaded.version);
  const [saved, setSaved] = createSignal(false);
  const action = createAction(() => SettingsApi.save({ settings: form.snapshot(), version: version() }));
  const stale = () => {
    const e = action.error();
    return e instanceof ApiError && e.code === "settings.stale";
  };

  const save = async (event: SubmitEvent) => {
    event.preventDefault();
    setSaved(false);
    const outcome = await action.run();
    if (outcome.ok) {
      form.reset(outcome.value.settings);
      setVersion(outcome.value.version);
      setSaved(true);
      return;
    }
    if (outcome.error instanceof ApiError) {
      form.setServerErrors(fieldErrors(outcome.error.problem.errors, outcome.error.problem));
      // Bring the first problem into view: the form is long and the banner alone says little.
      queueMicrotask(() => {
        const first = window.document.querySelector<HTMLElement>(".settings-form [aria-invalid='true'], .settings-form .group-invalid");
        first?.scrollIntoView({ block: "center" });
        if (first instanceof HTMLInputElement || first instanceof HTMLSelectElement) first.focus();
      });
    }
  };

  return (
    <form class="settings-form" onSubmit={save} novalidate>
      <div class="save-bar">
        <span class="save-bar-status">
          <Show when={form.dirty()} fallback={<span class="muted">{t("settings.version", { version: version() })}</span>}>
            <strong>{t("settings.unsaved")}</strong>
          </Show>
        </span>
        <button type="button" disabled={!form.dirty()} onClick={() => form.revert()}>
          {t("common.reset")}
        </button>
        <button type="submit" class="button-primary" disabled={!form.dirty() || form.hasLocalErrors() || action.pending()}>
          {action.pending() ? t("common.saving") : t("common.save")}
        </button>
      </div>
      <Show when={saved() && !form.dirty()}>
        <Notice>{t("common.saved")}</Notice>
      </Show>
      <Show when={stale()} fallback={<ErrorBanner error={action.error()} />}>
        <div class="banner banner-error" role="alert">
          <span>{t("settings.stale")}</span>
          <button type="button" class="button-small" onClick={props.reload}>
            {t("settings.reload")}
          </button>
        </div>
      </Show>
      <For each={sectionsOf(form.doc)}>
        {(section) => (
          <section class="card settings-section" id={`settings-${section}`}>
            <h2>{label(section)}</h2>
            <GroupNode path={[section]} pattern={section} bare />
          </section>
        )}
      </For>
    </form>
  );
}
