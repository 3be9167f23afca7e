import { PARCEL_MODEL } from "./read";
import { defineEntity } from "../db";
import { CARRIERS } from "./rules/waybill";
import { INTERCEPT_REASONS, STATES } from "./rules/state";

const receiver = {
  type: "map",
  required: true,
  properties: {
    name: { type: "string", required: true },
    mobile: { type: "string" },
    phone: { type: "string" },
    state: { type: "string" },
    city: { type: "string" },
    district: { type: "string" },
    town: { type: "string" },
    address: { type: "string", required: true },
    zip: { type: "string" },
  },
} as const;

/**
 * A parcel: what leaves the warehouse in one box under one waybill, for one or more orders of one
 * buyer to one address. The id is a short readable code (P + 10 characters) printed on pick lists
 * and scanned at the bench, so a lookup by code is a strongly consistent get on the base table.
 *
 * Every write puts the whole item with a condition on `version` (optimistic concurrency): the
 * matching consumer, the waybill import and the packing bench all change parcels, and a put of the
 * whole item also keeps the sparse intercept index right without partial-update bookkeeping.
 */
export const ParcelEntity = defineEntity({
  model: PARCEL_MODEL,
  attributes: {
    parcelId: { type: "string", required: true, readOnly: true },
    state: { type: STATES, required: true },
    buyerNick: { type: "string", required: true },
    receiver,
    addressKey: { type: "string", required: true },
    /** Which merge slot the parcel filled when it was made (buyer + address, or one order alone). */
    mergeKey: { type: "string", required: true },
    awaitingStock: { type: "boolean", required: true },
    tids: { type: "list", required: true, items: { type: "string" } },
    lines: {
      type: "list",
      required: true,
      items: {
        type: "map",
        properties: {
          tid: { type: "string", required: true },
          oid: { type: "string", required: true },
          sku: { type: "string", required: true },
          quantity: { type: "number", required: true },
          title: { type: "string" },
          skuProperties: { type: "string" },
        },
      },
    },
    /** What the bench shows large: the buyer's message and the seller memo, per order. */
    notes: {
      type: "list",
      items: {
        type: "map",
        properties: {
          tid: { type: "string", required: true },
          buyerMessage: { type: "string" },
          sellerMemo: { type: "string" },
        },
      },
    },
    intercepts: {
      type: "list",
      required: true,
      items: {
        type: "map",
        properties: {
          tid: { type: "string", required: true },
          id: { type: "string" },
          reason: { type: INTERCEPT_REASONS, required: true },
          note: { type: "string" },
          at: { type: "string", required: true },
        },
      },
    },
    /** When the first standing intercept came ("" when none): the sort key of the sparse intercept list. */
    interceptedAt: { type: "string", required: true },
    reprintRequired: { type: "boolean", required: true },
    waybill: {
      type: "map",
      properties: {
        number: { type: "string", required: true },
        carrier: { type: CARRIERS, required: true },
        assignedAt: { type: "string", required: true },
        assignedBy: { type: "string" },
      },
    },
    /** Until when later orders of the buyer may still join (the merge window); advice for allocation. */
    mergeUntil: { type: "string", required: true },
    version: { type: "number", required: true },
    createdAt: { type: "string", required: true, readOnly: true },
    updatedAt: { type: "string", required: true },
  },
  indexes: {
    byId: {
      pk: { field: "pk", composite: ["parcelId"] },
      sk: { field: "sk", composite: [] },
    },
    // The console's and the warehouse's lists: by state, oldest first (first paid, first packed).
    byState: {
      index: "gsi2",
      pk: { field: "gsi2pk", composite: ["state"] },
      sk: { field: "gsi2sk", composite: ["createdAt", "parcelId"] },
    },
    // Sparse: only intercepted parcels carry these keys, so the intercept list reads nothing else.
    intercepted: {
      index: "gsi3",
      condition: (attributes) => typeof attributes.interceptedAt === "string" && attributes.interceptedAt !== "",
      pk: { field: "gsi3pk", composite: [] },
      sk: { field: "gsi3sk", composite: ["interceptedAt", "parcelId"] },
    },
  },
});

/**
 * One item per waybill number ever assigned, keyed by the number. Created with a conditional put
 * in the same transaction that puts the number on the parcel, which is how a number is never used
 * twice. While the number is the parcel's current one, the item also carries a copy of the parcel
 * (written in every parcel transaction), so the bench turns a scanned label into the parcel with
 * one strongly consistent read. A replaced number stays, void, so it cannot be reused either.
 */
export const WaybillEntity = defineEntity({
  model: { entity: "waybill", version: "1", service: "dianwu" },
  attributes: {
    number: { type: "string", required: true, readOnly: true },
    carrier: { type: CARRIERS, required: true },
    parcelId: { type: "string", required: true, readOnly: true },
    active: { type: "boolean", required: true },
    assignedAt: { type: "string", required: true },
    voidedAt: { type: "string" },
    /** The parcel as of its last write (JSON), while this is its current waybill. */
    parcel: { type: "string" },
  },
  indexes: {
    byNumber: {
      pk: { field: "pk", composite: ["number"] },
      sk: { field: "sk", composite: [] },
    },
  },
});

/**
 * Per order (tid): the parcels it went into, and what arrived for it before it was matched (an
 * intercept can overtake the payment). Created or version-checked in every matching transaction,
 * so two deliveries of one order's event cannot both match it.
 */
export const OrderParcelsEntity = defineEntity({
  model: { entity: "orderParcels", version: "1", service: "dianwu" },
  attributes: {
    tid: { type: "string", required: true, readOnly: true },
    parcelIds: { type: "list", required: true, items: { type: "string" } },
    matched: { type: "boolean", required: true },
    /** Closed, or shipped outside the warehouse: a late "paid" must not match it again. */
    finished: { type: "boolean", required: true },
    intercepts: {
      type: "list",
      required: true,
      items: {
        type: "map",
        properties: {
          tid: { type: "string", required: true },
          id: { type: "string" },
          reason: { type: INTERCEPT_REASONS, required: true },
          note: { type: "string" },
          at: { type: "string", required: true },
        },
      },
    },
    /** The orders area's version of the snapshot last applied; older snapshots are ignored. */
    orderVersion: { type: "number" },
    version: { type: "number", required: true },
    updatedAt: { type: "string", required: true },
  },
  indexes: {
    byTid: {
      pk: { field: "pk", composite: ["tid"] },
      sk: { field: "sk", composite: [] },
    },
  },
});

/**
 * The parcel a merge slot (buyer + normalised address, ready or waiting for stock) currently fills.
 * Keyed by a hash of the slot so the key stays short whatever the address. Replaced with a
 * condition on the parcel it pointed to, so two orders of one buyer matched at the same moment end
 * up in one parcel, not two.
 */
export const MergeSlotEntity = defineEntity({
  model: { entity: "mergeSlot", version: "1", service: "dianwu" },
  attributes: {
    slotHash: { type: "string", required: true, readOnly: true },
    parcelId: { type: "string", required: true },
    updatedAt: { type: "string", required: true },
  },
  indexes: {
    bySlot: {
      pk: { field: "pk", composite: ["slotHash"] },
      sk: { field: "sk", composite: [] },
    },
  },
});
