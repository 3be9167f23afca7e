import { createResource } from "solid-js";
import { StaffApi, type StaffMember } from "../../api";

/**
 * Staff names for requests and rosters that carry only a staff number. The staff list is a manager
 * read (every supervisor is one); for anyone else the numbers stay as they are.
 */
export function createStaffNames(enabled: () => boolean) {
  const [staff] = createResource(() => (enabled() ? true : undefined), () => StaffApi.list().catch(() => [] as StaffMember[]));
  const byNo = () => new Map((staff.latest ?? []).map((s) => [s.staffNo, s]));
  return {
    all: () => staff.latest ?? [],
    name: (staffNo: string) => byNo().get(staffNo)?.name ?? "",
    /** "王小明 1011", or the number alone. */
    label: (staffNo: string) => {
      const name = byNo().get(staffNo)?.name;
      return name ? `${name} ${staffNo}` : staffNo;
    },
  };
}
