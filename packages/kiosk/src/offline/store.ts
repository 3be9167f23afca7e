/**
 * Where queued calls wait while the API cannot be reached: IndexedDB, so that a reload, a crash or
 * a power cut of the kiosk loses nothing. Each store keeps whole items by `id` (the idempotency
 * key) and hands them back in the order they were queued (`seq`).
 */
export interface Queued {
  id: string;
  seq: number;
}

export interface QueueStore<T extends Queued> {
  load(): Promise<T[]>;
  put(item: T): Promise<void>;
  delete(id: string): Promise<void>;
}

const DB_NAME = "dianwu-kiosk";
const STORES = ["bench-outbox", "punch-outbox"] as const;
export type StoreName = (typeof STORES)[number];

let opened: Promise<IDBDatabase> | undefined;

function openDb(): Promise<IDBDatabase> {
  opened ??= new Promise((resolve, reject) => {
    const request = indexedDB.open(DB_NAME, 1);
    request.onupgradeneeded = () => {
      for (const name of STORES) {
        if (!request.result.objectStoreNames.contains(name)) request.result.createObjectStore(name, { keyPath: "id" });
      }
    };
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });
  return opened;
}

function done<R>(request: IDBRequest<R>): Promise<R> {
  return new Promise((resolve, reject) => {
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });
}

async function run<R>(name: StoreName, mode: IDBTransactionMode, fn: (store: IDBObjectStore) => IDBRequest<R>): Promise<R> {
  const db = await openDb();
  const tx = db.transaction(name, mode);
  const result = await done(fn(tx.objectStore(name)));
  // A write counts once its transaction committed, not when the request succeeded.
  if (mode === "readwrite") {
    await new Promise<void>((resolve, reject) => {
      tx.oncomplete = () => resolve();
      tx.onerror = () => reject(tx.error);
      tx.onabort = () => reject(tx.error);
    });
  }
  return result;
}

export function indexedDbStore<T extends Queued>(name: StoreName): QueueStore<T> {
  if (typeof indexedDB === "undefined") return memoryStore<T>();
  return {
    load: async () => ((await run(name, "readonly", (s) => s.getAll())) as T[]).sort((a, b) => a.seq - b.seq),
    put: async (item) => void (await run(name, "readwrite", (s) => s.put(item))),
    delete: async (id) => void (await run(name, "readwrite", (s) => s.delete(id))),
  };
}

/** For tests, and for a browser without IndexedDB (the queue then lasts until a reload). */
export function memoryStore<T extends Queued>(initial: T[] = []): QueueStore<T> {
  const items = new Map(initial.map((item) => [item.id, item]));
  return {
    load: async () => [...items.values()].sort((a, b) => a.seq - b.seq),
    put: async (item) => void items.set(item.id, structuredClone(item)),
    delete: async (id) => void items.delete(id),
  };
}

let lastSeq = 0;
/** Queue order across reloads: the time, made strictly increasing. */
export function nextSeq(now = Date.now()) {
  lastSeq = Math.max(lastSeq + 1, now * 1000);
  return lastSeq;
}
