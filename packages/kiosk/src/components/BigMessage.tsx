import { Show } from "solid-js";

/** One message filling the screen: readable from a step away. */
export function BigMessage(props: { title: string; hint?: string; testId?: string; role?: "alert" | "status" }) {
  return (
    <section class="big-message" data-testid={props.testId} role={props.role ?? "status"}>
      <h1>{props.title}</h1>
      <Show when={props.hint}>
        <p>{props.hint}</p>
      </Show>
    </section>
  );
}
