import type { SSTConfig } from "sst";
import { Dianwu } from "./stacks/Dianwu";

export default {
  config(_input) {
    return {
      name: "dianwu",
      region: process.env.AWS_REGION || "ap-southeast-1",
    };
  },
  stacks(app) {
    // Our constructs set runtime and architecture themselves; this covers any SST Function added later.
    app.setDefaultFunctionProps({ runtime: "nodejs22.x", architecture: "arm_64" });
    app.stack(Dianwu);
  },
} satisfies SSTConfig;
