/** Addressing inside the nested settings document, as the API names fields: `fines.lateToProductionFen`. */
export type Path = readonly (string | number)[];

export const keyOf = (path: Path) => path.join(".");

export function getAt(document: unknown, path: Path): unknown {
  let node = document;
  for (const step of path) {
    if (node === null || typeof node !== "object") return undefined;
    node = (node as Record<string | number, unknown>)[step];
  }
  return node;
}

/** A copy of `document` with `value` at `path`; untouched branches are shared. */
export function setAt<T>(document: T, path: Path, value: unknown): T {
  if (path.length === 0) return value as T;
  const [head, ...rest] = path as [string | number, ...(string | number)[]];
  const node = document as Record<string | number, unknown> | unknown[];
  const child = setAt((node as Record<string | number, unknown>)[head], rest, value);
  if (Array.isArray(node)) return node.map((item, i) => (i === head ? child : item)) as T;
  return { ...node, [head]: child } as T;
}

/**
 * The path with array indices and record keys replaced by `*`: the shape a label or an option
 * list is attached to (`attendance.timetables.*.shifts.*.name`).
 */
export function patternOf(path: Path, recordPatterns: ReadonlySet<string>) {
  const out: string[] = [];
  for (const step of path) {
    const parent = out.join(".");
    out.push(typeof step === "number" || recordPatterns.has(parent) ? "*" : step);
  }
  return out.join(".");
}

/**
 * The API's field names (`settings.fines.x`) as paths into the document (`fines.x`), each with
 * its message; `settings.stale` and other document-wide problems are not fields.
 */
export function fieldErrors(errors: readonly { field: string; message: string }[] | undefined, fallback?: { field?: string; detail?: string }) {
  const byField: Record<string, string> = {};
  for (const { field, message } of errors ?? []) {
    if (field.startsWith("settings.")) byField[field.slice("settings.".length)] ??= message;
  }
  if (fallback?.field?.startsWith("settings.") && fallback.detail) {
    byField[fallback.field.slice("settings.".length)] ??= fallback.detail;
  }
  return byField;
}
