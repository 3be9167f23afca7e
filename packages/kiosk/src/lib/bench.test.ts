// @vitest-environment node
import { describe, expect, it } from "vitest";
import { benchAction, isSupervisor, mayPack, type SignedIn } from "./bench";

const worker: SignedIn = { name: "沈打包", staffNo: "1024", badgeCode: "DWBKE5UVT54PH", token: "t", roles: ["packer"] };

describe("benchAction", () => {
  it("treats any scan as a badge while nobody is signed in", () => {
    expect(benchAction(undefined, "DWBKE5UVT54PH")).toBe("identify");
    expect(benchAction(undefined, "SF1234567890")).toBe("identify");
  });

  it("signs the worker out on their own badge, whatever the case", () => {
    expect(benchAction(worker, "dwbke5uvt54ph")).toBe("sign-out");
  });

  it("hands over on another badge and takes anything else as a parcel", () => {
    expect(benchAction(worker, "DWB7DMNE56VJK")).toBe("identify");
    expect(benchAction(worker, "SF1234567890")).toBe("parcel");
  });
});

describe("bench roles", () => {
  it("lets packers, supervisors and the boss work, and only the last two force-complete", () => {
    expect(mayPack(["packer"])).toBe(true);
    expect(mayPack(["picker"])).toBe(false);
    expect(isSupervisor(["packer"])).toBe(false);
    expect(isSupervisor(["warehouse_supervisor"])).toBe(true);
    expect(isSupervisor(["boss"])).toBe(true);
  });
});
