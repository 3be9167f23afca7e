import { onCleanup, onMount, type ParentProps } from "solid-js";
import { Portal } from "solid-js/web";

/**
 * A modal dialog over the page. Esc or a click on the backdrop closes it; focus moves to the
 * first control marked `data-autofocus` (or the dialog) so the keyboard lands inside.
 */
export function Modal(props: ParentProps<{ title: string; onClose: () => void; labelledBy?: string }>) {
  let dialog!: HTMLDivElement;
  const onKey = (event: KeyboardEvent) => {
    if (event.key === "Escape") props.onClose();
  };
  onMount(() => {
    document.addEventListener("keydown", onKey);
    const target = dialog.querySelector<HTMLElement>("[data-autofocus]") ?? dialog;
    target.focus();
  });
  onCleanup(() => document.removeEventListener("keydown", onKey));
  return (
    <Portal>
      <div class="modal-backdrop" onClick={(e) => e.target === e.currentTarget && props.onClose()}>
        <div class="modal" role="dialog" aria-modal="true" aria-label={props.title} tabIndex={-1} ref={dialog}>
          <h2 class="modal-title">{props.title}</h2>
          {props.children}
        </div>
      </div>
    </Portal>
  );
}
