/**
 * Event routing, defined once: which detail-types reach which consumer. The CDK bus turns each
 * rule into an EventBridge rule with a Lambda target; the local in-process bus applies the same
 * list to the same consumer functions.
 */
export interface EventRule {
  /** Consumer name; packages/functions/src/events/index.ts maps it to its handler. */
  consumer: string;
  detailTypes: readonly string[];
  description: string;
}

export const EVENT_RULES: readonly EventRule[] = [
  {
    consumer: "revoke-access",
    detailTypes: ["staff.deactivated"],
    description: "A staff member who leaves loses console sessions and badges",
  },
  {
    consumer: "attendance-withdraw-requests",
    detailTypes: ["staff.deactivated"],
    description: "A staff member who leaves has their waiting leave, correction and overtime requests withdrawn",
  },
  {
    consumer: "orders-apply",
    detailTypes: ["orders.message-received"],
    description: "A shop platform message stored by the webhook is completed from the trade source and applied to its order",
  },
  {
    consumer: "orders-import",
    detailTypes: ["orders.import-chunk"],
    description: "One chunk of a bulk order import is applied, then the next chunk is queued",
  },
  {
    consumer: "parcels-match",
    detailTypes: ["orders.paid", "orders.changed"],
    description: "Paid and changed orders are matched into parcels: merged (合单), split by stock, refunded lines taken out",
  },
  {
    consumer: "parcels-intercept",
    detailTypes: ["orders.intercepted", "orders.released"],
    description: "An intercepted order stops its parcels until a supervisor releases it",
  },
  {
    consumer: "parcels-report-steps",
    detailTypes: ["packing.parcel-state-changed"],
    description: "A parcel's progress (allocated, picking, packed, handed over) becomes its orders' warehouse steps",
  },
  {
    consumer: "warehouse-release-stock",
    detailTypes: ["packing.parcel-state-changed"],
    description: "A parcel cancelled or sent back to pending after allocation gives its reserved stock back",
  },
];

export function consumersFor(detailType: string): string[] {
  return EVENT_RULES.filter((rule) => rule.detailTypes.includes(detailType)).map((rule) => rule.consumer);
}

/** EventBridge event pattern for a rule (the cloud side of the same routing). */
export function eventPattern(rule: EventRule) {
  return { detailType: [...rule.detailTypes] };
}
