import { createSignal, onCleanup } from "solid-js";

/**
 * A read that refreshes itself every `everyMs` while the page is open ("live" without a push
 * channel). A failed refresh keeps the last good answer on screen and says so, instead of
 * blanking a dashboard someone is watching; the next tick tries again.
 */
export function createLive<K, T>(key: () => K, fetch: (key: K) => Promise<T>, everyMs: number) {
  const [value, setValue] = createSignal<T>();
  const [error, setError] = createSignal<unknown>();
  const [loading, setLoading] = createSignal(false);
  let generation = 0;
  let inFlight = false;

  async function load(fresh = false) {
    if (inFlight && !fresh) return;
    const mine = fresh ? ++generation : generation;
    if (fresh) setValue(undefined);
    inFlight = true;
    setLoading(true);
    try {
      const next = await fetch(key());
      if (mine === generation) {
        setValue(() => next);
        setError(undefined);
      }
    } catch (caught) {
      if (mine === generation) setError(caught);
    } finally {
      if (mine === generation) {
        inFlight = false;
        setLoading(false);
      }
    }
  }

  const timer = setInterval(() => {
    if (typeof document === "undefined" || document.visibilityState !== "hidden") void load();
  }, everyMs);
  onCleanup(() => clearInterval(timer));

  return { value, error, loading, load, reset: () => load(true) };
}
