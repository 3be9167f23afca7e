import { beforeAll, describe, expect, it } from "vitest";
import { withActor } from "@dianwu/core/actor";
import { Audit } from "@dianwu/core/audit";
import { Bus, type Envelope } from "@dianwu/core/bus";
import { Parcel } from "@dianwu/core/packing";
import { BenchScanEntity, BenchSessionEntity } from "@dianwu/core/packing/bench";
import { Stock } from "@dianwu/core/warehouse";
import { createApi } from "@dianwu/functions/http/app";
import { createHotApi } from "@dianwu/functions/hot/app";
import { benchSku, packerAt, piecesOf, readyParcel, scanId } from "@dianwu/local/testing/bench";
import { client } from "@dianwu/local/testing/http";
import { useTestTable } from "@dianwu/local/testing/table";
import { makeBadge, makeStaff, SYSTEM } from "@dianwu/local/testing/factories";

const app = createApi();
const published: Envelope[] = [];

beforeAll(async () => {
  const { bus } = await useTestTable();
  Bus.setTransport(async (events) => {
    published.push(...events);
    events.forEach(bus.deliver);
  });
});

describe("the happy path", () => {
  it("opens by label, shows the manifest, verifies every piece, closes with the label in one transaction", async () => {
    const packer = await packerAt(["packer"], app);
    const ready = await readyParcel({ lines: [{ quantity: 2 }, { quantity: 1 }], memo: "#1011 送赠品袜子", buyerMessage: "请尽快发货" });
    const { parcelId } = ready.parcel;
    const [first, second] = ready.lines;

    const opened = await packer.open(`${ready.waybill.slice(0, 5)} ${ready.waybill.slice(5)}`);
    expect(opened.status, opened.text).toBe(200);
    expect(opened.json).toMatchObject({
      parcelId,
      bench: { id: packer.device.deviceId },
      packer: { staffNo: packer.staff.staffNo },
      resumed: false,
      complete: false,
      forced: null,
      intercept: null,
      progress: { counts: [0, 0], units: [], history: [] },
    });
    const manifest = opened.json.manifest;
    expect(manifest.lines.map((l: { skuId: string; quantity: number; barcodes: string[]; bin: string }) => [l.skuId, l.quantity, l.barcodes.includes(l.skuId === first!.sku.skuId ? first!.sku.barcode : second!.sku.barcode), l.bin])).toEqual([
      [first!.sku.skuId, 2, true, first!.sku.homeBin],
      [second!.sku.skuId, 1, true, second!.sku.homeBin],
    ]);
    expect(manifest.notes).toEqual([{ tid: ready.tid, buyerMessage: "请尽快发货", sellerMemo: "#1011 送赠品袜子" }]);
    expect(manifest.remarks).toContain("memo-mentions-gift");
    expect(manifest.expectedLabels).toEqual([ready.waybill]);
    expect(manifest.waybill).toMatchObject({ number: ready.waybill, carrier: "SF", carrierName: "顺丰速运" });
    expect((await Parcel.mustFromId(parcelId)).state).toBe("picking");

    const answers = [];
    for (const code of piecesOf(ready)) answers.push((await packer.scan(parcelId, code)).json);
    expect(answers.map((a) => [a.outcome, a.accepted, a.line, a.lineComplete, a.complete])).toEqual([
      ["correct", true, 0, false, false],
      ["correct", true, 0, true, false],
      ["correct", true, 1, true, true],
    ]);
    expect(answers[2].progress.counts).toEqual([2, 1]);
    expect(answers[0].scanned).toMatchObject({ code: first!.sku.barcode, skuId: first!.sku.skuId });

    const closed = await packer.close(parcelId, ready.waybill);
    expect(closed.status, closed.text).toBe(200);
    expect(closed.json).toMatchObject({ parcelId, state: "packed", replayed: false });
    expect(closed.json.slip).toMatchObject({
      parcelId,
      tids: [ready.tid],
      receiver: { name: "张三", mobile: "138****8000" },
      waybill: { number: ready.waybill },
      totalUnits: 3,
      packedBy: packer.staff.staffNo,
      lines: [
        { line: 0, quantity: 2, bins: [{ binCode: first!.sku.homeBin, qty: 2 }] },
        { line: 1, quantity: 1, bins: [{ binCode: second!.sku.homeBin, qty: 1 }] },
      ],
    });

    // One transaction: parcel packed, stock issued from the card signed by the packer, reservations issued.
    expect((await Parcel.mustFromId(parcelId)).state).toBe("packed");
    const card = await Stock.card(first!.sku.skuId, first!.sku.homeBin);
    expect(card.items[0]).toMatchObject({ type: "issue", qty: -2, balanceAfter: 0, signedBy: packer.staff.staffNo, deviceId: packer.device.deviceId, document: { type: "parcel", id: parcelId } });
    expect((await Stock.check(first!.sku.skuId, first!.sku.homeBin)).consistent).toBe(true);
    expect((await Stock.reservations(parcelId)).map((r) => r.state)).toEqual(["issued", "issued"]);
    const audit = await Audit.byTarget({ type: "parcel", id: parcelId });
    expect(audit.items.map((a) => a.action)).toContain("parcel.packed");
    expect(published.filter((e) => e["detail-type"] === "packing.parcel-packed" && (e.detail as { parcelId: string }).parcelId === parcelId)).toHaveLength(1);

    const slip = await packer.get(`/api/bench/parcels/${parcelId}/slip`);
    expect(slip.json).toEqual(closed.json.slip);
    const again = await packer.open(ready.waybill);
    expect(again.status).toBe(409);
    expect(again.json.code).toBe("parcel.already-packed");
  }, 90_000);

  it("opens by order number and by parcel code; resumes at the same bench; an unknown code is a 404", async () => {
    const packer = await packerAt(["packer"], app);
    const ready = await readyParcel();
    const byOrder = await packer.open(ready.tid);
    expect(byOrder.status, byOrder.text).toBe(200);
    await packer.scan(ready.parcel.parcelId, ready.lines[0]!.sku.barcode);
    const byCode = await packer.open(ready.parcel.parcelId.toLowerCase());
    expect(byCode.json).toMatchObject({ parcelId: ready.parcel.parcelId, resumed: true, progress: { counts: [1] } });
    const unknown = await packer.open("NO-SUCH-THING");
    expect(unknown.status).toBe(404);
    expect(unknown.json).toMatchObject({ code: "bench.not-found", type: "urn:dianwu:problem:bench.not-found" });
  }, 90_000);

  it("refuses parcels that are not ready: pending (no stock held) and unlabelled ones close only with a label", async () => {
    const packer = await packerAt(["packer"], app);
    const pending = await readyParcel({ allocate: false });
    const refused = await packer.open(pending.waybill);
    expect(refused.status).toBe(409);
    expect(refused.json.code).toBe("parcel.not-allocated");

    const unlabelled = await readyParcel({ label: false });
    const opened = await packer.open(unlabelled.parcel.parcelId);
    expect(opened.status).toBe(200);
    expect(opened.json.manifest.remarks).toContain("no-waybill");
    for (const code of piecesOf(unlabelled)) await packer.scan(unlabelled.parcel.parcelId, code);
    const close = await packer.close(unlabelled.parcel.parcelId, "SF1385628716739");
    expect(close.status).toBe(409);
    expect(close.json.code).toBe("parcel.no-waybill");
  }, 90_000);
});

