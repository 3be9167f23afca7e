import { defineEntity } from "../../db";
import { BIN_KINDS } from "./rules";

/** A bin, keyed by its code (zone-aisle-shelf-level), which is also what its label says. */
export const BinEntity = defineEntity({
  model: { entity: "bin", version: "1", service: "dianwu" },
  attributes: {
    binCode: { type: "string", required: true, readOnly: true },
    zone: { type: "string", required: true, readOnly: true },
    kind: { type: BIN_KINDS, required: true },
    name: { type: "string" },
    active: { type: "boolean", required: true, default: true },
    createdAt: { type: "string", required: true, readOnly: true },
  },
  indexes: {
    byCode: {
      pk: { field: "pk", composite: ["binCode"] },
      sk: { field: "sk", composite: [] },
    },
    // Bin codes are zero-padded, so sorting by code is sorting by zone, aisle, shelf and level.
    all: {
      index: "gsi1",
      pk: { field: "gsi1pk", composite: [] },
      sk: { field: "gsi1sk", composite: ["binCode"] },
    },
    byKind: {
      index: "gsi2",
      pk: { field: "gsi2pk", composite: ["kind"] },
      sk: { field: "gsi2sk", composite: ["binCode"] },
    },
  },
});
