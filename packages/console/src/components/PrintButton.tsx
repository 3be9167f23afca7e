import type { JSX } from "solid-js";

/** "Print": the browser's print dialog; the button itself never prints (no-print). */
export function PrintButton(props: { children: JSX.Element; class?: string }) {
  return (
    <button type="button" class={`no-print ${props.class ?? ""}`.trim()} onClick={() => window.print()}>
      {props.children}
    </button>
  );
}
