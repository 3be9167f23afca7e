import { OpenAPIHono } from "@hono/zod-openapi";
import { Clock } from "@dianwu/core/attendance";
import { device } from "../access";
import { json, jsonBody, route } from "../route";

/**
 * The clock-in kiosk's one call. The badge code travels in the punch itself (device access, not
 * operator access): one scan is one request, and the offline queue can replay it without first
 * exchanging the badge for a token (docs/decisions/0040).
 */
export const attendanceClock = new OpenAPIHono().openapi(
  route({
    method: "post",
    path: "/attendance/punches",
    access: device("clock_in"),
    summary: "A badge scanned at the clock-in kiosk: clock in or out, or ignore a repeat; replays of a sequence number return the first outcome",
    request: { body: jsonBody(Clock.ScanInput) },
    responses: { 200: json(Clock.ScanResult), 409: json(Clock.ScanResult.partial(), "The sequence number was used for another scan") },
  }),
  async (c) => c.json(await Clock.scan(c.req.valid("json")), 200),
);