describe("every scan answers at once", () => {
  it("wrong item, unknown barcode and too many are rejected without changing the progress", async () => {
    const packer = await packerAt(["packer"], app);
    const ready = await readyParcel({ lines: [{ quantity: 1 }] });
    const stranger = await benchSku({ colour: "蓝色", size: "XL" });
    const { parcelId } = ready.parcel;
    await packer.open(ready.waybill);

    const wrong = (await packer.scan(parcelId, stranger.barcode)).json;
    expect(wrong).toMatchObject({ accepted: false, outcome: "wrong_item", line: null, scanned: { skuId: stranger.skuId, colour: "蓝色", size: "XL" }, progress: { counts: [0] } });
    expect(wrong.expected).toEqual([expect.objectContaining({ line: 0, remaining: 1 })]);
    const unknown = (await packer.scan(parcelId, "6900000000000")).json;
    expect(unknown).toMatchObject({ accepted: false, outcome: "unknown_barcode", scanned: { code: "6900000000000" } });

    expect((await packer.scan(parcelId, ready.lines[0]!.sku.barcode)).json.complete).toBe(true);
    const tooMany = (await packer.scan(parcelId, ready.lines[0]!.sku.barcode)).json;
    expect(tooMany).toMatchObject({ accepted: false, outcome: "too_many", line: 0, progress: { counts: [1] }, complete: true });
    const label = (await packer.scan(parcelId, ready.waybill)).json;
    expect(label).toMatchObject({ accepted: false, outcome: "waybill_label" });
  }, 90_000);

  it("unique codes: each unit counts once, the shared barcode is refused", async () => {
    const packer = await packerAt(["packer"], app);
    const ready = await readyParcel({ lines: [{ quantity: 2, uniqueCodes: true }] });
    const { parcelId } = ready.parcel;
    const [u1, u2] = ready.lines[0]!.sku.units;
    await packer.open(ready.waybill);
    expect((await packer.scan(parcelId, ready.lines[0]!.sku.barcode)).json.outcome).toBe("unit_code_required");
    expect((await packer.scan(parcelId, u1!.toLowerCase())).json).toMatchObject({ outcome: "correct", scanned: { unit: u1 } });
    expect((await packer.scan(parcelId, u1!)).json).toMatchObject({ outcome: "unit_already_scanned", progress: { counts: [1], units: [u1] } });
    expect((await packer.scan(parcelId, u2!)).json).toMatchObject({ outcome: "correct", complete: true, progress: { units: [u1, u2] } });
  }, 90_000);

  it("undo takes back the last accepted scan; with nothing to undo it says so", async () => {
    const packer = await packerAt(["packer"], app);
    const ready = await readyParcel({ lines: [{ quantity: 2 }] });
    const { parcelId } = ready.parcel;
    await packer.open(ready.waybill);
    const key = scanId();
    const scanned = await packer.scan(parcelId, ready.lines[0]!.sku.barcode, key);
    const undo = await packer.post(`/api/bench/parcels/${parcelId}/undo`, { scanId: scanId() });
    expect(undo.status, undo.text).toBe(200);
    expect(undo.json).toMatchObject({ undone: { scanId: key, line: 0 }, progress: { counts: [0], history: [] }, complete: false });
    expect(scanned.json.progress.counts).toEqual([1]);
    const nothing = await packer.post(`/api/bench/parcels/${parcelId}/undo`, { scanId: scanId() });
    expect(nothing.status).toBe(409);
    expect(nothing.json.code).toBe("bench.nothing-to-undo");
  }, 90_000);
});

