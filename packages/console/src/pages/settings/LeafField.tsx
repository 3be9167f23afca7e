import { For, Match, Show, Switch } from "solid-js";
import { Field } from "../../components/Field";
import { useI18n } from "../../i18n";
import { useSettingsForm } from "./form";
import { useSettingsLabel } from "./label";
import { fenToYuan, parseYuan } from "./money";
import { keyOf, type Path } from "./paths";
import { choicesFor, leafKind, type Choice } from "./schema";

/** One setting with its label and message: a checkbox, a choice, an amount in yuan, a number or text. */
export function LeafField(props: { path: Path; pattern: string }) {
  const form = useSettingsForm();
  const label = useSettingsLabel();
  const error = () => form.errorAt(props.path);
  const boolean = leafKind(props.pattern, form.get(props.path)) === "boolean";
  return (
    <Show
      when={!boolean}
      fallback={
        <label class="checkbox field" classList={{ "field-invalid": !!error() }}>
          <LeafInput path={props.path} pattern={props.pattern} />
          {label(props.pattern)}
        </label>
      }
    >
      <Field label={label(props.pattern)} invalid={!!error()} message={error()}>
        <LeafInput path={props.path} pattern={props.pattern} />
      </Field>
    </Show>
  );
}

/**
 * The control alone, for tables of small items (a shift's time segments) where the column
 * header is the label. Inputs commit on change and keep unparseable text visible with a message.
 */
export function LeafInput(props: { path: Path; pattern: string; label?: string }) {
  const i18n = useI18n();
  const { t } = i18n;
  const form = useSettingsForm();
  const name = keyOf(props.path);
  const value = () => form.get(props.path);
  const kind = leafKind(props.pattern, value());
  const invalid = () => !!form.errorAt(props.path);
  const choices = () => choicesFor(props.pattern, form.doc) ?? [];
  const choiceLabel = (choice: Choice) =>
    "text" in choice.label ? choice.label.text : i18n.lookup(choice.label.key, String(choice.value));
  const commit = (next: unknown) => {
    form.setLocalError(props.path, undefined);
    form.clearServerError(props.path);
    form.set(props.path, next);
  };

  return (
    <Switch>
      <Match when={kind === "boolean"}>
        <input type="checkbox" name={name} aria-label={props.label} checked={value() === true} onChange={(e) => commit(e.currentTarget.checked)} />
      </Match>
      <Match when={kind === "choice"}>
        <select
          name={name}
          aria-label={props.label}
          aria-invalid={invalid()}
          value={String(value())}
          onChange={(e) => commit(choices().find((choice) => String(choice.value) === e.currentTarget.value)?.value)}
        >
          <For each={choices()}>{(choice) => <option value={String(choice.value)}>{choiceLabel(choice)}</option>}</For>
        </select>
      </Match>
      <Match when={kind === "money"}>
        <span class="input-affix">
          <span aria-hidden="true">¥</span>
          <input
            name={name}
            inputmode="decimal"
            aria-label={props.label}
            aria-invalid={invalid()}
            value={fenToYuan(value() as number)}
            onChange={(e) => {
              const fen = parseYuan(e.currentTarget.value);
              if (fen === undefined) return form.setLocalError(props.path, t("settings.invalidMoney"));
              commit(fen);
              e.currentTarget.value = fenToYuan(fen);
            }}
          />
          <span>{t("settings.yuan")}</span>
        </span>
      </Match>
      <Match when={kind === "number"}>
        <input
          name={name}
          inputmode="decimal"
          aria-label={props.label}
          aria-invalid={invalid()}
          value={String(value())}
          onChange={(e) => {
            const text = e.currentTarget.value.trim();
            const number = Number(text);
            if (text === "" || !Number.isFinite(number)) return form.setLocalError(props.path, t("settings.invalidNumber"));
            commit(number);
          }}
        />
      </Match>
      <Match when={kind === "text"}>
        <input
          name={name}
          aria-label={props.label}
          aria-invalid={invalid()}
          value={String(value() ?? "")}
          onInput={(e) => commit(e.currentTarget.value)}
        />
      </Match>
    </Switch>
  );
}
