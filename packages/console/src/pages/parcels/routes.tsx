import { Route } from "@solidjs/router";
import type { Area } from "../../areas";
import "../orders/ops.css";
import { ParcelDetailPage } from "./ParcelDetailPage";
import { ParcelListPage } from "./ParcelListPage";
import { PARCEL_READERS, WAYBILL_ASSIGNERS } from "./roles";
import { WaybillImportPage } from "./WaybillImportPage";

/** Parcels made from orders: by state, one parcel with its label and scans, the waybill import. */
export const parcelsArea: Area = {
  title: "nav.parcelsArea",
  routes: () => (
    <>
      <Route path="/parcels" component={ParcelListPage} />
      <Route path="/parcels/waybills/import" component={WaybillImportPage} />
      <Route path="/parcels/:parcelId" component={ParcelDetailPage} />
    </>
  ),
  nav: [
    { href: "/parcels", label: "nav.parcels", roles: PARCEL_READERS, end: true },
    { href: "/parcels/waybills/import", label: "nav.waybillImport", roles: WAYBILL_ASSIGNERS },
  ],
};
