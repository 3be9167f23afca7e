import { createSignal, For, Show } from "solid-js";
import { useI18n } from "../../i18n";
import { useSettingsForm } from "./form";
import { useSettingsLabel } from "./label";
import { LeafInput } from "./LeafField";
import { keyOf, type Path } from "./paths";
import { RECORDS } from "./schema";
import { isBranch, SettingsNode } from "./SettingsNode";

/**
 * A map whose keys the manager picks (a department, a date). Entries that are single values
 * are table rows; entries that are groups (a department's weights) get a block each.
 */
export function RecordNode(props: { path: Path; pattern: string }) {
  const i18n = useI18n();
  const form = useSettingsForm();
  const label = useSettingsLabel();
  const spec = RECORDS[props.pattern]!;
  const keys = () => Object.keys((form.get(props.path) as object) ?? {}).sort();
  const keyName = (key: string) => (spec.keyLabel ? i18n.lookup(spec.keyLabel(key), key) : key);
  const unused = () => (spec.keys === "date" ? [] : spec.keys.filter((k) => !keys().includes(k)));
  const [adding, setAdding] = createSignal("");
  const error = () => form.errorAt(props.path);
  const entryPattern = `${props.pattern}.*`;
  const add = () => {
    if (!adding() || keys().includes(adding())) return;
    form.set([...props.path, adding()], spec.template(form.snapshot(), adding()));
    setAdding("");
  };
  const removeButton = (key: string) => (
    <button type="button" class="button-link button-danger-link" onClick={() => form.remove([...props.path, key])}>
      {i18n.t("common.remove")}
    </button>
  );

  return (
    <fieldset class="settings-group settings-list" data-field={keyOf(props.path)} classList={{ "group-invalid": !!error() }}>
      <legend>{label(props.pattern)}</legend>
      <Show when={error()}>
        <p class="field-message">{error()}</p>
      </Show>
      <Show when={keys().length > 0} fallback={<p class="muted">{i18n.t("settings.noEntries")}</p>}>
        <For each={keys()}>
          {(key) => (
            <Show
              when={isBranch(form.get([...props.path, key]))}
              fallback={
                <div class="record-row">
                  <span class="record-key">{keyName(key)}</span>
                  <LeafInput path={[...props.path, key]} pattern={entryPattern} label={keyName(key)} />
                  {removeButton(key)}
                </div>
              }
            >
              <div class="settings-item">
                <div class="settings-item-header">
                  <span class="settings-item-title">{keyName(key)}</span>
                  {removeButton(key)}
                </div>
                <SettingsNode path={[...props.path, key]} bare />
              </div>
            </Show>
          )}
        </For>
      </Show>
      <div class="form-row record-add">
        <Show
          when={spec.keys !== "date"}
          fallback={<input type="date" value={adding()} onInput={(e) => setAdding(e.currentTarget.value)} aria-label={i18n.t("settings.addEntry")} />}
        >
          <Show when={unused().length > 0}>
            <select value={adding()} onChange={(e) => setAdding(e.currentTarget.value)} aria-label={i18n.t("settings.addEntry")}>
              <option value="">{i18n.t("settings.chooseEntry")}</option>
              <For each={unused()}>{(key) => <option value={key}>{keyName(key)}</option>}</For>
            </select>
          </Show>
        </Show>
        <Show when={spec.keys === "date" || unused().length > 0}>
          <button type="button" class="button-small" disabled={!adding() || keys().includes(adding())} onClick={add}>
            {i18n.t("settings.addEntry")}
          </button>
        </Show>
      </div>
    </fieldset>
  );
}
