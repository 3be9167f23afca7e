// @vitest-environment node
import { afterEach, describe, expect, it } from "vitest";
import { ApiError, networkProblem } from "../api/problem";
import { createOutbox } from "./outbox";
import { memoryStore, type Queued } from "./store";

interface Call extends Queued {
  token: string;
}

const tick = (ms = 0) => new Promise((resolve) => setTimeout(resolve, ms));
const call = (id: string, seq: number, token = "t1"): Call => ({ id, seq, token });
const problem = (status: number, code: string) => new ApiError({ type: "x", title: code, status, code });

/** An API the test switches between up, down and refusing. */
function fakeApi() {
  const received: string[] = [];
  const state = { up: true, refuse: new Map<string, ApiError>() };
  return {
    state,
    received,
    send: async (item: Call) => {
      if (!state.up) throw new ApiError(networkProblem());
      const refusal = state.refuse.get(item.id);
      received.push(`${item.id}:${item.token}`);
      if (refusal) throw refusal;
      return { id: item.id };
    },
    probe: async () => state.up,
  };
}

let stop: (() => void) | undefined;
afterEach(() => stop?.());

describe("outbox", () => {
  it("sends in order and answers each caller", async () => {
    const api = fakeApi();
    const outbox = createOutbox<Call>({ store: memoryStore(), ...api, retryMs: 5 });
    stop = outbox.stop;
    const results = await Promise.all([outbox.push(call("a", 1)), outbox.push(call("b", 2))]);
    expect(results).toEqual([
      { ok: true, value: { id: "a" } },
      { ok: true, value: { id: "b" } },
    ]);
    expect(api.received).toEqual(["a:t1", "b:t1"]);
    expect(outbox.count()).toBe(0);
  });

  it("keeps calls while the API is away and replays them once, in order, when it is back", async () => {
    const api = fakeApi();
    const store = memoryStore<Call>();
    const answered: string[] = [];
    const outbox = createOutbox<Call>({ store, ...api, retryMs: 5, onAnswer: (item) => answered.push(item.id) });
    stop = outbox.stop;
    api.state.up = false;
    expect(await outbox.push(call("a", 1))).toEqual({ queued: true });
    expect(await outbox.push(call("b", 2))).toEqual({ queued: true });
    expect(outbox.online()).toBe(false);
    expect(outbox.count()).toBe(2);
    expect((await store.load()).map((c) => c.id)).toEqual(["a", "b"]);

    api.state.up = true;
    await tick(30);
    expect(api.received).toEqual(["a:t1", "b:t1"]);
    expect(answered).toEqual(["a", "b"]);
    expect(outbox.online()).toBe(true);
    expect(outbox.count()).toBe(0);
    expect(await store.load()).toEqual([]);
  });

  it("drops a call the API refused (a 4xx is an answer) and goes on with the next", async () => {
    const api = fakeApi();
    api.state.refuse.set("a", problem(409, "bench.closed"));
    const outbox = createOutbox<Call>({ store: memoryStore(), ...api, retryMs: 5 });
    stop = outbox.stop;
    const first = await outbox.push(call("a", 1));
    expect(first).toMatchObject({ ok: false });
    expect((first as { error: ApiError }).error.code).toBe("bench.closed");
    expect(await outbox.push(call("b", 2))).toEqual({ ok: true, value: { id: "b" } });
  });

  it("sends what an earlier page left in the store first", async () => {
    const api = fakeApi();
    const store = memoryStore<Call>([call("old", 1)]);
    const outbox = createOutbox<Call>({ store, ...api, retryMs: 5 });
    stop = outbox.stop;
    await outbox.push(call("new", 2));
    expect(api.received).toEqual(["old:t1", "new:t1"]);
  });

  it("holds the queue when the worker's badge session ended, until resumed with a fresh token", async () => {
    const api = fakeApi();
    api.state.refuse.set("a", problem(401, "auth.badge"));
    const outbox = createOutbox<Call>({ store: memoryStore(), ...api, retryMs: 5 });
    stop = outbox.stop;
    expect(await outbox.push(call("a", 1))).toEqual({ queued: true });
    expect(outbox.held()).toBe(true);
    expect(outbox.count()).toBe(1);
    api.state.refuse.clear();
    await outbox.resume((item) => ({ ...item, token: "t2" }));
    await tick();
    expect(api.received).toEqual(["a:t1", "a:t2"]);
    expect(outbox.count()).toBe(0);
  });
});

describe("outbox replay flag", () => {
  it("tells the sender which calls were not sent at once", async () => {
    const api = fakeApi();
    const flags: string[] = [];
    const outbox = createOutbox<Call>({
      store: memoryStore(),
      probe: api.probe,
      retryMs: 5,
      send: (item, attempt) => {
        flags.push(`${item.id}:${attempt.replay}`);
        return api.send(item);
      },
    });
    stop = outbox.stop;
    await outbox.push(call("live", 1));
    api.state.up = false;
    await outbox.push(call("lost", 2));
    await outbox.push(call("later", 3));
    api.state.up = true;
    await tick(30);
    expect(flags).toEqual(["live:false", "lost:false", "lost:true", "later:true"]);
  });
});
