import * as z from "zod";
import type { EntityItem } from "electrodb";
import { Audit } from "../audit";
import { AuditEntity } from "../audit/entities";
import { Bus } from "../bus";
import { isConditionFailed, transaction } from "../db";
import { useStaff } from "../actor";
import { conflict, forbidden, invalid, notFound } from "../error";
import { Settings, type SettingsInfo } from "../settings";
import { Timetable } from "../settings/schema";
import { Department } from "../staff/roles";
import { list as listStaff, mustFromNo } from "../staff/service";
import { RosterEntity } from "./entities";
import { Events } from "./events";
import { approvedBetween, leaveDays } from "./leave";
import { analyseRoster, generateRoster, REST, type Cells } from "./roster-rules";
import { assertSupervises, supervises } from "./scope";
import { occurrence, findShift, type TimetableInfo } from "./shift";
import { daysOfMonth, MONTH_PATTERN } from "./time";
import type { DayPlan } from "./day-rules";

const Month = z.string().regex(MONTH_PATTERN, "YYYY-MM");
const StaffNo = z.string().regex(/^\d{3,8}$/, "3 to 8 digits");
const ShiftCount = z.record(z.string().min(1).max(20), z.number().int().min(0).max(500));

export const Coverage = z.object({
  perShift: ShiftCount,
  byWeekday: z.record(z.enum(["1", "2", "3", "4", "5", "6", "7"]), ShiftCount).optional(),
});
export const Rotation = z.object({
  cycle: z.array(z.string().min(1).max(20)).min(1).max(12),
  switchWeekday: z.number().int().min(1).max(7),
  anchor: z.string().date(),
});

export const Problems = z.object({
  uncovered: z.array(z.object({ day: z.string(), shiftCode: z.string(), need: z.number(), have: z.number() })),
  quota: z.array(
    z.object({
      staffNo: z.string(),
      from: z.string(),
      to: z.string(),
      restDays: z.number(),
      quota: z.number(),
      problem: z.enum(["too-few-rest-days", "too-many-rest-days"]),
    }),
  ),
  unknownCells: z.array(z.object({ staffNo: z.string(), day: z.string(), value: z.string() })),
  /** Days on approved leave, per staff member, as the analysis counted them. */
  leave: z.array(z.object({ staffNo: z.string(), days: z.array(z.string()), coverStaffNo: z.string().optional() })),
});

export const Info = z.object({
  department: Department,
  month: z.string(),
  status: z.enum(["draft", "published"]),
  version: z.number(),
  timetable: Timetable,
  days: z.array(z.string()),
  staff: z.array(z.object({ staffNo: z.string(), name: z.string() })),
  /** staffNo → one cell per day of the month: a shift code or "rest". */
  cells: z.record(z.string(), z.array(z.string())),
  coverage: Coverage,
  rotation: Rotation.optional(),
  updatedAt: z.string(),
  updatedBy: z.string(),
  publishedAt: z.string().optional(),
  publishedBy: z.string().optional(),
  problems: Problems,
});
export type Info = z.infer<typeof Info>;

export const GenerateInput = z.object({
  department: Department,
  month: Month,
  /** Defaults to the department's timetable in the settings. */
  timetableCode: z.string().min(1).max(20).optional(),
  /** Defaults to the department's active staff. */
  staffNos: z.array(StaffNo).min(1).max(500).optional(),
  rotation: Rotation.optional(),
  coverage: Coverage,
  /** The version of the draft being replaced, if one exists. */
  replaceVersion: z.number().int().min(1).optional(),
});

export const EditInput = z.object({
  version: z.number().int().min(1),
  changes: z
    .array(z.object({ staffNo: StaffNo, day: z.string().date(), value: z.string().min(1).max(20) }))
    .min(1)
    .max(2000),
  coverage: Coverage.optional(),
});

export const PublishInput = z.object({
  version: z.number().int().min(1),
  /** Publish although uncovered shifts or quota breaches remain (the supervisor has seen them). */
  acceptProblems: z.boolean().default(false),
});

type Row = EntityItem<typeof RosterEntity>;

