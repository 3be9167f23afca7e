import { describe, expect, it } from "vitest";
import { SUPERVISOR_ROLES as DOMAIN_SUPERVISORS, supervises } from "../../../../core/src/attendance/scope";
import { DEPARTMENTS, ROLES } from "../../domain";
import { departmentsFor, SUPERVISOR_ROLES, supervisedDepartments } from "./access";

describe("attendance access", () => {
  it("supervises exactly what the domain says, role by role", () => {
    expect([...SUPERVISOR_ROLES].sort()).toEqual([...DOMAIN_SUPERVISORS].sort());
    for (const role of ROLES) {
      expect(supervisedDepartments([role])).toEqual(DEPARTMENTS.filter((d) => supervises([role], d)));
    }
  });

  it("offers a person the departments they supervise and the one their role works in", () => {
    expect(departmentsFor(["cs_presale"])).toEqual(["customer_service"]);
    expect(departmentsFor(["warehouse_supervisor"])).toEqual(["warehouse"]);
    expect(departmentsFor(["hr"])).toEqual(DEPARTMENTS);
  });
});
