import { describe, expect, it } from "vitest";
import * as OrderRoles from "../../../../core/src/orders/roles";
import * as ParcelRoles from "../../../../core/src/packing/roles";
import * as BenchRoles from "../../../../core/src/packing/bench/roles";
import { ACTIVITY_READERS } from "../bench/roles";
import { ALLOCATORS, PARCEL_READERS, WAYBILL_ASSIGNERS } from "../parcels/roles";
import { INTERCEPT_RELEASERS, ORDER_CHASERS, ORDER_IMPORTERS, ORDER_MAKERS, ORDER_READERS } from "./roles";

/** The console's copies of the API's role lists decide what the sidebar and buttons offer: they must not drift. */
describe("role lists mirror the API's", () => {
  const same = (a: readonly string[], b: readonly string[]) => expect([...a].sort()).toEqual([...b].sort());
  it("orders", () => {
    same(ORDER_READERS, OrderRoles.READERS);
    same(ORDER_CHASERS, OrderRoles.CHASERS);
    same(ORDER_MAKERS, OrderRoles.ORDER_MAKERS);
    same(INTERCEPT_RELEASERS, OrderRoles.RELEASERS);
    same(ORDER_IMPORTERS, OrderRoles.IMPORTERS);
  });
  it("parcels and the benches", () => {
    same(PARCEL_READERS, ParcelRoles.PARCEL_READERS);
    same(WAYBILL_ASSIGNERS, ParcelRoles.WAYBILL_ASSIGNERS);
    same(ALLOCATORS, ParcelRoles.ALLOCATORS);
    same(ACTIVITY_READERS, BenchRoles.ACTIVITY_READERS);
  });
});
