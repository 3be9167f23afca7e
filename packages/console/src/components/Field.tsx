import { Show, type JSX, type ParentProps } from "solid-js";

/**
 * A labelled input. `invalid` outlines it (the API named this field); `message` explains below.
 * The input itself is the child, so any control fits.
 */
export function Field(props: ParentProps<{ label: string; invalid?: boolean; message?: string; hint?: string; class?: string }>) {
  return (
    <label class={`field ${props.invalid ? "field-invalid" : ""} ${props.class ?? ""}`}>
      <Show when={props.label}>
        <span class="field-label">{props.label}</span>
      </Show>
      {props.children}
      <Show when={props.message}>
        <span class="field-message">{props.message}</span>
      </Show>
      <Show when={!props.message && props.hint}>
        <span class="field-hint">{props.hint}</span>
      </Show>
    </label>
  );
}

export const inputValue = (event: Event) => (event.currentTarget as HTMLInputElement).value;

export type InputEvent = JSX.InputEventHandler<HTMLInputElement, globalThis.InputEvent>;
