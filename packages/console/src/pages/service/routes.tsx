import { Route } from "@solidjs/router";
import type { Area } from "../../areas";
import { APPEAL_DECIDERS, HR_VIEWERS } from "./access";
import { AppealsPage } from "./fines/AppealsPage";
import { FinesPage } from "./fines/FinesPage";
import { FundPage } from "./fund/FundPage";
import { HandoversPage } from "./handovers/HandoversPage";
import "./service.css";

/** Customer service (客服): handover memos, fines with appeals, the department fund, HR's flagged fines. */
export const serviceArea: Area = {
  title: "nav.service",
  nav: [
    { href: "/service/handovers", label: "svc.nav.handovers", roles: "any" },
    { href: "/service/fines", label: "svc.nav.fines", roles: "any" },
    { href: "/service/fund", label: "svc.nav.fund", roles: "any" },
    { href: "/service/appeals", label: "svc.nav.appeals", roles: APPEAL_DECIDERS },
    { href: "/service/hr-flags", label: "svc.nav.hrFlags", roles: HR_VIEWERS },
  ],
  routes: () => (
    <>
      <Route path="/service/handovers" component={HandoversPage} />
      <Route path="/service/fines" component={() => <FinesPage />} />
      <Route path="/service/fund" component={FundPage} />
      <Route path="/service/appeals" component={AppealsPage} />
      <Route path="/service/hr-flags" component={() => <FinesPage hrFlags />} />
    </>
  ),
};
