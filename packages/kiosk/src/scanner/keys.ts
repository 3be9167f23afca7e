import { GS } from "./machine";

/**
 * The key a keydown stands for, as the scanner machine reads keys; undefined for keys that are
 * never part of a code (shortcuts, IME composition).
 */
export function keyOf(event: KeyboardEvent): string | undefined {
  if (event.isComposing) return undefined;
  // Wedge scanners send the GS1 separator as Ctrl+] (ASCII 29 is Ctrl+] on a keyboard).
  if (event.ctrlKey && (event.key === "]" || event.code === "BracketRight")) return GS;
  if (event.ctrlKey || event.altKey || event.metaKey) return undefined;
  return event.key;
}
