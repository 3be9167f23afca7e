import { defineEntity } from "../../db";

/** The daily close (日事日毕): the day's report as it stood when the supervisor closed the day. */
export const DailyCloseEntity = defineEntity({
  model: { entity: "warehouseDailyClose", version: "1", service: "dianwu" },
  attributes: {
    day: { type: "string", required: true, readOnly: true },
    report: { type: "string", required: true, readOnly: true },
    openItems: { type: "number", required: true, readOnly: true },
    note: { type: "string" },
    closedBy: { type: "string", required: true, readOnly: true },
    closedAt: { type: "string", required: true, readOnly: true },
  },
  indexes: {
    byDay: {
      pk: { field: "pk", composite: ["day"] },
      sk: { field: "sk", composite: [] },
    },
  },
});
