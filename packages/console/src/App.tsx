import { HashRouter, Navigate, Route } from "@solidjs/router";
import { Match, Switch } from "solid-js";
import { Shell } from "./components/Shell";
import { ErrorBanner, Loading } from "./components/States";
import { I18nProvider } from "./i18n";
import { PasswordPage } from "./pages/account/PasswordPage";
import { AuditPage } from "./pages/audit/AuditPage";
import { BadgeSheet } from "./pages/badges/BadgeSheet";
import { BadgesPage } from "./pages/badges/BadgesPage";
import { DeadLettersPage } from "./pages/dead-letters/DeadLettersPage";
import { DevicesPage } from "./pages/devices/DevicesPage";
import { Login } from "./pages/Login";
import { NotFound } from "./pages/NotFound";
import { SettingsPage } from "./pages/settings/SettingsPage";
import { StaffEdit } from "./pages/staff/StaffEdit";
import { StaffList } from "./pages/staff/StaffList";
import { AuthProvider, useAuth } from "./providers/auth";
import { mayOpen, type Area } from "./areas";
import { warehouseArea } from "./pages/warehouse/routes";
import { attendanceArea } from "./pages/attendance/routes";
import { serviceArea } from "./pages/service/routes";
import { ordersArea } from "./pages/orders/routes";
import { parcelsArea } from "./pages/parcels/routes";
import { benchArea } from "./pages/bench/routes";

/** The console's areas, each registered with one line: its routes and its navigation group. */
const AREAS: readonly Area[] = [
  warehouseArea,
  attendanceArea,
  serviceArea,
  ordersArea,
  parcelsArea,
  benchArea,
];

export function App() {
  return (
    <I18nProvider>
      <AuthProvider>
        <Gate />
      </AuthProvider>
    </I18nProvider>
  );
}

/** Signed in: the routed shell. Signed out: the login form, whatever the address says. */
function Gate() {
  const auth = useAuth();
  return (
    <Switch fallback={<Loading />}>
      <Match when={auth.me()}>
        <Routes />
      </Match>
      <Match when={auth.me() === null}>
        <Login />
      </Match>
      <Match when={auth.error()}>
        <div class="login-screen">
          <ErrorBanner error={auth.error()} retry={() => void auth.retry()} />
        </div>
      </Match>
    </Switch>
  );
}

/** Hash routes, so one build works at / and under any sub-path without server rewrites. */
function Routes() {
  return (
    <HashRouter root={(props) => <Shell {...props} areas={AREAS} />}>
      <Route path="/" component={Home} />
      <Route path="/staff" component={StaffList} />
      <Route path="/staff/:staffNo" component={StaffEdit} />
      <Route path="/badges" component={BadgesPage} />
      <Route path="/badges/sheet" component={BadgeSheet} />
      <Route path="/devices" component={DevicesPage} />
      <Route path="/settings" component={SettingsPage} />
      <Route path="/audit" component={AuditPage} />
      <Route path="/dead-letters" component={DeadLettersPage} />
      <Route path="/account" component={PasswordPage} />
      {AREAS.map((area) => area.routes())}
      <Route path="*404" component={NotFound} />
    </HashRouter>
  );
}

function Home() {
  const auth = useAuth();
  // Someone without a manager role starts on the first area page their roles open, if any.
  const firstAreaPage = () => AREAS.flatMap((area) => area.nav).find((entry) => mayOpen(entry, auth.me()?.roles ?? []))?.href;
  return <Navigate href={auth.isManager() ? "/staff" : (firstAreaPage() ?? "/account")} />;
}
