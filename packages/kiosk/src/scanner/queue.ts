/**
 * Scans handled one at a time, in the order they arrived. A worker scans the next item while the
 * previous lookup is still on the wire; that scan waits here instead of being dropped or raced.
 */
export function createScanQueue(handle: (scan: string) => unknown, onError: (error: unknown) => void = console.error) {
  const waiting: string[] = [];
  let running = false;

  async function drain() {
    if (running) return;
    running = true;
    try {
      while (waiting.length > 0) {
        const next = waiting.shift()!;
        try {
          await handle(next);
        } catch (error) {
          // One failed scan must not stop the ones behind it.
          onError(error);
        }
      }
    } finally {
      running = false;
    }
  }

  return {
    push(scan: string) {
      waiting.push(scan);
      void drain();
    },
    /** Scans not yet finished, the one in hand included. */
    pending: () => waiting.length + (running ? 1 : 0),
  };
}
