import type { Role } from "../../api/types";

/* Copy of ACTIVITY_READERS in packages/core/src/packing/bench/roles.ts (roles.test.ts keeps it equal). */
export const ACTIVITY_READERS: readonly Role[] = ["warehouse_supervisor", "boss", "operations"];
