/**
 * A small time-boxed memo for answers that may be a little stale: device and session validity.
 * The TTL is the promise we make about revocation ("stops within a minute"), so keep it short.
 */
export function ttlCache<K, V>(ttlMs: number, maxEntries = 5_000) {
  const entries = new Map<K, { value: V; until: number }>();
  return {
    async get(key: K, load: () => Promise<V>): Promise<V> {
      const hit = entries.get(key);
      const now = Date.now();
      if (hit && hit.until > now) return hit.value;
      const value = await load();
      if (entries.size >= maxEntries) entries.delete(entries.keys().next().value as K);
      entries.set(key, { value, until: now + ttlMs });
      return value;
    },
    delete(key: K) {
      entries.delete(key);
    },
    clear() {
      entries.clear();
    },
  };
}
