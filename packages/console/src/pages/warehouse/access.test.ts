import { describe, expect, it } from "vitest";
import * as Domain from "../../../../core/src/warehouse/roles";
import { PARCEL_READERS as DOMAIN_PARCEL_READERS } from "../../../../core/src/packing/roles";
import * as Console from "./access";

/** The domain's role lists are plain data (no I/O), so the test reads them straight from core. */
const same = (a: readonly string[], b: readonly string[]) => expect([...a].sort()).toEqual([...b].sort());

describe("warehouse access lists", () => {
  it("are the domain's lists", () => {
    for (const name of ["WAREHOUSE_STAFF", "CATALOGUE_EDITORS", "CATALOGUE_READERS", "STOCK_READERS", "SUPERVISORS", "RECEIVERS", "INSPECTORS", "PICKERS", "CUSTOMER_SERVICE"] as const) {
      same(Console[name], Domain[name]);
    }
    same(Console.PARCEL_READERS, DOMAIN_PARCEL_READERS);
  });
});