async function present(row: Row, names?: Map<string, string>): Promise<Info> {
  const timetable = Timetable.parse(JSON.parse(row.timetable));
  const cells = JSON.parse(row.cells) as Cells;
  const coverage = Coverage.parse(JSON.parse(row.coverage));
  const days = daysOfMonth(row.month);
  const leaves = await approvedBetween(row.department, days[0]!, days.at(-1)!);
  const leave = leaves.map((l) => ({ staffNo: l.staffNo, days: leaveDays(l, days[0]!, days.at(-1)!), coverStaffNo: l.coverStaffNo }));
  const analysis = analyseRoster({ month: row.month, cells, timetable, coverage, leaves: leave });
  const staffNames = names ?? new Map((await listStaff()).map((s) => [s.staffNo, s.name]));
  return {
    department: row.department,
    month: row.month,
    status: row.status,
    version: row.version,
    timetable,
    days,
    staff: Object.keys(cells).map((staffNo) => ({ staffNo, name: staffNames.get(staffNo) ?? staffNo })),
    cells,
    coverage,
    rotation: row.rotation ? Rotation.parse(JSON.parse(row.rotation)) : undefined,
    updatedAt: row.updatedAt,
    updatedBy: row.updatedBy,
    publishedAt: row.publishedAt,
    publishedBy: row.publishedBy,
    problems: { ...analysis, leave },
  };
}

async function read(department: Department, month: string) {
  const row = await RosterEntity.get({ department, month }).go({ consistent: true });
  return row.data ?? undefined;
}

async function mustRead(department: Department, month: string) {
  const row = await read(department, month);
  if (!row) throw notFound("roster.not-found", `No roster for ${department} in ${month}`);
  return row;
}

export function timetableFor(settings: SettingsInfo, department: Department, code?: string): TimetableInfo {
  const wanted = code ?? settings.attendance.departmentTimetables[department];
  const timetable = settings.attendance.timetables.find((t) => t.code === wanted);
  if (!timetable) throw invalid("timetableCode", "roster.unknown-timetable", `No timetable ${wanted ?? "(none set for this department)"} in the settings`);
  return timetable;
}

/** A draft roster from a rotation and coverage needs; replaces an existing draft, never a published roster. */
export async function generate(input: z.input<typeof GenerateInput>): Promise<Info> {
  const fields = GenerateInput.parse(input);
  const actor = assertSupervises(fields.department);
  const { settings } = await Settings.get();
  const timetable = timetableFor(settings, fields.department, fields.timetableCode);
  const codes = new Set(timetable.shifts.map((s) => s.code));
  for (const code of [...Object.keys(fields.coverage.perShift), ...(fields.rotation?.cycle ?? [])]) {
    if (!codes.has(code)) throw invalid("coverage", "roster.unknown-shift", `Shift ${code} is not in timetable ${timetable.code}`);
  }
  const everyone = await listStaff();
  const staffNos = fields.staffNos ?? everyone.filter((s) => s.active && s.department === fields.department).map((s) => s.staffNo);
  const known = new Set(everyone.map((s) => s.staffNo));
  const stranger = staffNos.find((s) => !known.has(s));
  if (stranger) throw invalid("staffNos", "roster.unknown-staff", `No staff member ${stranger}`);
  if (staffNos.length === 0) throw invalid("staffNos", "roster.no-staff", "The department has nobody to roster");
  const cells = generateRoster({ month: fields.month, staff: staffNos, timetable, rotation: fields.rotation, coverage: fields.coverage });
  const existing = await read(fields.department, fields.month);
  if (existing?.status === "published") throw conflict("roster.published", "This month's roster is published; edit it instead");
  if (existing && existing.version !== fields.replaceVersion) {
    throw conflict("roster.stale", "A draft exists; pass its version as replaceVersion to replace it", { currentVersion: existing.version });
  }
  const now = new Date().toISOString();
  const row = {
    department: fields.department,
    month: fields.month,
    status: "draft" as const,
    version: (existing?.version ?? 0) + 1,
    timetable: JSON.stringify(timetable),
    cells: JSON.stringify(cells),
    coverage: JSON.stringify(fields.coverage),
    rotation: fields.rotation ? JSON.stringify(fields.rotation) : undefined,
    updatedAt: now,
    updatedBy: actor.staffNo,
  };
  try {
    await transaction({ RosterEntity, AuditEntity }, (e) => [
      existing
        ? e.RosterEntity.put(row)
            .where((a, op) => `${op.eq(a.version, existing.version)} AND ${op.eq(a.status, "draft")}`)
            .commit()
        : e.RosterEntity.create(row).commit(),
      e.AuditEntity.create(
        Audit.item({
          action: "roster.generate",
          target: { type: "roster", id: `${fields.department}/${fields.month}` },
          after: { timetable: timetable.code, staff: staffNos.length, coverage: fields.coverage, rotation: fields.rotation },
        }),
      ).commit(),
    ]);
  } catch (error) {
    if (isConditionFailed(error)) throw conflict("roster.stale", "The roster changed meanwhile; reload it");
    throw error;
  }
  return present(row, new Map(everyone.map((s) => [s.staffNo, s.name])));
}

