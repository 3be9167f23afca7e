import { Route } from "@solidjs/router";
import type { Area } from "../../areas";
import { SUPERVISOR_ROLES } from "./access";
import { BoardPage } from "./board/BoardPage";
import { InboxPage } from "./inbox/InboxPage";
import { MyAttendancePage } from "./mine/MyAttendancePage";
import { PersonPage } from "./mine/PersonPage";
import { RostersPage } from "./rosters/RostersPage";
import { SummariesPage } from "./summaries/SummariesPage";
import "./attendance.css";

/** Shifts and attendance (排班与考勤): the board, approvals, rosters, monthly summaries, one's own month. */
export const attendanceArea: Area = {
  title: "nav.attendance",
  nav: [
    { href: "/attendance/board", label: "att.nav.board", roles: SUPERVISOR_ROLES },
    { href: "/attendance/inbox", label: "att.nav.inbox", roles: SUPERVISOR_ROLES },
    { href: "/attendance/rosters", label: "att.nav.rosters", roles: SUPERVISOR_ROLES },
    { href: "/attendance/summaries", label: "att.nav.summaries", roles: SUPERVISOR_ROLES },
    { href: "/attendance/me", label: "att.nav.mine", roles: "any" },
  ],
  routes: () => (
    <>
      <Route path="/attendance/board" component={BoardPage} />
      <Route path="/attendance/inbox" component={InboxPage} />
      <Route path="/attendance/rosters" component={RostersPage} />
      <Route path="/attendance/summaries" component={SummariesPage} />
      <Route path="/attendance/people/:staffNo" component={PersonPage} />
      <Route path="/attendance/me" component={MyAttendancePage} />
    </>
  ),
};
