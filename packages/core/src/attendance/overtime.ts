import * as z from "zod";
import type { EntityItem } from "electrodb";
import { useStaff } from "../actor";
import { Audit } from "../audit";
import { AuditEntity } from "../audit/entities";
import { Bus } from "../bus";
import { isConditionFailed, transaction } from "../db";
import { conflict, notFound } from "../error";
import { newId } from "../id";
import { Settings } from "../settings";
import { Department } from "../staff/roles";
import { mustFromNo } from "../staff/service";
import { dayType, payRatePercent } from "./day-type";
import { OvertimeEntity, OvertimeTallyEntity } from "./entities";
import { Events } from "./events";
import { overtimeBreaches, type OvertimeBreach } from "./overtime-rules";
import { assertSelfOrSupervisor, assertSupervises } from "./scope";
import { addDays, daysOfMonth, monthOf } from "./time";

const Breach = z.object({ limit: z.enum(["day", "month"]), maxMinutes: z.number(), totalMinutes: z.number() });

export const Info = z.object({
  overtimeId: z.string(),
  staffNo: z.string(),
  department: Department,
  day: z.string(),
  minutes: z.number(),
  special: z.boolean(),
  reason: z.string(),
  state: z.enum(["requested", "approved", "rejected", "cancelled"]),
  overLimit: z.boolean(),
  breaches: z.array(Breach),
  /** Pay rate class of the day (Labour Law art. 44): 150 workday, 200 rest day, 300 public holiday. */
  ratePercent: z.number(),
  requestedAt: z.string(),
  requestedBy: z.string(),
  decidedAt: z.string().optional(),
  decidedBy: z.string().optional(),
  note: z.string().optional(),
});
export type Info = z.infer<typeof Info>;

export const RequestInput = z.object({
  staffNo: z.string().regex(/^\d{3,8}$/).optional(),
  /** The attendance day (the day the shift started). */
  day: z.string().date(),
  minutes: z.number().int().min(1).max(24 * 60),
  /** Special reasons allow up to the higher daily limit (3 h by default). */
  special: z.boolean().default(false),
  reason: z.string().trim().min(1).max(500),
});

export const DecideInput = z.object({ approve: z.boolean(), note: z.string().trim().max(500).optional() });

type Row = EntityItem<typeof OvertimeEntity>;

function present(row: Row, rates: Parameters<typeof payRatePercent>[1], overrides: Record<string, "workday" | "rest" | "holiday">): Info {
  const { overtimeId, staffNo, department, day, minutes, special, reason, state, overLimit, requestedAt, requestedBy, decidedAt, decidedBy, note } = row;
  return {
    overtimeId,
    staffNo,
    department,
    day,
    minutes,
    special,
    reason,
    state,
    overLimit,
    breaches: row.breaches ? (JSON.parse(row.breaches) as OvertimeBreach[]) : [],
    ratePercent: payRatePercent(dayType(day, overrides), rates),
    requestedAt,
    requestedBy,
    decidedAt,
    decidedBy,
    note,
  };
}

async function presenter() {
  const { settings } = await Settings.get();
  return (row: Row) => present(row, settings.attendance.overtime, settings.attendance.holidayOverrides);
}

/** A request for overtime: a shift extended because a customer was still being served. */
export async function request(input: z.input<typeof RequestInput>): Promise<Info> {
  const fields = RequestInput.parse(input);
  const actor = useStaff();
  const staffNo = fields.staffNo ?? actor.staffNo;
  const staff = await mustFromNo(staffNo);
  assertSelfOrSupervisor(staffNo, staff.department);
  const row = {
    overtimeId: newId(),
    staffNo,
    department: staff.department,
    day: fields.day,
    minutes: fields.minutes,
    special: fields.special,
    reason: fields.reason,
    state: "requested" as const,
    overLimit: false,
    requestedAt: new Date().toISOString(),
    requestedBy: actor.staffNo,
  };
  await transaction({ OvertimeEntity, AuditEntity }, (e) => [
    e.OvertimeEntity.create(row).commit(),
    e.AuditEntity.create(Audit.item({ action: "overtime.request", target: { type: "overtime", id: row.overtimeId }, after: row })).commit(),
  ]);
  return (await presenter())(row);
}

async function tally(staffNo: string, period: string) {
  const row = await OvertimeTallyEntity.get({ staffNo, period }).go({ consistent: true });
  return row.data?.minutes ?? 0;
}

/**
 * Approval checks the limits (1 h / 3 h a day, 36 h a month). Under the "block" policy an approval
 * past a limit is refused with the breach named; under "flag" it is approved and marked over-limit.
 * The day and month tallies are added in the same transaction, conditioned on the limit, so two
 * approvals racing cannot together exceed it.
 */