/** Supervisors see any roster of their departments; everyone else their own department's published one. */
export async function get(department: Department, month: string): Promise<Info> {
  const actor = useStaff();
  const row = await mustRead(department, Month.parse(month));
  if (!supervises(actor.roles, department)) {
    const me = await mustFromNo(actor.staffNo);
    if (me.department !== department || row.status !== "published") throw forbidden("roster.not-visible", "Only your own department's published roster is visible to you");
  }
  return present(row);
}

/** Supervisor edits: cells changed one by one, against the version read (two editors never overwrite each other). */
export async function edit(department: Department, month: string, input: z.input<typeof EditInput>): Promise<Info> {
  const fields = EditInput.parse(input);
  const actor = assertSupervises(department);
  const row = await mustRead(department, Month.parse(month));
  if (row.version !== fields.version) throw conflict("roster.stale", "The roster changed meanwhile; reload it", { currentVersion: row.version });
  const timetable = Timetable.parse(JSON.parse(row.timetable));
  const cells = JSON.parse(row.cells) as Cells;
  const days = daysOfMonth(month);
  const codes = new Set([REST, ...timetable.shifts.map((s) => s.code)]);
  const before: Record<string, string> = {};
  const newcomers = [...new Set(fields.changes.map((c) => c.staffNo).filter((s) => !cells[s]))];
  if (newcomers.length) {
    const known = new Set((await listStaff()).map((s) => s.staffNo));
    const stranger = newcomers.find((s) => !known.has(s));
    if (stranger) throw invalid("changes", "roster.unknown-staff", `No staff member ${stranger}`);
  }
  fields.changes.forEach((change, i) => {
    const index = days.indexOf(change.day);
    if (index < 0) throw invalid(`changes.${i}.day`, "roster.day-outside-month", `${change.day} is not in ${month}`);
    if (!codes.has(change.value)) throw invalid(`changes.${i}.value`, "roster.unknown-shift", `${change.value} is not a shift of ${timetable.code} nor "rest"`);
    const row_ = (cells[change.staffNo] ??= days.map(() => REST));
    before[`${change.staffNo}/${change.day}`] = row_[index]!;
    row_[index] = change.value;
  });
  const changes = {
    cells: JSON.stringify(cells),
    coverage: fields.coverage ? JSON.stringify(fields.coverage) : row.coverage,
    version: row.version + 1,
    updatedAt: new Date().toISOString(),
    updatedBy: actor.staffNo,
  };
  try {
    await transaction({ RosterEntity, AuditEntity }, (e) => [
      e.RosterEntity.patch({ department, month })
        .set(changes)
        .where((a, op) => op.eq(a.version, row.version))
        .commit(),
      e.AuditEntity.create(
        Audit.item({
          action: "roster.edit",
          target: { type: "roster", id: `${department}/${month}` },
          before,
          after: Object.fromEntries(fields.changes.map((c) => [`${c.staffNo}/${c.day}`, c.value])),
        }),
      ).commit(),
    ]);
  } catch (error) {
    if (isConditionFailed(error)) throw conflict("roster.stale", "The roster changed meanwhile; reload it");
    throw error;
  }
  return present({ ...row, ...changes });
}

