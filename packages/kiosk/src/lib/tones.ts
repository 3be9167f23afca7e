import { createSignal } from "solid-js";

export type ToneName = "ok" | "error" | "alarm";

interface Note {
  frequency: number;
  /** Seconds. */
  duration: number;
  type: OscillatorType;
  /** Seconds after the tone starts. */
  at: number;
}

/**
 * The bench's sounds: a short high beep for a good scan, a longer low buzz for a mistake (heard,
 * and told apart, without looking), a rising-falling alarm for an intercept or a swapped label.
 */
const TONES: Record<ToneName, Note[]> = {
  ok: [{ frequency: 1320, duration: 0.07, type: "sine", at: 0 }],
  error: [
    { frequency: 220, duration: 0.25, type: "square", at: 0 },
    { frequency: 180, duration: 0.35, type: "square", at: 0.3 },
  ],
  alarm: [0, 0.3, 0.6, 0.9].map((at, i) => ({ frequency: i % 2 ? 440 : 880, duration: 0.25, type: "sawtooth" as OscillatorType, at })),
};

/**
 * Plays tones through WebAudio (no files to load, nothing to fetch offline). A browser that
 * refuses audio (no device, no user gesture yet) stays silent rather than failing the scan. The
 * last tone is kept as a signal so the screen can expose it (`data-tone`) for tests.
 */
export function createTones() {
  let context: AudioContext | undefined;
  const [last, setLast] = createSignal<{ name: ToneName; count: number }>();

  function audio() {
    if (typeof AudioContext === "undefined") return undefined;
    context ??= new AudioContext();
    if (context.state === "suspended") void context.resume().catch(() => undefined);
    return context;
  }

  function play(name: ToneName) {
    setLast((previous) => ({ name, count: (previous?.count ?? 0) + 1 }));
    try {
      const ctx = audio();
      if (!ctx) return;
      const start = ctx.currentTime;
      for (const note of TONES[name]) {
        const oscillator = ctx.createOscillator();
        const gain = ctx.createGain();
        oscillator.type = note.type;
        oscillator.frequency.value = note.frequency;
        // A short fade in and out: no clicks.
        gain.gain.setValueAtTime(0, start + note.at);
        gain.gain.linearRampToValueAtTime(0.4, start + note.at + 0.01);
        gain.gain.linearRampToValueAtTime(0, start + note.at + note.duration);
        oscillator.connect(gain).connect(ctx.destination);
        oscillator.start(start + note.at);
        oscillator.stop(start + note.at + note.duration + 0.02);
      }
    } catch {
      // No sound is better than a lost scan.
    }
  }

  return { play, last };
}
