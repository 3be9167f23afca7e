import { createRoot } from "solid-js";
import { describe, expect, it } from "vitest";
import type { Page } from "../api/types";
import { createPagedList } from "./paged";

describe("createPagedList", () => {
  it("passes the cursor back for the next page and stops when it is null", async () => {
    const pages: Record<string, Page<number>> = { start: { items: [1, 2], cursor: "c2" }, c2: { items: [3], cursor: null } };
    const asked: (string | null)[] = [];
    await createRoot(async (dispose) => {
      const list = createPagedList(async (cursor) => {
        asked.push(cursor);
        return pages[cursor ?? "start"]!;
      });
      await list.reset();
      expect(list.items()).toEqual([1, 2]);
      expect(list.hasMore()).toBe(true);
      await list.more();
      expect(list.items()).toEqual([1, 2, 3]);
      expect(list.hasMore()).toBe(false);
      dispose();
    });
    expect(asked).toEqual([null, "c2"]);
  });

  it("drops a page that arrives after a newer reset", async () => {
    await createRoot(async (dispose) => {
      let release!: (page: Page<string>) => void;
      let calls = 0;
      const list = createPagedList<string>((): Promise<Page<string>> => {
        calls++;
        return calls === 1 ? new Promise((resolve) => (release = resolve)) : Promise.resolve({ items: ["new"], cursor: null });
      });
      const stale = list.reset();
      await list.reset();
      release({ items: ["old"], cursor: "x" });
      await stale;
      expect(list.items()).toEqual(["new"]);
      expect(list.hasMore()).toBe(false);
      dispose();
    });
  });
});
