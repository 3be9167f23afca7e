import { For } from "solid-js";

/** One choice out of a few, as a row of buttons (a radio group underneath, for the keyboard). */
export function Segmented<T extends string>(props: { name: string; label: string; options: readonly T[]; value: T; onChange: (value: T) => void; text: (value: T) => string }) {
  return (
    <div class="segmented" role="radiogroup" aria-label={props.label}>
      <For each={props.options}>
        {(option) => (
          <label class="segmented-option" classList={{ active: props.value === option }} data-value={option}>
            <input type="radio" name={props.name} value={option} checked={props.value === option} onChange={() => props.onChange(option)} />
            {props.text(option)}
          </label>
        )}
      </For>
    </div>
  );
}
