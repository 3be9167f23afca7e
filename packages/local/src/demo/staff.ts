import { Settings } from "@dianwu/core/settings";
import { Badge, Staff, type Department, type Role } from "@dianwu/core/staff";

/** Everyone in the demo shop signs in with this password (the console asks no one to change it). */
export const DEMO_PASSWORD = "dianwu-demo";

/** A shop with someone in every role of RULES.md §1. */
export const DEMO_STAFF: { staffNo: string; name: string; department: Department; roles: Role[]; contact?: boolean }[] = [
  { staffNo: "1001", name: "王总", department: "management", roles: ["boss"], contact: true },
  { staffNo: "1002", name: "李运营", department: "operations", roles: ["operations"], contact: true },
  { staffNo: "1003", name: "赵企划", department: "planning", roles: ["planning"], contact: true },
  { staffNo: "1004", name: "钱市场", department: "marketing", roles: ["marketing"], contact: true },
  { staffNo: "1010", name: "孙客服主管", department: "customer_service", roles: ["cs_supervisor", "cs_presale"], contact: true },
  { staffNo: "1011", name: "周售前", department: "customer_service", roles: ["cs_presale"] },
  { staffNo: "1012", name: "吴售后", department: "customer_service", roles: ["cs_aftersale"] },
  { staffNo: "1013", name: "郑查件", department: "customer_service", roles: ["cs_tracking"] },
  { staffNo: "1014", name: "冯投诉", department: "customer_service", roles: ["cs_complaints"] },
  { staffNo: "1020", name: "陈仓库主管", department: "warehouse", roles: ["warehouse_supervisor"], contact: true },
  { staffNo: "1021", name: "褚收货", department: "warehouse", roles: ["receiver"] },
  { staffNo: "1022", name: "卫验货", department: "warehouse", roles: ["inspector"] },
  { staffNo: "1023", name: "蒋拣货", department: "warehouse", roles: ["picker"] },
  { staffNo: "1024", name: "沈打包", department: "warehouse", roles: ["packer"] },
  { staffNo: "1025", name: "韩打包", department: "warehouse", roles: ["packer", "picker"] },
  { staffNo: "1030", name: "杨美工", department: "design", roles: ["designer"], contact: true },
  { staffNo: "1031", name: "朱摄影", department: "photography", roles: ["photographer"], contact: true },
  { staffNo: "1040", name: "秦行政", department: "admin", roles: ["hr"], contact: true },
];

export async function loadStaff() {
  for (const member of DEMO_STAFF) {
    await Staff.create({ ...member, contact: member.contact ?? false, hireDate: "2025-03-01", password: DEMO_PASSWORD });
    await Badge.issue(member.staffNo);
  }
  const { version } = await Settings.get();
  await Settings.update({ settings: Settings.defaults, version });
}

/** Whether the demo shop was loaded before (its boss exists). */
export async function demoLoaded() {
  return !!(await Staff.fromNo(DEMO_STAFF[0]!.staffNo));
}