describe("exactly once", () => {
  it("a scan, an undo and a close sent twice apply once and answer the first answer again", async () => {
    const packer = await packerAt(["packer"], app);
    const ready = await readyParcel({ lines: [{ quantity: 2 }] });
    const { parcelId } = ready.parcel;
    const barcode = ready.lines[0]!.sku.barcode;
    await packer.open(ready.waybill);
    const key = scanId();
    const first = await packer.scan(parcelId, barcode, key);
    const again = await packer.scan(parcelId, barcode, key);
    expect(again.json).toEqual({ ...first.json, replayed: true });
    expect((await packer.get(`/api/bench/parcels/${parcelId}`)).json.progress.counts).toEqual([1]);

    await packer.scan(parcelId, barcode);
    const closeKey = scanId();
    const [a, b] = await Promise.all([packer.close(parcelId, ready.waybill, closeKey), packer.close(parcelId, ready.waybill, closeKey)]);
    expect([a.status, b.status]).toEqual([200, 200]);
    expect([a.json.replayed, b.json.replayed].sort()).toEqual([false, true]);
    expect((await Stock.card(ready.lines[0]!.sku.skuId, ready.lines[0]!.sku.homeBin)).items.filter((l) => l.type === "issue")).toHaveLength(1);
    // After the close, the scan's key still answers what it answered then.
    expect((await packer.scan(parcelId, barcode, key)).json).toEqual({ ...first.json, replayed: true });
  }, 90_000);

  it("an offline queue replayed twice (the first replay's answers lost) counts every piece once", async () => {
    const packer = await packerAt(["packer"], app);
    const ready = await readyParcel({ lines: [{ quantity: 3 }] });
    const { parcelId } = ready.parcel;
    await packer.open(ready.waybill);
    const queue = piecesOf(ready).map((code, i) => ({ scanId: scanId(), code, scannedAt: new Date(Date.now() - (10 - i) * 1000).toISOString(), offline: true }));
    for (const body of queue) await packer.post(`/api/bench/parcels/${parcelId}/scans`, body);
    const replay = [];
    for (const body of queue) replay.push((await packer.post(`/api/bench/parcels/${parcelId}/scans`, body)).json);
    expect(replay.map((r) => [r.outcome, r.replayed])).toEqual(queue.map(() => ["correct", true]));
    expect(replay.at(-1).progress.counts).toEqual([3]);
    const scans = await packer.get(`/api/bench/parcels/${parcelId}`);
    expect(scans.json).toMatchObject({ complete: true, progress: { counts: [3] } });
  }, 90_000);
});

