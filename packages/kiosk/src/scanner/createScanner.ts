import { getOwner, onCleanup } from "solid-js";
import { keyOf } from "./keys";
import { INITIAL, step, type ScannerConfig } from "./machine";
import { createScanQueue } from "./queue";

export interface ScannerOptions {
  /** Read on every key, so new settings from the API apply at once. */
  config: () => ScannerConfig;
  /** Called once per scan, never two at a time; a returned promise is awaited before the next. */
  onScan: (code: string) => unknown;
  /** Where keys are listened for; the document by default, so focus does not matter. */
  target?: Pick<Document, "addEventListener" | "removeEventListener">;
  /** When a key happened; the event's own timestamp by default (not when it was handled). */
  timeOf?: (event: KeyboardEvent) => number;
}

/**
 * Listens for a keyboard-wedge scanner anywhere on the page. Inside a Solid component it stops
 * with the component; elsewhere call `stop()`.
 */
export function createScanner(options: ScannerOptions) {
  const target = options.target ?? document;
  const timeOf = options.timeOf ?? ((event: KeyboardEvent) => event.timeStamp);
  const queue = createScanQueue(options.onScan);
  let state = INITIAL;

  const onKeyDown = (event: Event) => {
    const keyboard = event as KeyboardEvent;
    const key = keyOf(keyboard);
    if (key === undefined) return;
    const result = step(state, { key, at: timeOf(keyboard) }, options.config());
    state = result.state;
    if (result.swallow) keyboard.preventDefault();
    if (result.scan !== undefined) queue.push(result.scan);
  };

  // Capture phase: the scanner sees keys before any focused control can stop them.
  target.addEventListener("keydown", onKeyDown, { capture: true });
  const stop = () => target.removeEventListener("keydown", onKeyDown, { capture: true });
  if (getOwner()) onCleanup(stop);
  return { stop, pending: queue.pending };
}
