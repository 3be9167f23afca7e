import { invalid } from "../error";

/**
 * A page cursor comes back from the client, so it is input like any other: one that is not a
 * cursor we handed out (not base64url JSON of key strings, or keys of another index) is a 400
 * naming `cursor`, not a 500 from ElectroDB or DynamoDB.
 */
export async function withCursor<T>(cursor: string | undefined, run: (cursor: string | null) => Promise<T>): Promise<T> {
  if (!cursor) return run(null);
  let keys: unknown;
  try {
    keys = JSON.parse(Buffer.from(cursor, "base64url").toString("utf8"));
  } catch {
    throw badCursor();
  }
  const valid =
    typeof keys === "object" && keys !== null && !Array.isArray(keys) && Object.entries(keys).length > 0 && Object.entries(keys).every(([k, v]) => /^(pk|sk|gsi\dpk|gsi\dsk)$/.test(k) && typeof v === "string");
  if (!valid) throw badCursor();
  try {
    return await run(cursor);
  } catch (error) {
    if (isStartKeyRejected(error)) throw badCursor();
    throw error;
  }
}

/** DynamoDB's "this start key does not belong to this index", possibly wrapped by ElectroDB. */
function isStartKeyRejected(error: unknown) {
  for (let e = error as { name?: string; message?: string; cause?: unknown } | undefined, depth = 0; e && depth < 4; e = e.cause as typeof e, depth++) {
    if (e.name === "ValidationException") return true;
    if (/exclusive ?start ?key|starting key|parse cursor/i.test(e.message ?? "")) return true;
  }
  return false;
}

const badCursor = () => invalid("cursor", "request.cursor", "Not a cursor from a previous page of this list");