describe("one parcel, one bench", () => {
  it("a second bench is told where the parcel is being packed; it may take over only after the idle time", async () => {
    const [a, b] = await Promise.all([packerAt(["packer"], app), packerAt(["packer"], app)]);
    const ready = await readyParcel();
    const { parcelId } = ready.parcel;
    expect((await a.open(ready.waybill)).status).toBe(200);
    await a.scan(parcelId, ready.lines[0]!.sku.barcode);

    const busy = await b.open(ready.waybill, { takeover: true });
    expect(busy.status).toBe(409);
    expect(busy.json).toMatchObject({ code: "bench.busy", parcelId, benchId: a.device.deviceId, benchName: a.device.name, staffNo: a.staff.staffNo, takeoverAllowed: false });
    expect((await b.scan(parcelId, ready.lines[0]!.sku.barcode)).json.code).toBe("bench.busy");

    // The claim has been idle for longer than the takeover time (10 minutes by default).
    await BenchSessionEntity.patch({ parcelId }).set({ touchedAt: new Date(Date.now() - 11 * 60_000).toISOString() }).go();
    const withoutAsking = await b.open(ready.waybill);
    expect(withoutAsking.json).toMatchObject({ code: "bench.busy", takeoverAllowed: true });
    const taken = await b.open(ready.waybill, { takeover: true });
    expect(taken.status, taken.text).toBe(200);
    expect(taken.json).toMatchObject({ takenOverFrom: { benchId: a.device.deviceId, staffNo: a.staff.staffNo }, progress: { counts: [0] } });
    expect((await a.scan(parcelId, ready.lines[0]!.sku.barcode)).json).toMatchObject({ code: "bench.busy", benchId: b.device.deviceId });
    const audit = await Audit.byTarget({ type: "parcel", id: parcelId });
    expect(audit.items.map((e) => e.action)).toContain("bench.takeover");
  }, 90_000);

  it("two benches opening one parcel at the same moment: exactly one gets it", async () => {
    const benches = await Promise.all([1, 2, 3].map(() => packerAt(["packer"], app)));
    const ready = await readyParcel();
    const answers = await Promise.all(benches.map((b) => b.open(ready.waybill)));
    expect(answers.map((r) => r.status).sort()).toEqual([200, 409, 409]);
    expect(answers.filter((r) => r.status === 409).every((r) => r.json.code === "bench.busy")).toBe(true);
  }, 90_000);

  it("a released parcel can be opened at another bench at once", async () => {
    const [a, b] = await Promise.all([packerAt(["packer"], app), packerAt(["packer"], app)]);
    const ready = await readyParcel();
    await a.open(ready.waybill);
    const released = await a.post(`/api/bench/parcels/${ready.parcel.parcelId}/release`, { scanId: scanId() });
    expect(released.json).toMatchObject({ parcelId: ready.parcel.parcelId, released: true });
    expect((await b.open(ready.waybill)).json).toMatchObject({ resumed: false, takenOverFrom: null });
  }, 90_000);

  it("an open is on record once, with the outcome it first had, however often its key is sent", async () => {
    const [a, b] = await Promise.all([packerAt(["packer"], app), packerAt(["packer"], app)]);
    const ready = await readyParcel();
    const { parcelId } = ready.parcel;
    const first = scanId();
    expect((await a.open(ready.waybill, { scanId: first })).json).toMatchObject({ resumed: false });
    expect((await a.open(ready.waybill, { scanId: first })).json).toMatchObject({ resumed: true });

    // Refused at the other bench, then sent again with the same key once the parcel is free.
    const second = scanId();
    expect((await b.open(ready.waybill, { scanId: second })).status).toBe(409);
    await a.post(`/api/bench/parcels/${parcelId}/release`, { scanId: scanId() });
    expect((await b.open(ready.waybill, { scanId: second })).json).toMatchObject({ parcelId, bench: { id: b.device.deviceId }, resumed: false });

    const story = await BenchScanEntity.query.byParcel({ parcelId }).go({ pages: "all" });
    const opens = story.data.filter((s) => s.kind === "open").map((s) => [s.deviceId === a.device.deviceId ? "a" : "b", s.scanId === first ? "first" : "second", s.outcome]);
    expect(opens).toEqual([
      ["a", "first", "opened"],
      ["b", "second", "bench.busy"],
    ]);
  }, 90_000);
});

