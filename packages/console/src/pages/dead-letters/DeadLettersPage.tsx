import { createEffect, createSignal, For, on, Show } from "solid-js";
import { DeadLettersApi, type DeadLetterState } from "../../api";
import { LoadMore } from "../../components/LoadMore";
import { Page } from "../../components/Page";
import { Empty, ErrorBanner, Loading, Notice } from "../../components/States";
import { useI18n } from "../../i18n";
import { createPagedList } from "../../lib/paged";
import { DeadLetterRow } from "./DeadLetterRow";

const STATES: readonly DeadLetterState[] = ["open", "replayed", "discarded"];

/** Events a consumer gave up on: fix the cause, then replay; or discard what no longer matters. */
export function DeadLettersPage() {
  const { t } = useI18n();
  const [state, setState] = createSignal<DeadLetterState>("open");
  const [notice, setNotice] = createSignal<string>();
  const list = createPagedList((cursor) => DeadLettersApi.list(state(), cursor));
  createEffect(on(state, () => void list.reset()));

  return (
    <Page
      title={t("deadLetters.title")}
      actions={
        <div class="segmented" role="radiogroup" aria-label={t("deadLetters.state")}>
          <For each={STATES}>
            {(option) => (
              <label class="segmented-option" classList={{ active: state() === option }}>
                <input type="radio" name="state" value={option} checked={state() === option} onChange={() => setState(option)} />
                {t(`deadLetters.state.${option}`)}
              </label>
            )}
          </For>
        </div>
      }
    >
      <p class="muted">{t("deadLetters.hint")}</p>
      <Show when={notice()}>
        <Notice>{notice()}</Notice>
      </Show>
      <ErrorBanner error={list.error()} retry={() => void list.reset()} />
      <Show when={list.loaded()} fallback={<Show when={list.loading()}><Loading /></Show>}>
        <Show when={list.items().length > 0} fallback={<Empty>{t(`deadLetters.empty.${state()}`)}</Empty>}>
          <table class="table">
            <thead>
              <tr>
                <th class="col-narrow">{t("deadLetters.failedAt")}</th>
                <th>{t("deadLetters.event")}</th>
                <th>{t("deadLetters.error")}</th>
                <th class="col-narrow">{t("deadLetters.attempts")}</th>
                <th class="col-actions" />
              </tr>
            </thead>
            <tbody>
              <For each={list.items()}>
                {(letter) => (
                  <DeadLetterRow
                    letter={letter}
                    onResolved={(message) => {
                      setNotice(message);
                      list.remove((l) => l.deadLetterId === letter.deadLetterId);
                    }}
                  />
                )}
              </For>
            </tbody>
          </table>
        </Show>
        <LoadMore list={list} />
      </Show>
    </Page>
  );
}
