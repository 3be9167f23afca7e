import { For, Show } from "solid-js";
import { Field } from "../../components/Field";
import { useI18n } from "../../i18n";
import { useSettingsForm } from "./form";
import { keyOf, type Path } from "./paths";
import { choicesFor, type Choice } from "./schema";

/**
 * A list of plain values: checkboxes when the values come from a fixed set (seller flags),
 * otherwise one text input with the values separated by commas (memo markers).
 */
export function ValueList(props: { path: Path; pattern: string; kind?: "string" | "number" }) {
  const i18n = useI18n();
  const form = useSettingsForm();
  const values = () => (form.get(props.path) as (string | number)[]) ?? [];
  const choices = () => choicesFor(props.pattern, form.doc);
  const error = () => form.errorAt(props.path) ?? form.errorsUnder(props.path)[0]?.[1];
  const label = (choice: Choice) => ("text" in choice.label ? choice.label.text : i18n.lookup(choice.label.key, String(choice.value)));
  const numeric = () => props.kind === "number" || values().some((v) => typeof v === "number");
  const commit = (next: (string | number)[]) => {
    form.clearServerError(props.path);
    form.set(props.path, next);
  };

  return (
    <Show
      when={choices()}
      fallback={
        <Field label="" invalid={!!error()} message={error()} hint={i18n.t("settings.commaSeparated")}>
          <input
            name={keyOf(props.path)}
            aria-invalid={!!error()}
            value={values().join(", ")}
            onChange={(e) => {
              const parts = e.currentTarget.value.split(/[,，、]/).map((part) => part.trim()).filter(Boolean);
              commit(numeric() ? parts.map(Number) : parts);
            }}
          />
        </Field>
      }
    >
      {(options) => (
        <div class="checkbox-row" data-field={keyOf(props.path)}>
          <For each={options()}>
            {(choice) => (
              <label class="checkbox">
                <input
                  type="checkbox"
                  name={keyOf(props.path)}
                  value={String(choice.value)}
                  checked={values().includes(choice.value)}
                  onChange={(e) =>
                    commit(e.currentTarget.checked ? [...values(), choice.value] : values().filter((v) => v !== choice.value))
                  }
                />
                {label(choice)}
              </label>
            )}
          </For>
          <Show when={error()}>
            <p class="field-message">{error()}</p>
          </Show>
        </div>
      )}
    </Show>
  );
}
