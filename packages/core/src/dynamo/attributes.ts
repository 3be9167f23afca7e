/**
 * DynamoDB's attribute-value encoding for plain values, in both directions: what the SDK's
 * lib-dynamodb does with `removeUndefinedValues` (ElectroDB writes through that), for the hot
 * path that talks to DynamoDB without the SDK. Sets come back as arrays, as ElectroDB returns them.
 */
export type AttributeValue =
  | { S: string }
  | { N: string }
  | { BOOL: boolean }
  | { NULL: true }
  | { L: AttributeValue[] }
  | { M: Record<string, AttributeValue> }
  | { SS: string[] }
  | { NS: string[] };

/** A string set to write (a plain array is written as a list). */
export class StringSet {
  constructor(readonly values: readonly string[]) {}
}

export function toAttribute(value: unknown): AttributeValue | undefined {
  if (value === undefined) return undefined;
  if (value === null) return { NULL: true };
  switch (typeof value) {
    case "string":
      return { S: value };
    case "number":
      if (!Number.isFinite(value)) throw new TypeError(`Cannot store the number ${value}`);
      return { N: String(value) };
    case "boolean":
      return { BOOL: value };
    case "object":
      // Undefined list members are left out, as lib-dynamodb's removeUndefinedValues does.
      if (Array.isArray(value)) return { L: value.flatMap((v) => toAttribute(v) ?? []) };
      if (value instanceof StringSet) return { SS: [...value.values] };
      if (value instanceof Set) {
        const members = [...value];
        return members.length > 0 && members.every((m) => typeof m === "number") ? { NS: members.map(String) } : { SS: members.map(String) };
      }
      return { M: toAttributes(value as Record<string, unknown>) };
    default:
      throw new TypeError(`Cannot store a ${typeof value}`);
  }
}

export function toAttributes(record: Record<string, unknown>): Record<string, AttributeValue> {
  const out: Record<string, AttributeValue> = {};
  for (const [name, value] of Object.entries(record)) {
    const attribute = toAttribute(value);
    if (attribute) out[name] = attribute;
  }
  return out;
}

export function fromAttribute(attribute: AttributeValue): unknown {
  if ("S" in attribute) return attribute.S;
  if ("N" in attribute) return Number(attribute.N);
  if ("BOOL" in attribute) return attribute.BOOL;
  if ("NULL" in attribute) return null;
  if ("L" in attribute) return attribute.L.map(fromAttribute);
  if ("M" in attribute) return fromAttributes(attribute.M);
  if ("SS" in attribute) return [...attribute.SS];
  if ("NS" in attribute) return attribute.NS.map(Number);
  throw new TypeError(`Unsupported attribute ${JSON.stringify(attribute)}`);
}

export function fromAttributes(record: Record<string, AttributeValue>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [name, attribute] of Object.entries(record)) out[name] = fromAttribute(attribute);
  return out;
}
