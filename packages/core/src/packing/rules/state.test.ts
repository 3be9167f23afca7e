import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  addIntercept,
  INTERCEPT_REASONS,
  releaseIntercepts,
  STATES,
  transitionProblem,
  type Intercept,
  type ParcelState,
  type State,
} from "./state";

const ORDER: Record<State, number> = { pending: 0, allocated: 1, picking: 2, packed: 3, handed_over: 4, cancelled: 5 };
const fresh = (extra: Partial<ParcelState> = {}): ParcelState => ({ state: "pending", intercepts: [], reprintRequired: false, ...extra });
const intercept = (tid: string, reason: Intercept["reason"]): Intercept => ({ tid, reason, at: "2026-11-11T00:00:00.000Z" });

describe("parcel transitions", () => {
  it("the happy path: pending → allocated → picking → packed → handed_over", () => {
    let parcel = fresh({ waybill: { number: "SF1385628716739" } });
    for (const to of ["allocated", "picking", "packed", "handed_over"] as const) {
      expect(transitionProblem(parcel, to)).toBeUndefined();
      parcel = { ...parcel, state: to };
    }
  });

  it("cannot pack or hand over without a waybill, while intercepted, or while a reprint is due", () => {
    const picking = fresh({ state: "picking", waybill: { number: "SF1385628716739" } });
    expect(transitionProblem({ ...picking, waybill: undefined }, "packed")?.code).toBe("parcel.no-waybill");
    expect(transitionProblem(addIntercept(picking, intercept("1", "refund")), "packed")?.code).toBe("parcel.intercepted");
    expect(transitionProblem({ ...picking, reprintRequired: true }, "packed")?.code).toBe("parcel.reprint-required");
    const packed = { ...picking, state: "packed" as const };
    expect(transitionProblem(addIntercept(packed, intercept("1", "address_change")), "handed_over")?.code).toBe("parcel.intercepted");
  });

  it("any sequence of allowed moves never leaves a terminal state, and only named steps go back", () => {
    const backSteps = new Set(["allocated>pending", "picking>allocated"]);
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...STATES), { maxLength: 30 }), (targets) => {
        let parcel = fresh({ waybill: { number: "x" } });
        for (const to of targets) {
          if (transitionProblem(parcel, to)) continue;
          expect(parcel.state === "handed_over" || parcel.state === "cancelled").toBe(false);
          if (ORDER[to] < ORDER[parcel.state]) expect(backSteps.has(`${parcel.state}>${to}`)).toBe(true);
          parcel = { ...parcel, state: to };
        }
      }),
    );
  });
});

describe("intercepts", () => {
  const arbitraryIntercepts = fc.array(fc.record({ tid: fc.constantFrom("1", "2", "3"), reason: fc.constantFrom(...INTERCEPT_REASONS) }), {
    maxLength: 12,
  });

  it("adding the same intercept twice changes nothing; releasing an order lifts all of its own and nobody else's", () => {
    fc.assert(
      fc.property(arbitraryIntercepts, fc.constantFrom("1", "2", "3"), (adds, released) => {
        let parcel = fresh();
        for (const a of adds) parcel = addIntercept(addIntercept(parcel, intercept(a.tid, a.reason)), intercept(a.tid, a.reason));
        const keys = parcel.intercepts.map((i) => `${i.tid}/${i.reason}`);
        expect(new Set(keys).size).toBe(keys.length);
        const after = releaseIntercepts(parcel, released);
        expect(after.intercepts.some((i) => i.tid === released)).toBe(false);
        expect(after.intercepts).toEqual(parcel.intercepts.filter((i) => i.tid !== released));
      }),
    );
  });

  it("an address change released on a labelled parcel requires a reprint; without a label it does not", () => {
    const labelled = addIntercept(fresh({ waybill: { number: "SF1385628716739" } }), intercept("1", "address_change"));
    expect(releaseIntercepts(labelled, "1").reprintRequired).toBe(true);
    const unlabelled = addIntercept(fresh(), intercept("1", "address_change"));
    expect(releaseIntercepts(unlabelled, "1").reprintRequired).toBe(false);
    const refund = addIntercept(fresh({ waybill: { number: "SF1385628716739" } }), intercept("1", "refund"));
    expect(releaseIntercepts(refund, "1").reprintRequired).toBe(false);
  });
});
