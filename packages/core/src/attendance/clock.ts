import * as z from "zod";
import type { EntityItem } from "electrodb";
import { useDevice } from "../actor";
import { Audit } from "../audit";
import { AuditEntity } from "../audit/entities";
import { Bus } from "../bus";
import { isConditionFailed, transaction } from "../db";
import { conflict, forbidden, invalid } from "../error";
import { Settings } from "../settings";
import { identify } from "../staff/badge";
import { mustFromNo } from "../staff/service";
import type { Punch } from "./day-rules";
import { decideDirection, greeting, isRepeat } from "./direction";
import { PunchEntity } from "./entities";
import { Events } from "./events";
import { plansFor } from "./roster";
import { addDays, localDay, minutesToClock, localMinutes } from "./time";

/** How far a queued punch may lie in the past (a kiosk offline longer than this needs a correction). */
export const MAX_QUEUE_AGE_DAYS = 7;
/** A device clock this far ahead of ours is wrong, not early. */
const MAX_CLOCK_AHEAD_MS = 5 * 60_000;

export const ScanInput = z.object({
  /** The badge barcode as scanned. */
  code: z.string().trim().min(1).max(64),
  /** The kiosk's own counter, one per scan, never reused: with the device it keys the punch. */
  sequence: z.number().int().min(0).max(Number.MAX_SAFE_INTEGER),
  /** Random per scan; a replay carries the same one. A different key on a known sequence is refused. */
  idempotencyKey: z.string().min(8).max(64),
  /** The device's clock at the scan. */
  deviceTime: z.string().datetime({ offset: true }),
  /** True when replayed from the offline queue: the punch then happened at deviceTime. */
  queued: z.boolean().default(false),
});

export const ScanResult = z.object({
  result: z.enum(["in", "out", "ignored"]),
  /** Why a scan was ignored: it repeated the previous one within the window. */
  reason: z.enum(["repeat-scan"]).optional(),
  staff: z.object({ staffNo: z.string(), name: z.string() }),
  at: z.string(),
  /** The attendance day this punch counts for (a night shift's check-out: the day it began). */
  attendanceDay: z.string().optional(),
  shift: z
    .object({ code: z.string(), name: z.string(), segments: z.array(z.object({ start: z.string(), end: z.string() })) })
    .nullable(),
  greeting: z.enum(["morning", "noon", "afternoon", "evening", "night"]),
  warnings: z.array(
    z.object({
      code: z.enum(["late", "early-leave", "no-shift", "queued"]),
      minutes: z.number().optional(),
    }),
  ),
  /** True when this sequence number was already recorded: the original outcome is returned, nothing written. */
  replayed: z.boolean(),
  previousAt: z.string().optional(),
  repeatWindowSeconds: z.number().optional(),
});
export type ScanResult = z.infer<typeof ScanResult>;

type PunchRow = EntityItem<typeof PunchEntity>;

/**
 * A badge scanned at a clock-in kiosk: clock in or out (decided from the roster and the last
 * punch), or ignore a repeat. Identified by the badge code in the same request, so one scan is one
 * round trip; keyed by (device, sequence), so the offline queue can replay it any number of times.
 */
