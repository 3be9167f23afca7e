import { withActor, type Actor } from "@dianwu/core/actor";
import { Badge, Device, Staff, type Department, type Role } from "@dianwu/core/staff";

/** Factories for test data: each call makes a new, unique record; override only what the test is about. */
let sequence = 100;
const nextStaffNo = () => String(5000 + sequence++);

export const SYSTEM: Actor = { type: "system", reason: "test" };
export const PASSWORD = "correct-horse-battery";

export async function makeStaff(overrides: Partial<{ staffNo: string; name: string; department: Department; roles: Role[]; password: string }> = {}) {
  const staffNo = overrides.staffNo ?? nextStaffNo();
  return withActor(SYSTEM, () =>
    Staff.create({
      staffNo,
      name: overrides.name ?? `测试${staffNo}`,
      department: overrides.department ?? "warehouse",
      roles: overrides.roles ?? ["packer"],
      hireDate: "2025-01-01",
      password: overrides.password ?? PASSWORD,
    }),
  );
}

export async function makeBadge(staffNo: string) {
  return withActor(SYSTEM, () => Badge.issue(staffNo));
}

/** A paired device: a manager creates the code, the kiosk claims it. */
export async function makeDevice(kind: "packing_bench" | "clock_in" = "packing_bench", manager?: { staffNo: string }) {
  const boss = manager ?? (await makeStaff({ roles: ["boss"], department: "management" }));
  const pairing = await withActor({ type: "staff", staffNo: boss.staffNo, roles: ["boss"] }, () =>
    Device.createPairingCode({ kind, name: `设备${sequence++}`, location: "A区" }),
  );
  return Device.pair(pairing.code);
}
