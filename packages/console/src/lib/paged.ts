import { createSignal } from "solid-js";
import type { Page } from "../api/types";

/**
 * A list read page by page with the API's cursor. `reset` starts over (new filter); `more`
 * appends the next page. A reset while a page is in flight wins: the stale page is dropped.
 */
export function createPagedList<T>(fetchPage: (cursor: string | null) => Promise<Page<T>>) {
  const [items, setItems] = createSignal<T[]>([]);
  const [cursor, setCursor] = createSignal<string | null>(null);
  const [loading, setLoading] = createSignal(false);
  const [loaded, setLoaded] = createSignal(false);
  const [error, setError] = createSignal<unknown>();
  let generation = 0;

  async function load(from: string | null, append: boolean) {
    const mine = ++generation;
    setLoading(true);
    setError(undefined);
    try {
      const page = await fetchPage(from);
      if (mine !== generation) return;
      setItems((current) => (append ? [...current, ...page.items] : page.items));
      setCursor(page.cursor);
      setLoaded(true);
    } catch (caught) {
      if (mine === generation) setError(caught);
    } finally {
      if (mine === generation) setLoading(false);
    }
  }

  return {
    items,
    loading,
    loaded,
    error,
    hasMore: () => cursor() !== null,
    reset: () => {
      setItems([]);
      setCursor(null);
      setLoaded(false);
      return load(null, false);
    },
    more: () => load(cursor(), true),
    /** Takes an item out locally after an action on it succeeded (no refetch needed). */
    remove: (predicate: (item: T) => boolean) => setItems((current) => current.filter((item) => !predicate(item))),
  };
}