export async function scan(input: z.input<typeof ScanInput>, now = new Date()): Promise<ScanResult> {
  const fields = ScanInput.parse(input);
  const device = useDevice();
  if (!device || device.kind !== "clock_in") throw forbidden("attendance.clock-in-only", "Punches are made at a clock-in kiosk");
  const ref = String(fields.sequence).padStart(16, "0");
  const existing = await PunchEntity.get({ source: device.id, ref }).go({ consistent: true });
  if (existing.data) return replay(existing.data, fields.idempotencyKey);

  const { staff } = await identify(fields.code, now);
  const person = await mustFromNo(staff.staffNo);
  const { settings } = await Settings.get();
  const tz = settings.shop.timeZone;
  const a = settings.attendance;
  const at = fields.queued ? Date.parse(fields.deviceTime) : now.getTime();
  if (fields.queued) {
    if (at > now.getTime() + MAX_CLOCK_AHEAD_MS) throw invalid("deviceTime", "attendance.device-time-ahead", "The kiosk's clock is ahead of the server's");
    if (at < now.getTime() - MAX_QUEUE_AGE_DAYS * 86_400_000) {
      throw invalid("deviceTime", "attendance.queued-too-old", `Queued punches older than ${MAX_QUEUE_AGE_DAYS} days need a correction request`);
    }
  }
  const today = localDay(at, tz);
  const earlier = await punchesOf(person.staffNo, at - 2 * 86_400_000, at);
  const previous = earlier.at(-1);
  const base = {
    staff: { staffNo: person.staffNo, name: person.name },
    at: new Date(at).toISOString(),
    greeting: greeting(at, tz),
    replayed: false,
  };
  if (isRepeat(at, previous, a.repeatScanWindowSeconds)) {
    return {
      ...base,
      result: "ignored",
      reason: "repeat-scan",
      shift: null,
      warnings: [],
      previousAt: new Date(previous!.at).toISOString(),
      repeatWindowSeconds: a.repeatScanWindowSeconds,
    };
  }
  const plans = await plansFor(person.staffNo, person.department, [addDays(today, -1), today, addDays(today, 1)], tz);
  const windows = { beforeMinutes: a.punchWindowBeforeMinutes, afterMinutes: a.punchWindowAfterMinutes };
  const decision = decideDirection(at, plans, earlier, windows, tz);
  const row = {
    source: device.id,
    ref,
    staffNo: person.staffNo,
    at: base.at,
    punchDay: today,
    direction: decision.direction,
    attendanceDay: decision.day,
    shiftCode: decision.occurrence?.shiftCode,
    lateMinutes: decision.lateMinutes > a.lateGraceMinutes ? decision.lateMinutes : 0,
    earlyMinutes: decision.earlyMinutes > a.earlyLeaveGraceMinutes ? decision.earlyMinutes : 0,
    queued: fields.queued,
    idempotencyKey: fields.idempotencyKey,
    receivedAt: now.toISOString(),
  };
  try {
    await transaction({ PunchEntity, AuditEntity }, (e) => [
      e.PunchEntity.create(row).commit(),
      e.AuditEntity.create(
        Audit.item(
          {
            action: `punch.${row.direction}`,
            target: { type: "staff", id: person.staffNo },
            after: { at: row.at, attendanceDay: row.attendanceDay, shift: row.shiftCode, queued: row.queued, sequence: fields.sequence },
          },
          now,
        ),
      ).commit(),
    ]);
  } catch (error) {
    if (isConditionFailed(error)) {
      // The same sequence arrived twice at once: the other request wrote it; answer as a replay.
      const winner = await PunchEntity.get({ source: device.id, ref }).go({ consistent: true });
      if (winner.data) return replay(winner.data, fields.idempotencyKey);
    }
    throw error;
  }
  await Bus.publish(
    Events.Punched.create({ staffNo: row.staffNo, at: row.at, direction: row.direction, attendanceDay: row.attendanceDay, lateMinutes: row.lateMinutes, queued: row.queued }),
  );
  return describe(row, person.name, tz, settings.attendance.timetables, false, plans);
}

async function replay(row: PunchRow, idempotencyKey: string): Promise<ScanResult> {
  if (row.idempotencyKey && row.idempotencyKey !== idempotencyKey) {
    throw conflict("attendance.sequence-reused", "This device already used that sequence number for another scan; the kiosk's counter was reset");
  }
  const person = await mustFromNo(row.staffNo);
  const { settings } = await Settings.get();
  const tz = settings.shop.timeZone;
  const plans = await plansFor(row.staffNo, person.department, [row.attendanceDay], tz);
  return describe(row, person.name, tz, settings.attendance.timetables, true, plans);
}

function describe(
  row: Pick<PunchRow, "staffNo" | "at" | "direction" | "attendanceDay" | "shiftCode" | "lateMinutes" | "earlyMinutes" | "queued">,
  name: string,
  tz: string,
  timetables: { shifts: { code: string; name: string; segments: { start: string; end: string }[] }[] }[],
  replayed: boolean,
  plans: Awaited<ReturnType<typeof plansFor>>,
): ScanResult {
  const at = Date.parse(row.at);
  const occurrence = plans.find((p) => p.day === row.attendanceDay)?.occurrence;
  const shift = occurrence
    ? {
        code: occurrence.shiftCode,
        name: timetables.flatMap((t) => t.shifts).find((s) => s.code === occurrence.shiftCode)?.name ?? occurrence.shiftCode,
        segments: occurrence.segments.map((s) => ({ start: minutesToClock(localMinutes(s.start, tz)), end: minutesToClock(localMinutes(s.end, tz)) })),
      }
    : null;
  const warnings: ScanResult["warnings"] = [];
  if (row.lateMinutes > 0) warnings.push({ code: "late", minutes: row.lateMinutes });
  if (row.earlyMinutes > 0) warnings.push({ code: "early-leave", minutes: row.earlyMinutes });
  if (!row.shiftCode) warnings.push({ code: "no-shift" });
  if (row.queued) warnings.push({ code: "queued" });
  return {
    result: row.direction,
    staff: { staffNo: row.staffNo, name },
    at: row.at,
    attendanceDay: row.attendanceDay,
    shift,
    greeting: greeting(at, tz),
    warnings,
    replayed,
  };
}

/** A staff member's punches in [from, to] (epoch ms), oldest first. */
export async function punchesOf(staffNo: string, from: number, to: number): Promise<Punch[]> {
  const rows = await punchRowsOf(staffNo, from, to);
  return rows.map((r) => ({ at: Date.parse(r.at), direction: r.direction }));
}

export async function punchRowsOf(staffNo: string, from: number, to: number) {
  const result = await PunchEntity.query
    .byStaff({ staffNo })
    .between({ at: new Date(from).toISOString() }, { at: new Date(to).toISOString() + "\uffff" })
    .go({ pages: "all" });
  return result.data.sort((x, y) => x.at.localeCompare(y.at));
}

/** Every punch whose local day is `day` (the board reads today and yesterday). */
export async function punchesOnDay(day: string) {
  const result = await PunchEntity.query.byDay({ punchDay: day }).go({ pages: "all" });
  return result.data;
}
