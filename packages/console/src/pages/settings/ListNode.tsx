import { For, Index, Show } from "solid-js";
import { useI18n } from "../../i18n";
import { useSettingsForm } from "./form";
import { useSettingsLabel } from "./label";
import { LeafInput } from "./LeafField";
import { keyOf, type Path } from "./paths";
import { FOLDED_LISTS, ITEM_TEMPLATES, VALUE_LISTS } from "./schema";
import { isBranch, SettingsNode } from "./SettingsNode";
import { ValueList } from "./ValueList";

/** A list the manager can grow and shrink when the schema gives a template for new items. */
export function ListNode(props: { path: Path; pattern: string }) {
  const { t } = useI18n();
  const form = useSettingsForm();
  const label = useSettingsLabel();
  const template = ITEM_TEMPLATES[props.pattern];
  const items = () => (form.get(props.path) as unknown[]) ?? [];
  // Items of a few plain values (a shift's time segments) fit one table row each.
  const flat = () => items().length > 0 && items().every((item) => isBranch(item) && !Object.values(item as object).some(isBranch));
  // Plain values (memo markers, flag numbers) are edited as one control, not item by item.
  const values = () => props.pattern in VALUE_LISTS || (items().length > 0 && items().every((item) => !isBranch(item)));
  const removable = () => !!template && items().length > 1;
  const remove = (index: number) => form.update<unknown[]>(props.path, (list) => list.filter((_, i) => i !== index));
  const error = () => form.errorAt(props.path);

  return (
    <fieldset class="settings-group settings-list" data-field={keyOf(props.path)} classList={{ "group-invalid": !!error() }}>
      <legend>{label(props.pattern)}</legend>
      <Show when={error()}>
        <p class="field-message">{error()}</p>
      </Show>
      <Show when={!values()} fallback={<ValueList path={props.path} pattern={props.pattern} kind={VALUE_LISTS[props.pattern]} />}>
        <Show
          when={flat()}
          fallback={
            /* Index, not For: items are matched by position, so typing in one never re-creates it. */
            <Index each={items()}>
              {(item, index) => (
                <ListItem
                  path={[...props.path, index]}
                  pattern={props.pattern}
                  item={item()}
                  index={index}
                  onRemove={removable() ? () => remove(index) : undefined}
                />
              )}
            </Index>
          }
        >
          <FlatTable path={props.path} pattern={props.pattern} items={items()} onRemove={removable() ? remove : undefined} />
        </Show>
      </Show>
      <Show when={template}>
        {(make) => (
          <button type="button" class="button-small" onClick={() => form.update<unknown[]>(props.path, (list) => [...list, make()()])}>
            {t("settings.addItem", { item: label(`${props.pattern}.*`) })}
          </button>
        )}
      </Show>
    </fieldset>
  );
}

/** A long item (a timetable): folded to one summary line unless opened or holding a problem. */
function ListItem(props: { path: Path; pattern: string; item: unknown; index: number; onRemove?: () => void }) {
  const { t } = useI18n();
  const form = useSettingsForm();
  const summary = FOLDED_LISTS[props.pattern];
  const title = () => {
    const name = isBranch(props.item) ? (props.item as { name?: unknown }).name : undefined;
    return typeof name === "string" && name ? name : `#${props.index + 1}`;
  };
  const removeButton = () => (
    <Show when={props.onRemove}>
      <button
        type="button"
        class="button-link button-danger-link"
        onClick={(e) => {
          e.preventDefault();
          props.onRemove?.();
        }}
      >
        {t("common.remove")}
      </button>
    </Show>
  );
  return (
    <Show
      when={summary}
      fallback={
        <div class="settings-item">
          <div class="settings-item-header">
            <span class="settings-item-title">{title()}</span>
            {removeButton()}
          </div>
          <SettingsNode path={props.path} bare />
        </div>
      }
    >
      {(describe) => (
        <details class="settings-item settings-fold" open={form.hasErrorUnder(props.path)}>
          <summary class="settings-item-header">
            <span class="settings-item-title">{title()}</span>
            <span class="muted settings-item-summary">{describe()(props.item)}</span>
            {removeButton()}
          </summary>
          <SettingsNode path={props.path} bare />
        </details>
      )}
    </Show>
  );
}

/** Small items as table rows, the column header being the label. */
function FlatTable(props: { path: Path; pattern: string; items: unknown[]; onRemove?: (index: number) => void }) {
  const { t } = useI18n();
  const form = useSettingsForm();
  const label = useSettingsLabel();
  const columns = () => Object.keys((props.items[0] as object) ?? {});
  const column = (key: string) => `${props.pattern}.*.${key}`;
  return (
    <>
      <table class="table table-compact">
        <thead>
          <tr>
            <For each={columns()}>{(key) => <th>{label(column(key))}</th>}</For>
            <th class="col-actions" />
          </tr>
        </thead>
        <tbody>
          <Index each={props.items}>
            {(_, index) => (
              <tr>
                <For each={columns()}>
                  {(key) => (
                    <td>
                      <LeafInput path={[...props.path, index, key]} pattern={column(key)} label={label(column(key))} />
                    </td>
                  )}
                </For>
                <td class="col-actions">
                  <Show when={props.onRemove}>
                    <button type="button" class="button-link button-danger-link" onClick={() => props.onRemove?.(index)}>
                      {t("common.remove")}
                    </button>
                  </Show>
                </td>
              </tr>
            )}
          </Index>
        </tbody>
      </table>
      <For each={form.errorsUnder(props.path)}>
        {([key, message]) => (
          <p class="field-message">
            {key.slice(keyOf(props.path).length + 1)}: {message}
          </p>
        )}
      </For>
    </>
  );
}