export async function decide(overtimeId: string, input: z.input<typeof DecideInput>): Promise<Info> {
  const fields = DecideInput.parse(input);
  const found = await OvertimeEntity.get({ overtimeId }).go({ consistent: true });
  if (!found.data) throw notFound("overtime.not-found", `No overtime request ${overtimeId}`);
  const before = found.data;
  const actor = assertSupervises(before.department);
  if (actor.staffNo === before.staffNo) throw conflict("overtime.own", "Someone else must decide your own overtime");
  if (before.state !== "requested") throw conflict("overtime.decided", `Overtime ${overtimeId} is already ${before.state}`);
  const { settings } = await Settings.get();
  const limits = settings.attendance.overtime;
  const month = monthOf(before.day);
  const breaches = fields.approve
    ? overtimeBreaches({ minutes: before.minutes, special: before.special }, { dayMinutes: await tally(before.staffNo, before.day), monthMinutes: await tally(before.staffNo, month) }, limits)
    : [];
  const block = limits.overLimit === "block";
  if (breaches.length && block) throw overLimit(breaches);
  const changes = {
    state: fields.approve ? ("approved" as const) : ("rejected" as const),
    overLimit: breaches.length > 0,
    breaches: breaches.length ? JSON.stringify(breaches) : undefined,
    decidedAt: new Date().toISOString(),
    decidedBy: actor.staffNo,
    note: fields.note,
    department: before.department,
  };
  const dayMax = before.special ? limits.specialMaxMinutesPerDay : limits.normalMaxMinutesPerDay;
  try {
    await transaction({ OvertimeEntity, OvertimeTallyEntity, AuditEntity }, (e) => [
      e.OvertimeEntity.patch({ overtimeId })
        .set(changes)
        .where((a, op) => op.eq(a.state, "requested"))
        .commit(),
      ...(fields.approve
        ? (
            [
              [before.day, dayMax],
              [month, limits.maxMinutesPerMonth],
            ] as const
          ).map(([period, max]) => {
            const add = e.OvertimeTallyEntity.update({ staffNo: before.staffNo, period }).add({ minutes: before.minutes });
            return (block ? add.where((a, op) => `${op.notExists(a.minutes)} OR ${op.lte(a.minutes, max - before.minutes)}`) : add).commit();
          })
        : []),
      e.AuditEntity.create(
        Audit.item({
          action: fields.approve ? "overtime.approve" : "overtime.reject",
          target: { type: "overtime", id: overtimeId },
          before: { state: before.state, minutes: before.minutes },
          after: changes,
          note: breaches.length ? `over limit: ${breaches.map((b) => `${b.limit} ${b.totalMinutes}/${b.maxMinutes} min`).join(", ")}` : fields.note,
        }),
      ).commit(),
    ]);
  } catch (error) {
    if (isConditionFailed(error)) {
      const fresh = await OvertimeEntity.get({ overtimeId }).go({ consistent: true });
      if (fresh.data?.state !== "requested") throw conflict("overtime.decided", `Overtime ${overtimeId} was decided meanwhile`);
      throw overLimit(
        overtimeBreaches({ minutes: before.minutes, special: before.special }, { dayMinutes: await tally(before.staffNo, before.day), monthMinutes: await tally(before.staffNo, month) }, limits),
      );
    }
    throw error;
  }
  await Bus.publish(
    Events.OvertimeDecided.create({ overtimeId, staffNo: before.staffNo, day: before.day, minutes: before.minutes, approved: fields.approve, overLimit: changes.overLimit }),
  );
  return (await presenter())({ ...before, ...changes });
}

function overLimit(breaches: OvertimeBreach[]) {
  return conflict(
    "overtime.over-limit",
    `Over the overtime limit: ${breaches.map((b) => `${b.limit} total ${b.totalMinutes} min > ${b.maxMinutes} min`).join("; ")}`,
    { breaches },
  );
}

export async function forStaff(staffNo: string, month?: string) {
  const staff = await mustFromNo(staffNo);
  assertSelfOrSupervisor(staffNo, staff.department);
  const days = month ? daysOfMonth(month) : undefined;
  const query = OvertimeEntity.query.byStaff({ staffNo });
  const result = days ? await query.between({ day: days[0]! }, { day: addDays(days.at(-1)!, 1) }).go({ pages: "all" }) : await query.go({ pages: "all" });
  const show = await presenter();
  return result.data.filter((r) => !days || r.day <= days.at(-1)!).map(show);
}

/** Approved overtime per attendance day in a month (no access check: the summary has done it). */
export async function approvedInMonth(staffNo: string, month: string) {
  const days = daysOfMonth(month);
  const result = await OvertimeEntity.query.byStaff({ staffNo }).between({ day: days[0]! }, { day: addDays(days.at(-1)!, 1) }).go({ pages: "all" });
  const byDay = new Map<string, { minutes: number; overLimit: boolean }>();
  for (const row of result.data.filter((r) => r.state === "approved" && r.day <= days.at(-1)!)) {
    const current = byDay.get(row.day) ?? { minutes: 0, overLimit: false };
    byDay.set(row.day, { minutes: current.minutes + row.minutes, overLimit: current.overLimit || row.overLimit });
  }
  return byDay;
}

export async function pending(department: Department) {
  const result = await OvertimeEntity.query.byState({ department, state: "requested" }).go({ pages: "all" });
  const show = await presenter();
  return result.data.map(show);
}
