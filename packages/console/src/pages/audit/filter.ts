import type { AuditFilter } from "../../api/audit";

type Params = Partial<Record<string, string | string[]>>;
const one = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value) ?? "";

/** Today where the console is used: the shop's business day, which is how the API files audit entries. */
export const todayLocal = () => new Date().toLocaleDateString("en-CA");

/** The filter the address asks for; the address is the state, so a filtered view can be linked. */
export function filterFromParams(params: Params): AuditFilter {
  const targetType = one(params.targetType);
  const targetId = one(params.targetId);
  if (targetType && targetId) return { by: "target", targetType, targetId };
  const staffNo = one(params.staffNo);
  if (staffNo) return { by: "staff", staffNo };
  return { by: "day", day: one(params.day) || todayLocal() };
}

/** Exactly one filter in the address; the others cleared. */
export function paramsFromFilter(filter: AuditFilter) {
  return {
    day: filter.by === "day" ? filter.day : undefined,
    staffNo: filter.by === "staff" ? filter.staffNo : undefined,
    targetType: filter.by === "target" ? filter.targetType : undefined,
    targetId: filter.by === "target" ? filter.targetId : undefined,
  };
}
