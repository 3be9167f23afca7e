import * as z from "zod";
import type { Actor } from "../actor";
import { useActor } from "../actor";
import { newId } from "../id";

/**
 * The envelope every event travels in, shaped like an EventBridge event so that the cloud bus
 * and the local in-process bus carry the same thing. `id` is ours (EventBridge assigns its own
 * on delivery): consumers are idempotent by it.
 */
export const Envelope = z.object({
  id: z.string().min(1),
  source: z.string().min(1),
  "detail-type": z.string().min(1),
  time: z.string().datetime(),
  detail: z.unknown(),
  actor: z.custom<Actor>((value) => typeof value === "object" && value !== null && "type" in value),
});
export type Envelope<D = unknown> = Omit<z.infer<typeof Envelope>, "detail"> & { detail: D };

export interface EventDefinition<T extends string, S extends z.ZodType> {
  type: T;
  source: string;
  schema: S;
  /** Build a validated envelope; the actor is whoever is acting now. */
  create(detail: z.input<S>): Envelope<z.output<S>>;
  /** Parse an envelope's detail, throwing on a shape mismatch (a bug or a forged event). */
  parse(envelope: Envelope): Envelope<z.output<S>>;
}

/** `defineEvent("staff.deactivated", z.object({...}))`: the area's name is the source. */
export function defineEvent<T extends `${string}.${string}`, S extends z.ZodType>(
  type: T,
  schema: S,
): EventDefinition<T, S> {
  const source = `dianwu.${type.split(".")[0]}`;
  return {
    type,
    source,
    schema,
    create(detail) {
      return {
        id: newId(),
        source,
        "detail-type": type,
        time: new Date().toISOString(),
        detail: schema.parse(detail),
        actor: useActor(),
      };
    },
    parse(envelope) {
      return { ...envelope, detail: schema.parse(envelope.detail) };
    },
  };
}
