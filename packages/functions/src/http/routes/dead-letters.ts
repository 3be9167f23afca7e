import { OpenAPIHono, z } from "@hono/zod-openapi";
import { DeadLetter, runConsumer } from "@dianwu/core/bus";
import { ADMINS } from "@dianwu/core/staff";
import { Audit } from "@dianwu/core/audit";
import { notFound } from "@dianwu/core/error";
import { consumers } from "../../events";
import { staff } from "../access";
import { json, page, PageQuery, route } from "../route";

const Item = z
  .object({
    deadLetterId: z.string(),
    consumer: z.string(),
    eventId: z.string(),
    detailType: z.string(),
    error: z.string(),
    attempts: z.number(),
    failedAt: z.string(),
    state: z.enum(["open", "replayed", "discarded"]),
    resolvedAt: z.string().optional(),
  })
  .openapi("DeadLetter");
const Id = z.object({ deadLetterId: z.string().min(1).max(40) });

export const deadLetters = new OpenAPIHono()
  .openapi(
    route({
      method: "get",
      path: "/dead-letters",
      access: staff(ADMINS),
      summary: "Events a consumer could not apply after its retries",
      request: { query: PageQuery.extend({ state: z.enum(["open", "replayed", "discarded"]).default("open") }) },
      responses: { 200: json(page(Item)) },
    }),
    async (c) => {
      const q = c.req.valid("query");
      const result = await DeadLetter.list(q);
      return c.json({ items: result.items, cursor: result.cursor ?? null }, 200);
    },
  )
  .openapi(
    route({
      method: "get",
      path: "/dead-letters/{deadLetterId}",
      access: staff(ADMINS),
      summary: "One dead letter with its event",
      request: { params: Id },
      responses: { 200: json(Item.extend({ envelope: z.unknown() })) },
    }),
    async (c) => c.json(await DeadLetter.fromId(c.req.valid("param").deadLetterId), 200),
  )
  .openapi(
    route({
      method: "post",
      path: "/dead-letters/{deadLetterId}/replay",
      access: staff(ADMINS),
      summary: "Run the consumer on the event again (after fixing the cause)",
      request: { params: Id },
      responses: { 200: json(z.object({ outcome: z.enum(["applied", "duplicate", "dead-lettered"]) })) },
    }),
    async (c) => {
      const letter = await DeadLetter.fromId(c.req.valid("param").deadLetterId);
      const consumer = consumers[letter.consumer];
      if (!consumer) throw notFound("dead-letter.consumer-gone", `Consumer ${letter.consumer} no longer exists`);
      // Resolve first so two people pressing replay do not both run it.
      await DeadLetter.resolve(letter.deadLetterId, "replayed");
      const outcome = await runConsumer(letter.consumer, consumer, letter.envelope);
      await Audit.record({ action: "dead-letter.replay", target: { type: "dead-letter", id: letter.deadLetterId }, after: { outcome } });
      return c.json({ outcome }, 200);
    },
  )
  .openapi(
    route({
      method: "post",
      path: "/dead-letters/{deadLetterId}/discard",
      access: staff(ADMINS),
      summary: "Close a dead letter without replaying it",
      request: { params: Id },
      responses: { 204: { description: "Discarded" } },
    }),
    async (c) => {
      const { deadLetterId } = c.req.valid("param");
      await DeadLetter.resolve(deadLetterId, "discarded");
      await Audit.record({ action: "dead-letter.discard", target: { type: "dead-letter", id: deadLetterId } });
      return c.body(null, 204);
    },
  );
