/**
 * Telling a barcode scanner from a person, from keystrokes alone. A keyboard-wedge scanner types
 * a whole code in a burst, a few milliseconds per key, and ends it with Enter or Tab; a person
 * is an order of magnitude slower. This module is pure (no DOM, no clock): it is fed
 * `{ key, at }` events and answers with the next state and, when a burst ends, the scan.
 */

/** The GS1 group separator (ASCII 29), which ends a variable-length field inside a GS1 code. */
export const GS = "\x1d";

export interface ScannerConfig {
  /** Keys further apart than this are a person typing, not a scanner (settings.packing). */
  maxInterKeyMs: number;
  /** Bursts shorter than this are not codes (a person can hit two keys fast by accident). */
  minLength: number;
  /** Scanners that cannot send GS are set up to send this instead; "" when not used. */
  gs1Substitute: string;
}

export interface KeyInput {
  /** A single character, "Enter", "Tab", or any other key name (Shift, F2…). */
  key: string;
  /** Milliseconds on any monotonic clock. */
  at: number;
}

export interface ScannerState {
  buffer: string;
  lastAt: number | undefined;
}

export interface Step {
  state: ScannerState;
  /** The finished scan, when this key ended one. */
  scan?: string;
  /** The key is part of a burst: the page should not act on it (no focus move, no typing). */
  swallow: boolean;
}

export const INITIAL: ScannerState = { buffer: "", lastAt: undefined };

const TERMINATORS = new Set(["Enter", "Tab"]);

/** Characters are one UTF-16 unit ("a", "7", GS); key names are longer ("Shift"). */
const isCharacter = (key: string) => key.length === 1;

/** The scan as the rest of the app sees it: every GS1 separator, raw or substituted, as GS. */
export function normalize(raw: string, config: ScannerConfig) {
  return config.gs1Substitute ? raw.split(config.gs1Substitute).join(GS) : raw;
}

export function step(state: ScannerState, input: KeyInput, config: ScannerConfig): Step {
  const fast = state.lastAt !== undefined && input.at - state.lastAt <= config.maxInterKeyMs;

  if (TERMINATORS.has(input.key)) {
    const complete = fast && state.buffer.length >= config.minLength;
    // Reset either way: the next key starts a new burst however soon it comes, so a scan that
    // follows right after another is never glued to it or lost.
    return complete ? { state: INITIAL, scan: normalize(state.buffer, config), swallow: true } : { state: INITIAL, swallow: false };
  }

  // Modifiers and other named keys neither belong to a burst nor break one (scanners press Shift
  // for capitals).
  if (!isCharacter(input.key)) return { state, swallow: false };

  // A slow key is a person: whatever was buffered was typing, and this key may start a burst.
  const buffer = fast ? state.buffer + input.key : input.key;
  return { state: { buffer, lastAt: input.at }, swallow: buffer.length > 1 };
}

/** Runs a whole sequence of keys; for tests and for replaying recorded input. */
export function scansOf(inputs: readonly KeyInput[], config: ScannerConfig): string[] {
  const scans: string[] = [];
  let state = INITIAL;
  for (const input of inputs) {
    const result = step(state, input, config);
    state = result.state;
    if (result.scan !== undefined) scans.push(result.scan);
  }
  return scans;
}
