import { OpenAPIHono, z } from "@hono/zod-openapi";
import { useActor, useDevice } from "@dianwu/core/actor";
import { Badge, Device, MANAGERS } from "@dianwu/core/staff";
import { Settings } from "@dianwu/core/settings";
import { PUBLIC, device, staff } from "../access";
import { json, jsonBody, route } from "../route";

const Info = Device.Info;
const DeviceId = z.object({ deviceId: z.string().min(1).max(40) });

/** Console side: managers create pairing codes, list and revoke devices. */
export const devices = new OpenAPIHono()
  .openapi(
    route({
      method: "get",
      path: "/devices",
      access: staff(MANAGERS),
      summary: "Paired kiosks, newest first",
      responses: { 200: json(z.object({ items: z.array(Info) })) },
    }),
    async (c) => c.json({ items: await Device.list() }, 200),
  )
  .openapi(
    route({
      method: "post",
      path: "/devices/pairing-codes",
      access: staff(MANAGERS),
      summary: "A one-time code to type into a new kiosk (valid 15 minutes)",
      request: { body: jsonBody(Device.PairingInput) },
      responses: {
        201: json(z.object({ code: z.string(), expiresAt: z.string(), kind: Device.Kind, name: z.string(), location: z.string() })),
      },
    }),
    async (c) => c.json(await Device.createPairingCode(c.req.valid("json")), 201),
  )
  .openapi(
    route({
      method: "post",
      path: "/devices/{deviceId}/revoke",
      access: staff(MANAGERS),
      summary: "Stop a device; it is refused within a minute",
      request: { params: DeviceId },
      responses: { 200: json(Info) },
    }),
    async (c) => c.json(await Device.revoke(c.req.valid("param").deviceId), 200),
  );

const KioskSettings = z.object({
  scannerMaxInterKeyMs: z.number(),
  scannerMinLength: z.number(),
  gs1Substitute: z.string(),
  repeatScanWindowSeconds: z.number(),
  timeZone: z.string(),
});

/** Kiosk side: pairing with a code, then badge scans. */
export const kiosk = new OpenAPIHono()
  .openapi(
    route({
      method: "post",
      path: "/kiosk/pair",
      access: PUBLIC,
      summary: "Exchange a pairing code for a device token (shown once; the kiosk keeps it)",
      request: { body: jsonBody(z.object({ code: z.string().trim().min(1).max(20) })) },
      responses: { 201: json(z.object({ token: z.string(), device: Info.omit({ revokedAt: true }) })) },
    }),
    async (c) => c.json(await Device.pair(c.req.valid("json").code), 201),
  )
  .openapi(
    route({
      method: "get",
      path: "/kiosk/me",
      access: device("packing_bench", "clock_in"),
      summary: "This device, its mode and the settings the kiosk needs",
      responses: {
        200: json(
          z.object({
            device: z.object({ id: z.string(), kind: Device.Kind, name: z.string() }),
            operator: z.object({ staffNo: z.string() }).optional(),
            settings: KioskSettings,
          }),
        ),
      },
    }),
    async (c) => {
      const actor = useActor();
      // The access rule guarantees a device here.
      const dev = useDevice(actor)!;
      const { settings } = await Settings.get();
      return c.json(
        {
          device: { id: dev.id, kind: dev.kind, name: dev.name ?? "" },
          operator: actor.type === "staff" ? { staffNo: actor.staffNo } : undefined,
          settings: {
            scannerMaxInterKeyMs: settings.packing.scannerMaxInterKeyMs,
            scannerMinLength: settings.packing.scannerMinLength,
            gs1Substitute: settings.packing.gs1Substitute,
            repeatScanWindowSeconds: settings.attendance.repeatScanWindowSeconds,
            timeZone: settings.shop.timeZone,
          },
        },
        200,
      );
    },
  )
  .openapi(
    route({
      method: "post",
      path: "/kiosk/badge",
      access: device("packing_bench", "clock_in"),
      summary: "A badge scanned at this device: who it is, and an operator token for the work that follows",
      request: { body: jsonBody(z.object({ code: z.string().trim().min(1).max(64) })) },
      responses: {
        200: json(z.object({ token: z.string(), staff: z.object({ staffNo: z.string(), name: z.string(), roles: z.array(z.string()) }) })),
      },
    }),
    async (c) => c.json(await Badge.identify(c.req.valid("json").code), 200),
  );
