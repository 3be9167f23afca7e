import type { Role } from "../../staff/roles";

/** Who packs at a bench (badged in): packers, their supervisor, the boss. */
export const BENCH_OPERATORS: readonly Role[] = ["packer", "warehouse_supervisor", "boss"];

/** Whose badge may force-complete a parcel (with a reason, audited). */
export const FORCE_COMPLETERS: readonly Role[] = ["warehouse_supervisor", "boss"];

/** Who watches the benches from the console. */
export const ACTIVITY_READERS: readonly Role[] = ["warehouse_supervisor", "boss", "operations"];