describe("intercepts", () => {
  it("an intercepted parcel opens as the red screen and cannot be packed; an intercept mid-packing stops scans and the close", async () => {
    const packer = await packerAt(["packer"], app);
    const stopped = await readyParcel();
    await withActor(SYSTEM, () => Parcel.intercept(stopped.tid, "refund"));
    const red = await packer.open(stopped.waybill);
    expect(red.status).toBe(423);
    expect(red.json).toMatchObject({ code: "parcel.intercepted", parcelId: stopped.parcel.parcelId, intercept: { putAt: "拦截区", reasons: [{ tid: stopped.tid, reason: "refund" }] } });

    const ready = await readyParcel({ lines: [{ quantity: 2 }] });
    const { parcelId } = ready.parcel;
    await packer.open(ready.waybill);
    await packer.scan(parcelId, ready.lines[0]!.sku.barcode);
    await withActor(SYSTEM, () => Parcel.intercept(ready.tid, "address_change"));
    const scan = (await packer.scan(parcelId, ready.lines[0]!.sku.barcode)).json;
    expect(scan).toMatchObject({ accepted: false, outcome: "intercepted", intercept: { reasons: [{ reason: "address_change" }] }, progress: { counts: [1] } });
    const close = await packer.close(parcelId, ready.waybill);
    expect(close.status).toBe(423);
    expect(close.json.code).toBe("parcel.intercepted");
    expect((await Parcel.mustFromId(parcelId)).state).toBe("picking");
  }, 90_000);
});

describe("a session known from the last scan", () => {
  it("is not trusted once it changed elsewhere (another Lambda instance, a close): the scan is decided again on the fresh one", async () => {
    const packer = await packerAt(["packer"], app);
    const ready = await readyParcel({ lines: [{ quantity: 2 }] });
    const { parcelId } = ready.parcel;
    const piece = ready.lines[0]!.sku.barcode;
    await packer.open(ready.waybill);
    expect((await packer.scan(parcelId, piece)).json).toMatchObject({ outcome: "correct", progress: { counts: [1] } });

    // Another instance of the hot Lambda accepted the second piece: this process never saw it.
    const row = (await BenchSessionEntity.get({ parcelId }).go({ consistent: true })).data!;
    const progress = JSON.parse(row.progress) as { counts: number[]; units: string[]; history: { scanId: string; line: number }[] };
    const elsewhere = { counts: [2], units: [], history: [...progress.history, { scanId: scanId(), line: 0 }] };
    await BenchSessionEntity.patch({ parcelId }).set({ progress: JSON.stringify(elsewhere), version: row.version + 1 }).go();

    const third = (await packer.scan(parcelId, piece)).json;
    expect(third).toMatchObject({ accepted: false, outcome: "too_many", progress: { counts: [2] }, complete: true });
    const stored = (await BenchSessionEntity.get({ parcelId }).go({ consistent: true })).data!;
    expect(stored.version).toBe(row.version + 1);
    expect((await packer.close(parcelId, ready.waybill)).status).toBe(200);
    // Closed at the main app: the next scan here is refused, not applied on the session it knew.
    const late = await packer.scan(parcelId, piece);
    expect(late.status).toBe(409);
    expect(late.json.code).toBe("bench.closed");
  }, 90_000);
});