/** Publishes the roster. Remaining problems must be accepted explicitly: they are shown, never hidden. */
export async function publish(department: Department, month: string, input: z.input<typeof PublishInput>): Promise<Info> {
  const fields = PublishInput.parse(input);
  const actor = assertSupervises(department);
  const row = await mustRead(department, Month.parse(month));
  if (row.version !== fields.version) throw conflict("roster.stale", "The roster changed meanwhile; reload it", { currentVersion: row.version });
  const current = await present(row);
  const { uncovered, quota, unknownCells } = current.problems;
  if (unknownCells.length) throw conflict("roster.unknown-cells", "Some cells name no shift of the timetable", { problems: current.problems });
  if ((uncovered.length || quota.length) && !fields.acceptProblems) {
    throw conflict("roster.problems", `${uncovered.length} uncovered shift(s), ${quota.length} rest-day quota breach(es)`, { problems: current.problems });
  }
  const now = new Date().toISOString();
  const changes = { status: "published" as const, version: row.version + 1, publishedAt: now, publishedBy: actor.staffNo, updatedAt: now, updatedBy: actor.staffNo };
  try {
    await transaction({ RosterEntity, AuditEntity }, (e) => [
      e.RosterEntity.patch({ department, month })
        .set(changes)
        .where((a, op) => op.eq(a.version, row.version))
        .commit(),
      e.AuditEntity.create(
        Audit.item({
          action: "roster.publish",
          target: { type: "roster", id: `${department}/${month}` },
          after: { uncovered: uncovered.length, quotaBreaches: quota.length },
          note: uncovered.length || quota.length ? "published with accepted problems" : undefined,
        }),
      ).commit(),
    ]);
  } catch (error) {
    if (isConditionFailed(error)) throw conflict("roster.stale", "The roster changed meanwhile; reload it");
    throw error;
  }
  await Bus.publish(Events.RosterPublished.create({ department, month, staffNos: Object.keys(current.cells) }));
  return { ...current, ...changes };
}

export async function forMonth(month: string) {
  const result = await RosterEntity.query.byMonth({ month: Month.parse(month) }).go({ pages: "all" });
  return result.data.map((r) => ({ department: r.department, month: r.month, status: r.status, version: r.version, updatedAt: r.updatedAt, publishedAt: r.publishedAt }));
}

/**
 * The plan of each of `days` for one staff member: the published roster's shift placed in time
 * (or a rest day), and whether approved leave covers the day. Drafts plan nothing.
 */
export async function plansFor(staffNo: string, department: Department, days: string[], timeZone: string, cache = new Map<string, Row | null>()): Promise<DayPlan[]> {
  if (days.length === 0) return [];
  const months = [...new Set(days.map((d) => d.slice(0, 7)))];
  for (const month of months) {
    const key = `${department}/${month}`;
    if (!cache.has(key)) cache.set(key, (await read(department, month)) ?? null);
  }
  const leaves = (await approvedBetween(department, days[0]!, days.at(-1)!)).filter((l) => l.staffNo === staffNo && l.valid);
  return plansFromRosters(staffNo, department, days, timeZone, cache, leaves);
}

/** The same, from rosters and leave already read (the board and the summaries read them once for everyone). */
export function plansFromRosters(
  staffNo: string,
  department: Department,
  days: string[],
  timeZone: string,
  rosters: Map<string, Row | null>,
  validLeaves: { from: string; to: string }[],
): DayPlan[] {
  return days.map((day) => {
    const row = rosters.get(`${department}/${day.slice(0, 7)}`);
    const onLeave = validLeaves.some((l) => l.from <= day && day <= l.to);
    if (!row || row.status !== "published") return { day, onLeave };
    const cells = parsedCells(row);
    const code = cells[staffNo]?.[Number(day.slice(8)) - 1];
    const shift = code && code !== REST ? findShift(parsedTimetable(row), code) : undefined;
    return { day, occurrence: shift ? occurrence(shift, day, timeZone) : undefined, onLeave };
  });
}

const parsed = new WeakMap<Row, { cells: Cells; timetable: TimetableInfo }>();
function parsedCells(row: Row) {
  return parse(row).cells;
}
function parsedTimetable(row: Row) {
  return parse(row).timetable;
}
function parse(row: Row) {
  let p = parsed.get(row);
  if (!p) {
    p = { cells: JSON.parse(row.cells) as Cells, timetable: Timetable.parse(JSON.parse(row.timetable)) };
    parsed.set(row, p);
  }
  return p;
}

/** Reads the rosters of some months for a department into a cache map (for plansFromRosters). */
export async function loadRosters(department: Department, months: string[], cache = new Map<string, Row | null>()) {
  for (const month of months) {
    const key = `${department}/${month}`;
    if (!cache.has(key)) cache.set(key, (await read(department, month)) ?? null);
  }
  return cache;
}
