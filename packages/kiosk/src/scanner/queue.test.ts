// @vitest-environment node
import { describe, expect, it } from "vitest";
import { createScanQueue } from "./queue";

const tick = () => new Promise((resolve) => setTimeout(resolve, 0));

describe("scan queue", () => {
  it("handles scans one at a time, in order, none dropped while one is in flight", async () => {
    const log: string[] = [];
    const releases: (() => void)[] = [];
    const queue = createScanQueue(
      (scan) =>
        new Promise<void>((resolve) => {
          log.push(`start ${scan}`);
          releases.push(() => {
            log.push(`end ${scan}`);
            resolve();
          });
        }),
    );
    queue.push("A");
    queue.push("B");
    queue.push("C");
    await tick();
    expect(log).toEqual(["start A"]);
    expect(queue.pending()).toBe(3);
    releases.shift()!();
    await tick();
    releases.shift()!();
    await tick();
    releases.shift()!();
    await tick();
    expect(log).toEqual(["start A", "end A", "start B", "end B", "start C", "end C"]);
    expect(queue.pending()).toBe(0);
  });

  it("goes on after a handler fails", async () => {
    const handled: string[] = [];
    const errors: unknown[] = [];
    const queue = createScanQueue(
      (scan) => {
        if (scan === "bad") throw new Error("boom");
        handled.push(scan);
      },
      (error) => errors.push(error),
    );
    queue.push("bad");
    queue.push("good");
    await tick();
    expect(handled).toEqual(["good"]);
    expect(errors).toHaveLength(1);
  });
});
