import { Route } from "@solidjs/router";
import type { Area } from "../../areas";
import "../orders/ops.css";
import { ActivityPage } from "./ActivityPage";
import { HandoverBatchesPage } from "./HandoverBatchesPage";
import { HandoverListPage } from "./HandoverListPage";
import { ACTIVITY_READERS } from "./roles";

/** The packing benches seen from the office: live activity and the carrier handover batches. */
export const benchArea: Area = {
  title: "nav.benchArea",
  routes: () => (
    <>
      <Route path="/bench" component={ActivityPage} />
      <Route path="/bench/handover" component={HandoverBatchesPage} />
      <Route path="/bench/handover/:batchId" component={HandoverListPage} />
    </>
  ),
  nav: [
    { href: "/bench", label: "nav.benchActivity", roles: ACTIVITY_READERS, end: true },
    { href: "/bench/handover", label: "nav.handover", roles: ACTIVITY_READERS },
  ],
};
