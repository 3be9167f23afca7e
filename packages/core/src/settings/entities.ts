import { defineEntity } from "../db";
import { SETTINGS_MODEL } from "./read";

/**
 * One item per shop. The document is stored as JSON and validated by the zod schema on the way
 * in and out, so a setting added later gets its default without a migration.
 */
export const SettingsEntity = defineEntity({
  model: SETTINGS_MODEL,
  attributes: {
    shopId: { type: "string", required: true },
    document: { type: "string", required: true },
    version: { type: "number", required: true },
    updatedAt: { type: "string", required: true },
  },
  indexes: {
    byShop: {
      pk: { field: "pk", composite: ["shopId"] },
      sk: { field: "sk", composite: [] },
    },
  },
});
