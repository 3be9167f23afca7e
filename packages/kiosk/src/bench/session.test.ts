// @vitest-environment node
import { describe, expect, it } from "vitest";
import { confirm, forget, isDone, scanLocally, startSession, undoLocally } from "./session";
import { viewFixture } from "./manifest.fixture";

const RED = "6901234567892";
const SOCK = "6901234567908";

describe("parcel session", () => {
  it("counts a correct scan at once and keeps it pending until the API answers", () => {
    const start = startSession(viewFixture());
    const { session, verdict } = scanLocally(start, "S1", RED);
    expect(verdict).toMatchObject({ outcome: "correct", line: 0, lineComplete: false });
    expect(session.progress.counts).toEqual([1, 0]);
    expect(session.pending).toEqual([{ kind: "scan", scanId: "S1", code: RED }]);
  });

  it("leaves the progress alone on a rejected scan and does not replay it", () => {
    const start = startSession(viewFixture());
    const { session, verdict } = scanLocally(start, "S1", "1234567890128");
    expect(verdict.outcome).toBe("unknown_barcode");
    expect(session).toBe(start);
  });

  it("replays what is still unanswered on top of each answer, so the count never jumps back", () => {
    let session = startSession(viewFixture());
    session = scanLocally(session, "S1", RED).session;
    session = scanLocally(session, "S2", RED).session;
    session = scanLocally(session, "S3", SOCK).session;
    expect(session.progress.counts).toEqual([2, 1]);
    expect(isDone(session)).toBe(true);
    // The API has seen S1 only.
    session = confirm(session, "S1", { counts: [1, 0], units: [], history: [{ scanId: "S1", line: 0 }] });
    expect(session.progress.counts).toEqual([2, 1]);
    expect(session.pending.map((p) => p.scanId)).toEqual(["S2", "S3"]);
  });

  it("follows the API when it disagrees (e.g. it counted nothing for a scan)", () => {
    let session = startSession(viewFixture());
    session = scanLocally(session, "S1", RED).session;
    session = confirm(session, "S1", { counts: [0, 0], units: [], history: [] });
    expect(session.progress.counts).toEqual([0, 0]);
  });

  it("undoes the last accepted scan locally and queues the undo in order", () => {
    let session = startSession(viewFixture());
    session = scanLocally(session, "S1", RED).session;
    session = scanLocally(session, "S2", SOCK).session;
    const undone = undoLocally(session, "U1")!;
    expect(undone.line).toBe(1);
    expect(undone.session.progress.counts).toEqual([1, 0]);
    expect(undone.session.pending.map((p) => p.kind)).toEqual(["scan", "scan", "undo"]);
    expect(undoLocally(startSession(viewFixture()), "U2")).toBeUndefined();
  });

  it("drops a step the API refused outright", () => {
    let session = startSession(viewFixture());
    session = scanLocally(session, "S1", RED).session;
    session = forget(session, "S1");
    expect(session.progress.counts).toEqual([0, 0]);
    expect(session.pending).toEqual([]);
  });

  it("is done when a supervisor force-completed it, whatever the counts", () => {
    const forced = startSession({ ...viewFixture(), forced: { staffNo: "1020", name: "主管", reason: "条码损坏", at: "", missing: [] } });
    expect(isDone(forced)).toBe(true);
  });
});
