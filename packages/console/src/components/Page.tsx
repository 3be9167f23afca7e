import { Show, type JSX, type ParentProps } from "solid-js";

/** A page's title bar with its main actions on the right, then its content. */
export function Page(props: ParentProps<{ title: string; actions?: JSX.Element; class?: string }>) {
  return (
    <section class={`page ${props.class ?? ""}`}>
      <header class="page-header">
        <h1>{props.title}</h1>
        <Show when={props.actions}>
          <div class="page-actions">{props.actions}</div>
        </Show>
      </header>
      {props.children}
    </section>
  );
}