describe("the label at the close", () => {
  it("refuses an incomplete parcel, a swapped label and a label nobody has", async () => {
    const packer = await packerAt(["packer"], app);
    const [one, two] = await Promise.all([readyParcel({ lines: [{ quantity: 1 }] }), readyParcel({ lines: [{ quantity: 1 }] })]);
    await packer.open(one.waybill);
    const early = await packer.close(one.parcel.parcelId, one.waybill);
    expect(early.status).toBe(409);
    expect(early.json).toMatchObject({ code: "bench.incomplete", missing: [{ line: 0, missing: 1 }] });
    await packer.scan(one.parcel.parcelId, one.lines[0]!.sku.barcode);

    const swapped = await packer.close(one.parcel.parcelId, two.waybill);
    expect(swapped.status).toBe(409);
    expect(swapped.json).toMatchObject({ code: "bench.label-swapped", parcelId: one.parcel.parcelId, labelParcelId: two.parcel.parcelId });
    const nobodys = await packer.close(one.parcel.parcelId, "SF0000000000000");
    expect(nobodys.json.code).toBe("bench.label-unknown");
    expect((await Parcel.mustFromId(one.parcel.parcelId)).state).toBe("picking");
    expect((await packer.close(one.parcel.parcelId, one.waybill)).status).toBe(200);
  }, 90_000);
});

describe("supervisor force-complete", () => {
  it("needs a supervisor's badge and a reason; then the parcel closes with what was missing on record", async () => {
    const packer = await packerAt(["packer"], app);
    const supervisor = await makeStaff({ roles: ["warehouse_supervisor"], name: "王主管" });
    const badge = await makeBadge(supervisor.staffNo);
    const colleague = await makeBadge((await makeStaff({ roles: ["packer"] })).staffNo);
    const ready = await readyParcel({ lines: [{ quantity: 2 }] });
    const { parcelId } = ready.parcel;
    await packer.open(ready.waybill);
    await packer.scan(parcelId, ready.lines[0]!.sku.barcode);
    const path = `/api/bench/parcels/${parcelId}/force`;

    expect((await packer.post(path, { scanId: scanId(), supervisorBadge: colleague.badgeCode, reason: "吊牌坏了" })).json.code).toBe("bench.not-supervisor");
    const unknown = await packer.post(path, { scanId: scanId(), supervisorBadge: "DWBAAAAAAAAAA", reason: "吊牌坏了" });
    expect(unknown.status).toBe(400);
    expect(unknown.json).toMatchObject({ code: "badge.unknown", field: "supervisorBadge" });
    expect((await packer.post(path, { scanId: scanId(), supervisorBadge: badge.badgeCode })).json.field).toBe("reason");

    const forced = await packer.post(path, { scanId: scanId(), supervisorBadge: badge.badgeCode, reason: "吊牌条码损坏，人工核对" });
    expect(forced.status, forced.text).toBe(200);
    expect(forced.json).toMatchObject({ complete: true, forced: { staffNo: supervisor.staffNo, name: "王主管", reason: "吊牌条码损坏，人工核对", missing: [{ line: 0, missing: 1 }] }, progress: { counts: [1] } });
    const closed = await packer.close(parcelId, ready.waybill);
    expect(closed.status, closed.text).toBe(200);
    expect(closed.json.slip.forced).toEqual({ staffNo: supervisor.staffNo, reason: "吊牌条码损坏，人工核对" });
    const audit = await Audit.byTarget({ type: "parcel", id: parcelId });
    expect(audit.items.find((e) => e.action === "bench.force-complete")).toMatchObject({ staffNo: packer.staff.staffNo, note: "吊牌条码损坏，人工核对" });
    expect(audit.items.find((e) => e.action === "parcel.packed")?.note).toContain(`force-completed by ${supervisor.staffNo}`);
  }, 90_000);
});

