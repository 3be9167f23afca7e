import { afterEach, describe, expect, it, vi } from "vitest";
import { findParcels } from "./lookup";

/** Answers by path, as the API would; anything else is a 404 problem document. */
function api(routes: Record<string, { status: number; body: unknown }>) {
  const asked: string[] = [];
  vi.stubGlobal("fetch", async (url: string) => {
    const path = new URL(url, "http://console").pathname.replace(/^\/api/, "");
    asked.push(path);
    const answer = routes[path] ?? { status: 404, body: { type: "about:blank", title: "Not found", status: 404, code: "parcel.not-found" } };
    return new Response(JSON.stringify(answer.body), { status: answer.status });
  });
  return asked;
}

const parcel = (parcelId: string) => ({ parcelId, state: "pending" });

afterEach(() => vi.unstubAllGlobals());

describe("finding a parcel by whatever was typed or scanned", () => {
  it("reads a parcel code directly", async () => {
    const asked = api({ "/parcels/PABCDE12345": { status: 200, body: parcel("PABCDE12345") } });
    expect(await findParcels(" pabcde12345 ")).toEqual({ kind: "found", parcels: [parcel("PABCDE12345")] });
    expect(asked).toEqual(["/parcels/PABCDE12345"]);
  });

  it("tries the waybill, then the order number", async () => {
    const asked = api({ "/parcels/by-order/4190000000000000011": { status: 200, body: { items: [parcel("P1"), parcel("P2")] } } });
    expect(await findParcels("4190000000000000011")).toEqual({ kind: "found", parcels: [parcel("P1"), parcel("P2")] });
    expect(asked).toEqual(["/parcels/by-waybill/4190000000000000011", "/parcels/by-order/4190000000000000011"]);
  });

  it("names the parcel of a replaced label, and says nothing was found otherwise", async () => {
    api({ "/parcels/by-waybill/SF1234567890123": { status: 409, body: { type: "x", title: "void", status: 409, code: "waybill.void", parcelId: "PNEWLABEL01" } } });
    expect(await findParcels("SF 1234567890123".replace(" ", ""))).toEqual({ kind: "void", parcelId: "PNEWLABEL01" });
    api({});
    expect(await findParcels("NOTHING")).toEqual({ kind: "none" });
  });

  it("lets a real failure through", async () => {
    api({ "/parcels/by-waybill/SF1": { status: 503, body: { type: "x", title: "down", status: 503, code: "db.unreachable" } } });
    await expect(findParcels("SF1")).rejects.toMatchObject({ code: "db.unreachable" });
  });
});
