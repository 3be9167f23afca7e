import { Route } from "@solidjs/router";
import type { Area } from "../../areas";
import "./ops.css";
import { ImportPage } from "./ImportPage";
import { InterceptsPage } from "./InterceptsPage";
import { OrderDetailPage } from "./OrderDetailPage";
import { OrderListPage } from "./OrderListPage";
import { ORDER_IMPORTERS, ORDER_READERS } from "./roles";
import { UnpaidPage } from "./UnpaidPage";

/** Orders from the shop platform: the list, one order, the unpaid chase list, intercepts, the first import. */
export const ordersArea: Area = {
  title: "nav.ordersArea",
  routes: () => (
    <>
      <Route path="/orders" component={OrderListPage} />
      <Route path="/orders/unpaid" component={UnpaidPage} />
      <Route path="/orders/intercepts" component={InterceptsPage} />
      <Route path="/orders/import" component={ImportPage} />
      <Route path="/orders/:tid" component={OrderDetailPage} />
    </>
  ),
  nav: [
    { href: "/orders", label: "nav.orders", roles: ORDER_READERS, end: true },
    { href: "/orders/unpaid", label: "nav.unpaid", roles: ORDER_READERS },
    { href: "/orders/intercepts", label: "nav.intercepts", roles: ORDER_READERS },
    { href: "/orders/import", label: "nav.orderImport", roles: ORDER_IMPORTERS },
  ],
};
