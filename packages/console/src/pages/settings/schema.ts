import { DEPARTMENTS } from "../../domain";
import type { ShopSettings } from "../../api/types";

/**
 * What the form needs beyond the document itself. The form is drawn from the document, so a
 * setting added to the domain shows up without a change here (labels.test.ts then asks for its
 * label); this file only adds what a value cannot say: choices, templates for new list items,
 * and which objects are maps keyed by a name.
 */

/** Sections in the order a manager looks for them; sections added later follow at the end. */
const PREFERRED_SECTIONS = ["shop", "orders", "parcels", "service", "fines", "attendance", "packing", "warehouse", "appraisal", "listings", "contracts"];

export function sectionsOf(doc: object): string[] {
  const keys = Object.keys(doc);
  return [...PREFERRED_SECTIONS.filter((k) => keys.includes(k)), ...keys.filter((k) => !PREFERRED_SECTIONS.includes(k))];
}

export type Value = string | number;
export interface Choice {
  value: Value;
  /** A dictionary key, or text as it is (a timetable's own name). */
  label: { key: string } | { text: string };
}
type ChoiceSource = readonly Value[] | { values: readonly Value[]; labelPrefix: string } | ((doc: ShopSettings) => Choice[]);

const FLAGS = { values: [0, 1, 2, 3, 4, 5], labelPrefix: "settings.flag." } as const;

/** Settings with a fixed or document-given set of values. Plain lists are labelled `settings.option.<pattern>.<value>`. */
const CHOICES: Record<string, ChoiceSource> = {
  "contracts.probationRuleSet": ["national", "template"],
  "attendance.timetables.*.restDays.per": ["month", "week"],
  "attendance.overtime.overLimit": ["block", "flag"],
  "attendance.holidayOverrides.*": ["workday", "rest", "holiday"],
  "service.weeklyMeeting.weekday": [1, 2, 3, 4, 5, 6, 7],
  "orders.warehouseFlag": FLAGS,
  "parcels.noMergeFlags": FLAGS,
  "attendance.departmentTimetables.*": (doc) =>
    doc.attendance.timetables.map((t) => ({ value: t.code, label: { text: t.name ? `${t.name} (${t.code})` : t.code } })),
};

export function choicesFor(pattern: string, doc: ShopSettings): Choice[] | undefined {
  const source = CHOICES[pattern];
  if (!source) return undefined;
  if (typeof source === "function") return source(doc);
  if ("labelPrefix" in source) return source.values.map((value) => ({ value, label: { key: `${source.labelPrefix}${value}` } }));
  return (source as readonly Value[]).map((value) => ({ value, label: { key: `settings.option.${pattern}.${value}` } }));
}
export const hasChoices = (pattern: string) => pattern in CHOICES;

/** Lists of plain values: what an item is, when the list may be empty and cannot show it. */
export const VALUE_LISTS: Record<string, "string" | "number"> = {
  "parcels.noMergeMemoMarkers": "string",
  "parcels.noMergeFlags": "number",
};

/** Objects whose keys the manager chooses: one entry per department, or per date. */
export interface RecordSpec {
  /** The keys to pick from; a date input when the keys are dates. */
  keys: readonly string[] | "date";
  keyLabel?: (key: string) => string;
  template: (doc: ShopSettings, key: string) => unknown;
}
export const RECORDS: Record<string, RecordSpec> = {
  "appraisal.departmentWeights": {
    keys: DEPARTMENTS,
    keyLabel: (key) => `department.${key}`,
    template: (doc) => ({ ...doc.appraisal.weights }),
  },
  "attendance.departmentTimetables": {
    keys: DEPARTMENTS,
    keyLabel: (key) => `department.${key}`,
    template: (doc) => doc.attendance.timetables[0]?.code ?? "",
  },
  "attendance.holidayOverrides": { keys: "date", template: () => "holiday" },
};
export const RECORD_PATTERNS: ReadonlySet<string> = new Set(Object.keys(RECORDS));

/** What a new item of a list starts as. Lists without a template can be edited but not grown. */
export const ITEM_TEMPLATES: Record<string, () => unknown> = {
  "attendance.timetables": () => ({
    code: "",
    name: "",
    shifts: [{ code: "day", name: "", segments: [{ start: "09:00", end: "18:00" }] }],
    restDays: { count: 4, per: "month" },
  }),
  "attendance.timetables.*.shifts": () => ({ code: "", name: "", segments: [{ start: "09:00", end: "18:00" }] }),
  "attendance.timetables.*.shifts.*.segments": () => ({ start: "09:00", end: "18:00" }),
};

/** Lists shown folded, one line per item, because each item is long (a timetable and its shifts). */
export const FOLDED_LISTS: Record<string, (item: unknown) => string> = {
  "attendance.timetables": (item) => {
    const timetable = item as ShopSettings["attendance"]["timetables"][number];
    return timetable.shifts
      .map((shift) => `${shift.name} ${shift.segments.map((s) => `${s.start}–${s.end}`).join(" + ")}`)
      .join(" · ");
  },
};

export type LeafKind = "money" | "number" | "text" | "boolean" | "choice";

/** Money is every `…Fen` number (the domain's naming rule); the rest follows the value's type. */
export function leafKind(pattern: string, value: unknown): LeafKind {
  if (hasChoices(pattern)) return "choice";
  if (typeof value === "boolean") return "boolean";
  if (typeof value === "number") return /Fen$/.test(pattern) ? "money" : "number";
  return "text";
}

/** Label keys to try for a node, most specific first: `settings.<pattern>`, then the leaf's own name. */
export function labelKeys(pattern: string) {
  const stripped = pattern.replace(/\.\*/g, "");
  const last = stripped.split(".").at(-1) ?? stripped;
  return [`settings.${stripped}`, `settings.field.${last}`];
}