describe("stock under concurrent closes", () => {
  it("parcels sharing a SKU close at the same moment on its last units: all pack, the card agrees, nothing goes below zero", async () => {
    const shared = await benchSku({ stock: 4 });
    const parcels = [];
    for (let i = 0; i < 4; i++) parcels.push(await readyParcel({ lines: [{ sku: shared, quantity: 1 }] }));
    const benches = await Promise.all(parcels.map(() => packerAt(["packer"], app)));
    for (const [i, ready] of parcels.entries()) {
      await benches[i]!.open(ready.waybill);
      await benches[i]!.scan(ready.parcel.parcelId, shared.barcode);
    }
    const closes = await Promise.all(parcels.map((ready, i) => benches[i]!.close(ready.parcel.parcelId, ready.waybill)));
    expect(closes.map((c) => c.status)).toEqual([200, 200, 200, 200]);
    const check = await Stock.check(shared.skuId, shared.homeBin);
    expect(check).toMatchObject({ consistent: true, onHand: 0, reserved: 0, available: 0 });
    const card = await Stock.card(shared.skuId, shared.homeBin, { limit: 10 });
    expect(card.items.filter((l) => l.type === "issue").map((l) => l.balanceAfter).sort()).toEqual([0, 1, 2, 3]);

    // A fifth parcel of the same SKU cannot even be allocated: the stock is gone, not overdrawn.
    await expect(readyParcel({ lines: [{ sku: shared, quantity: 1 }] })).rejects.toThrow(/"outcome":"short"/);
  }, 90_000);
});

describe("the hot path's own app", () => {
  it("serves the per-piece bench routes (health, scan, undo, view) and nothing else", async () => {
    const hot = createHotApi();
    const packer = await packerAt(["packer"], app);
    const ready = await readyParcel({ lines: [{ quantity: 2 }] });
    const health = await hot.request("/api/bench/health");
    expect(health.status).toBe(200);
    expect(await health.json()).toMatchObject({ status: "ok", dynamodb: "ok" });
    const headers = { ...packer.headers, "content-type": "application/json" };
    // Opening writes across areas and is the main app's (API Gateway routes it there).
    expect((await hot.request("/api/bench/open", { method: "POST", headers, body: JSON.stringify({ code: ready.waybill }) })).status).toBe(404);
    expect((await app.request("/api/bench/open", { method: "POST", headers, body: JSON.stringify({ code: ready.waybill }) })).status).toBe(200);
    const { parcelId } = ready.parcel;
    const piece = ready.lines[0]!.sku.barcode;
    const scanned = await hot.request(`/api/bench/parcels/${parcelId}/scans`, { method: "POST", headers, body: JSON.stringify({ scanId: scanId(), code: piece }) });
    expect(await scanned.json()).toMatchObject({ outcome: "correct", complete: false, progress: { counts: [1] } });
    const undone = await hot.request(`/api/bench/parcels/${parcelId}/undo`, { method: "POST", headers, body: JSON.stringify({ scanId: scanId() }) });
    expect(await undone.json()).toMatchObject({ progress: { counts: [0] } });
    const viewed = await hot.request(`/api/bench/parcels/${parcelId}`, { headers });
    expect(await viewed.json()).toMatchObject({ parcelId, progress: { counts: [0] }, intercept: null });
    expect((await hot.request(`/api/bench/parcels/${parcelId}/close`, { method: "POST", headers, body: JSON.stringify({ scanId: scanId(), label: ready.waybill }) })).status).toBe(404);
    expect((await hot.request("/api/staff", { headers })).status).toBe(404);
    // Kiosk credentials only: a console session is nobody here.
    const anonymous = await hot.request(`/api/bench/parcels/${parcelId}/scans`, { method: "POST", headers: { "content-type": "application/json" }, body: "{}" });
    expect(anonymous.status).toBe(401);
    expect(anonymous.headers.get("content-type")).toBe("application/problem+json");
  }, 90_000);

  it("checks access before input, and names the field that failed", async () => {
    const packer = await packerAt(["packer"], app);
    const asClerk = await client(app).call("POST", "/api/bench/open", {}, { authorization: packer.headers.authorization });
    expect(asClerk.status).toBe(401);
    expect(asClerk.json.code).toBe("auth.badge");
    const bad = await packer.post("/api/bench/parcels/PXXXXXXXXXX/scans", { scanId: "not-a-ulid", code: "" });
    expect(bad.status).toBe(400);
    expect(bad.json.errors.map((e: { field: string }) => e.field).sort()).toEqual(["code", "scanId"]);
    const notJson = await packer.call("POST", "/api/bench/open", "code=1");
    expect(notJson.status).toBe(400);
    expect(notJson.json.code).toBe("request.malformed");
  }, 90_000);
});
