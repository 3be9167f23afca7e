import { OpenAPIHono, z } from "@hono/zod-openapi";
import type { MiddlewareHandler } from "hono";
import { withActor } from "@dianwu/core/actor";
import { ShopInbox } from "@dianwu/core/orders";
import { PUBLIC } from "../http/access";
import { json, route } from "../http/route";
import { useWebhookSecret } from "./secret";
import { SIGNATURE_HEADER, verifyWebhook } from "./signature";

/**
 * POST /api/webhooks/shop: the shop platform's messages (TMC shape). Verify, store, put on the bus,
 * answer; the work happens in the orders-apply consumer. The route is public in the access table
 * because the signature is the credential: it is checked before the body is even validated.
 */
const verifySignature: MiddlewareHandler = async (c, next) => {
  // The raw text, read once and cached by Hono: the signature covers these exact bytes, and the
  // ids in it must not pass through JSON.parse's numbers.
  const body = await c.req.text();
  verifyWebhook(c.req.header(SIGNATURE_HEADER), body, useWebhookSecret());
  await next();
};

const Message = z.object({
  id: z.union([z.string(), z.number()]).openapi({ description: "Message id, an int64 (send it as a string or a bare number)" }),
  topic: z.string().openapi({ example: "taobao_trade_TradeBuyerPay" }),
  pub_time: z.string().openapi({ example: "2026-11-11 00:00:03", description: "GMT+8, no zone marker" }),
  user_nick: z.string().optional(),
  content: z.union([z.string(), z.record(z.string(), z.unknown())]).openapi({ description: "The message's fields as a JSON string" }),
});

const Ack = z.object({ messageId: z.string(), outcome: z.enum(["accepted", "duplicate"]) });

const config = route({
  method: "post",
  path: "/webhooks/shop",
  access: PUBLIC,
  summary: "Shop platform messages (TMC shape). Public route: the x-dianwu-signature HMAC is the credential",
  description:
    "Header `x-dianwu-signature: t=<unix seconds>,v1=<hex HMAC-SHA256(secret, t + \".\" + raw body)>`; a timestamp more than 5 minutes off is refused. " +
    "401 problem codes: signature.missing, signature.malformed, signature.stale, signature.mismatch. A message id seen before is acknowledged (200) and not applied again.",
  request: { body: { required: true, content: { "application/json": { schema: Message } } } },
  responses: { 202: json(Ack, "Stored and queued"), 200: json(Ack, "Seen before: acknowledged, not applied again") },
});

export const shopWebhook = new OpenAPIHono().openapi({ ...config, middleware: [...config.middleware, verifySignature] }, async (c) => {
  const body = await c.req.text();
  const result = await withActor({ type: "platform", name: "taobao" }, () => ShopInbox.receive(body));
  return c.json(result, result.outcome === "accepted" ? 202 : 200);
});
