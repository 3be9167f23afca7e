import { randomUUID } from "node:crypto";
import { withActor, type Actor } from "@dianwu/core/actor";
import { AttendanceTime, Clock, Roster } from "@dianwu/core/attendance";
import { Fine, Handover } from "@dianwu/core/service";
import { Settings } from "@dianwu/core/settings";
import { Badge, Device, type Department } from "@dianwu/core/staff";
import { DEMO_STAFF } from "./staff";

/**
 * Demo attendance and customer service: published rosters for this month and last (customer
 * service and warehouse), a clock-in kiosk with three days of punches replayed through it, a
 * handover memo with one acknowledged item, and a complaint fine in the department fund.
 */
const staffActor = (staffNo: string): Actor => {
  const member = DEMO_STAFF.find((s) => s.staffNo === staffNo)!;
  return { type: "staff", staffNo, roles: member.roles };
};

const members = (department: Department) => DEMO_STAFF.filter((s) => s.department === department).map((s) => s.staffNo);

export async function loadAttendance() {
  const { settings } = await Settings.get();
  const tz = settings.shop.timeZone;
  const now = Date.now();
  const today = AttendanceTime.localDay(now, tz);
  const months = [...new Set([AttendanceTime.addDays(today, -3).slice(0, 7), today.slice(0, 7)])];

  await withActor(staffActor("1001"), async () => {
    for (const month of months) {
      for (const [department, coverage] of [
        ["customer_service", { perShift: { early: 1, late: 1 } }],
        ["warehouse", { perShift: { day: 3 } }],
      ] as const) {
        const draft = await Roster.generate({ department, month, staffNos: members(department), coverage });
        await Roster.publish(department, month, { version: draft.version, acceptProblems: true });
      }
    }
  });

  const pairing = await withActor(staffActor("1001"), () => Device.createPairingCode({ kind: "clock_in", name: "打卡机 1", location: "前台" }));
  const { device } = await Device.pair(pairing.code);
  const kiosk: Actor = { type: "device", device: { id: device.deviceId, kind: "clock_in", name: device.name } };
  let sequence = 1;
  for (const staffNo of members("warehouse")) {
    const badge = (await Badge.forStaff(staffNo)).find((b) => b.active)!;
    for (let back = 3; back >= 1; back--) {
      const day = AttendanceTime.addDays(today, -back);
      // Staff arrive between 08:20 and 08:40 and leave around 17:35; one forgets to check out once.
      const arrive = AttendanceTime.localInstant(day, 8 * 60 + 20 + ((Number(staffNo) + back) % 21), tz);
      const leave = AttendanceTime.localInstant(day, 17 * 60 + 30 + ((Number(staffNo) * 3) % 11), tz);
      const punches = staffNo === "1023" && back === 2 ? [arrive] : [arrive, leave];
      for (const at of punches) {
        await withActor(kiosk, () =>
          Clock.scan({ code: badge.badgeCode, sequence: sequence++, idempotencyKey: randomUUID(), deviceTime: new Date(at).toISOString(), queued: true }),
        );
      }
    }
  }

  const memo = await withActor(staffActor("1011"), () =>
    Handover.write({
      shiftCode: "early",
      note: "早班交接",
      items: [
        { customer: "tb_小美", orderId: "3021458890", todo: "补发腰带，运单号回填给客户", dueAt: new Date(now + 6 * 3600_000).toISOString() },
        { customer: "tb_阿强", todo: "回复尺码问题：175/92A 选 L" },
      ],
    }),
  );
  await withActor(staffActor("1012"), () => Handover.acknowledge(memo.items[0]!.itemId));
  await withActor(staffActor("1010"), () => Fine.issue({ rule: "complaint", staffNo: "1013", evidence: "客户投诉：查件回复不耐烦（旺旺记录）", reason: "服务态度" }));
}
