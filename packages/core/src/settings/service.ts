import * as z from "zod";
import { AuditEntity } from "../audit/entities";
import { Audit } from "../audit";
import { isConditionFailed, transaction } from "../db";
import { conflict } from "../error";
import { SettingsEntity } from "./entities";
import { DEFAULT_SETTINGS, Settings } from "./schema";
import { readSettings, SHOP_ID } from "./read";

export { Settings as Info, DEFAULT_SETTINGS as defaults };

export { SHOP_ID } from "./read";

export async function get(): Promise<{ settings: Settings; version: number }> {
  const current = await readSettings();
  Audit.setTimeZone(current.settings.shop.timeZone);
  return current;
}

/**
 * Replaces the settings if nobody changed them since `version` was read (two managers editing at
 * once must not silently overwrite each other). The audit entry carries the before and after.
 */
export async function update(input: { settings: z.input<typeof Settings>; version: number }) {
  const next = Settings.parse(input.settings);
  const { settings: before, version } = await get();
  if (version !== input.version) throw stale(version);
  const now = new Date().toISOString();
  const document = JSON.stringify(next);
  try {
    await transaction({ SettingsEntity, AuditEntity }, ({ SettingsEntity, AuditEntity }) => [
      version === 0
        ? SettingsEntity.create({ shopId: SHOP_ID, document, version: 1, updatedAt: now }).commit()
        : SettingsEntity.patch({ shopId: SHOP_ID })
            .set({ document, version: version + 1, updatedAt: now })
            .where((attr, op) => op.eq(attr.version, version))
            .commit(),
      AuditEntity.create(
        Audit.item({ action: "settings.update", target: { type: "settings", id: SHOP_ID }, ...diff(before, next) }),
      ).commit(),
    ]);
  } catch (error) {
    if (isConditionFailed(error)) throw stale(version);
    throw error;
  }
  Audit.setTimeZone(next.shop.timeZone);
  return { settings: next, version: version + 1 };
}

function stale(version: number) {
  return conflict("settings.stale", "Settings were changed by someone else; reload and try again", {
    currentVersion: version,
  });
}

/** Only the sections that changed, so the audit log says what moved. */
function diff(before: Settings, after: Settings) {
  const b: Record<string, unknown> = {};
  const a: Record<string, unknown> = {};
  for (const key of Object.keys(after) as (keyof Settings)[]) {
    if (JSON.stringify(before[key]) !== JSON.stringify(after[key])) {
      b[key] = before[key];
      a[key] = after[key];
    }
  }
  return { before: b, after: a };
}
