import { OpenAPIHono, z } from "@hono/zod-openapi";
import { Settings } from "@dianwu/core/settings";
import { MANAGERS } from "@dianwu/core/staff";
import { staff } from "../access";
import { json, jsonBody, route } from "../route";

const Document = z.object({ settings: Settings.Info, version: z.number().int().min(0) });

export const settings = new OpenAPIHono()
  .openapi(
    route({
      method: "get",
      path: "/settings",
      access: staff(MANAGERS),
      summary: "The shop's settings (every number of the house rules) and their version",
      responses: { 200: json(Document) },
    }),
    async (c) => c.json(await Settings.get(), 200),
  )
  .openapi(
    route({
      method: "put",
      path: "/settings",
      access: staff(MANAGERS),
      summary: "Replace the settings; `version` must be the one read (409 if someone saved in between)",
      request: { body: jsonBody(Document) },
      responses: { 200: json(Document), 409: json(z.object({ currentVersion: z.number() }), "Changed meanwhile") },
    }),
    async (c) => c.json(await Settings.update(c.req.valid("json")), 200),
  );
