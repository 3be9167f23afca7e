import type { FineRule } from "../../../api/service-types";

/*
 * The fine rules of the settings (RULES.md §2), in the order the issue form offers them. Typed as
 * a record over the domain's union, so a rule added there fails the typecheck here.
 */
const RULE_ORDER: Record<FineRule, true> = {
  complaint: true,
  "handover-dropped": true,
  "reply-delay": true,
  "order-error-before-production": true,
  "order-error-after-production": true,
  "late-to-production": true,
  free: true,
};
export const FINE_RULES = Object.keys(RULE_ORDER) as FineRule[];
