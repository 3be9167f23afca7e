import { Match, Show, Switch, untrack, type Accessor, type JSX, type Resource } from "solid-js";
import { useI18n } from "../i18n";
import { describeError } from "../i18n/errors";

export function Loading() {
  const { t } = useI18n();
  return (
    <p class="state state-loading" role="status">
      <span class="spinner" aria-hidden="true" />
      {t("common.loading")}
    </p>
  );
}

export function Empty(props: { children: JSX.Element }) {
  return <p class="state state-empty">{props.children}</p>;
}

/** A failed call, in words; with a retry button where retrying makes sense. */
export function ErrorBanner(props: { error: unknown; retry?: () => void }) {
  const i18n = useI18n();
  return (
    <Show when={props.error}>
      <div class="banner banner-error" role="alert">
        <span>{describeError(i18n, props.error)}</span>
        <Show when={props.retry}>
          {(retry) => (
            <button type="button" class="button-small" onClick={() => retry()()}>
              {i18n.t("common.retry")}
            </button>
          )}
        </Show>
      </div>
    </Show>
  );
}

export function Notice(props: { children: JSX.Element }) {
  return (
    <div class="banner banner-success" role="status">
      {props.children}
    </div>
  );
}

/**
 * Loading, failed or ready, for one resource. Reading a failed resource throws in Solid, so the
 * state is checked before the value is touched. The content gets the value as an accessor and is
 * built once: a refetch or an optimistic update changes what it shows, not the components (a
 * form's state or an open dialog survives). Content that must start over keys on the value.
 */
export function Loadable<T>(props: { resource: Resource<T>; retry?: () => void; children: (value: Accessor<T>) => JSX.Element }) {
  const value = () => props.resource.latest as T;
  return (
    <Switch fallback={<Loading />}>
      <Match when={props.resource.state === "errored"}>
        <ErrorBanner error={props.resource.error} retry={props.retry} />
      </Match>
      <Match when={props.resource.state === "ready" || props.resource.state === "refreshing"}>
        {untrack(() => props.children(value))}
      </Match>
    </Switch>
  );
}
