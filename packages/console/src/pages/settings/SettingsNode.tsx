import { For, Match, Show, Switch } from "solid-js";
import { useSettingsForm } from "./form";
import { useSettingsLabel } from "./label";
import { LeafField } from "./LeafField";
import { ListNode } from "./ListNode";
import { RecordNode } from "./RecordNode";
import { keyOf, patternOf, type Path } from "./paths";
import { RECORD_PATTERNS } from "./schema";

export const isBranch = (value: unknown) => value !== null && typeof value === "object";

/** Any node of the settings document, drawn by what it is: a map, a list, a group or a value. */
export function SettingsNode(props: { path: Path; bare?: boolean }) {
  const form = useSettingsForm();
  const pattern = patternOf(props.path, RECORD_PATTERNS);
  const value = () => form.get(props.path);
  return (
    <Switch fallback={<LeafField path={props.path} pattern={pattern} />}>
      <Match when={RECORD_PATTERNS.has(pattern)}>
        <RecordNode path={props.path} pattern={pattern} />
      </Match>
      <Match when={Array.isArray(value())}>
        <ListNode path={props.path} pattern={pattern} />
      </Match>
      <Match when={isBranch(value())}>
        <GroupNode path={props.path} pattern={pattern} bare={props.bare} />
      </Match>
    </Switch>
  );
}

/** Plain values first in a grid, then the nested groups and lists below them. */
export function GroupNode(props: { path: Path; pattern: string; bare?: boolean }) {
  const form = useSettingsForm();
  const label = useSettingsLabel();
  const keys = () => Object.keys((form.get(props.path) as object) ?? {});
  const child = (key: string) => form.get([...props.path, key]);
  const error = () => form.errorAt(props.path);
  const body = () => (
    <>
      <Show when={error()}>
        <p class="field-message" role="alert">
          {error()}
        </p>
      </Show>
      <div class="form-grid">
        <For each={keys().filter((k) => !isBranch(child(k)))}>{(key) => <SettingsNode path={[...props.path, key]} />}</For>
      </div>
      <For each={keys().filter((k) => isBranch(child(k)))}>{(key) => <SettingsNode path={[...props.path, key]} />}</For>
    </>
  );
  return (
    <Show when={!props.bare} fallback={<div data-field={keyOf(props.path)} classList={{ "group-invalid": !!error() }}>{body()}</div>}>
      <fieldset class="settings-group" data-field={keyOf(props.path)} classList={{ "group-invalid": !!error() }}>
        <legend>{label(props.pattern)}</legend>
        {body()}
      </fieldset>
    </Show>
  );
}

