import { createSignal } from "solid-js";
import { ApiError } from "../api/problem";

export type Outcome<R> = { ok: true; value: R } | { ok: false; error: unknown };

/**
 * A form's submit: pending while it runs, the error it ended with (for the banner), and which
 * inputs the API named (for highlighting). One per form, so two forms never share an error.
 */
export function createAction<A extends unknown[], R>(fn: (...args: A) => Promise<R>) {
  const [pending, setPending] = createSignal(false);
  const [error, setError] = createSignal<unknown>();

  async function run(...args: A): Promise<Outcome<R>> {
    setPending(true);
    setError(undefined);
    try {
      return { ok: true, value: await fn(...args) };
    } catch (caught) {
      setError(caught);
      return { ok: false, error: caught };
    } finally {
      setPending(false);
    }
  }

  /** Whether the last failure named this input (`field` of the problem, or one of its `errors`). */
  const invalid = (field: string) => {
    const e = error();
    return e instanceof ApiError && e.names(field);
  };

  return { run, pending, error, invalid, clear: () => setError(undefined) };
}
