import { withActor, type Actor } from "@dianwu/core/actor";
import type { Role } from "@dianwu/core/staff";
import { Bin, Sku, Stock } from "@dianwu/core/warehouse";
import { client } from "./http";
import { makeBadge, makeDevice, makeStaff } from "./factories";
import type { Api } from "@dianwu/functions/http/app";

/** Warehouse test data: each call makes new, unique bins and SKUs; override what the test is about. */
let sequence = 0;
const next = () => ++sequence;

export const SUPERVISOR: Actor = { type: "staff", staffNo: "9900", roles: ["warehouse_supervisor"] };

/** Runs `fn` as a staff member with these roles (no session needed for service-level tests). */
export function asStaff<T>(roles: Role[], fn: () => T, staffNo = "9901"): T {
  return withActor({ type: "staff", staffNo, roles }, fn);
}

const asSupervisor = <T>(fn: () => T) => withActor(SUPERVISOR, fn);

/**
 * A bin of a kind. Each zone letter gets its own aisles so that parallel tests in a file never
 * collide; pass `zone`/`aisle`/`shelf` to lay out a route on purpose.
 */
export async function makeBin(overrides: Partial<{ zone: string; aisle: number; shelf: number; level: number; kind: Bin.BinKind; name: string }> = {}) {
  const n = next();
  return asSupervisor(() =>
    Bin.create({
      zone: overrides.zone ?? "T",
      aisle: overrides.aisle ?? 1 + (Math.floor(n / 90) % 99),
      shelf: overrides.shelf ?? 1 + (n % 90),
      level: overrides.level ?? 1 + (Math.floor(n / 8910) % 9),
      kind: overrides.kind ?? "normal",
      name: overrides.name,
    }),
  );
}

/** A bin of a kind, reusing one made earlier in this file (there is one defect store, one 待检区…). */
const shared = new Map<Bin.BinKind, Promise<Bin.Info>>();
export function sharedBin(kind: Bin.BinKind) {
  if (!shared.has(kind)) shared.set(kind, makeBin({ kind, zone: "S" }));
  return shared.get(kind)!;
}

export async function makeSku(
  overrides: Partial<{ styleCode: string; colour: string; size: string; name: string; homeBin: string; reorderPoint: number; uniqueCodes: boolean; barcodes: string[]; caseBin: string; caseQty: number }> = {},
) {
  const n = next();
  const homeBin = overrides.homeBin ?? (await makeBin()).binCode;
  return asSupervisor(() =>
    Sku.create({
      styleCode: overrides.styleCode ?? `T${1000 + n}`,
      colour: overrides.colour ?? "黑色",
      size: overrides.size ?? "M",
      name: overrides.name ?? `测试款${n}`,
      outerSkuId: `OUT-${Date.now().toString(36)}-${n}`,
      homeBin,
      reorderPoint: overrides.reorderPoint ?? 0,
      uniqueCodes: overrides.uniqueCodes ?? false,
      barcodes: overrides.barcodes ?? [],
      caseBin: overrides.caseBin,
      caseQty: overrides.caseQty,
    }),
  );
}

/** Puts `qty` of a SKU into a bin as an opening balance (or more on top of an existing card). */
export async function stockUp(skuId: string, binCode: string, qty: number) {
  return asSupervisor(async () => {
    const existing = await Stock.balance(skuId, binCode);
    if (!existing) return Stock.opening({ skuId, binCode, qty });
    return Stock.move([{ skuId, binCode, type: "count_surplus", qty, document: { type: "test", id: `stock-up-${next()}` } }]);
  });
}

/**
 * A worker identified by badge at a paired packing-bench kiosk: the headers its requests carry.
 */
export async function operatorAt(roles: Role[], app?: Api) {
  const staff = await makeStaff({ roles, department: "warehouse" });
  const badge = await makeBadge(staff.staffNo);
  const device = await makeDevice("packing_bench");
  const auth = { authorization: `Device ${device.token}` };
  const scan = await client(app).post("/api/kiosk/badge", { code: badge.badgeCode }, auth);
  if (scan.status !== 200) throw new Error(`badge scan failed: ${scan.status} ${scan.text}`);
  return { staff, device: device.device, headers: { ...auth, "x-operator": scan.json.token as string } };
}
