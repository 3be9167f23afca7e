import { Route } from "@solidjs/router";
import type { Area } from "../../areas";
import { CATALOGUE_READERS, CS_AND_SUPERVISORS, PICK_READERS, RECEIVING_READERS, REPORT_READERS, RETURN_READERS, STOCK_READERS, SUPERVISORS, WAREHOUSE_STAFF } from "./access";
import { BinLabelsDoc } from "./bins/BinLabelsDoc";
import { BinsPage } from "./bins/BinsPage";
import { CountPage } from "./counts/CountPage";
import { CountSheetDoc } from "./counts/CountSheetDoc";
import { CountsPage } from "./counts/CountsPage";
import { SkuLabelsDoc } from "./catalogue/SkuLabelsDoc";
import { SkuPage } from "./catalogue/SkuPage";
import { SkusPage } from "./catalogue/SkusPage";
import { ExceptionsPage } from "./picking/ExceptionsPage";
import { PickListDoc } from "./picking/PickListDoc";
import { SlipsDoc } from "./picking/SlipsDoc";
import { WavePage } from "./picking/WavePage";
import { WavesPage } from "./picking/WavesPage";
import { ReceiptPage } from "./receiving/ReceiptPage";
import { ReceiptsPage } from "./receiving/ReceiptsPage";
import { SupplierReturnsPage } from "./receiving/SupplierReturnsPage";
import { RegisterPage } from "./register/RegisterPage";
import { AnomaliesPage } from "./returns/AnomaliesPage";
import { ReshipmentPage } from "./returns/ReshipmentPage";
import { ReshipmentsPage } from "./returns/ReshipmentsPage";
import { ReturnPage } from "./returns/ReturnPage";
import { ReturnsPage } from "./returns/ReturnsPage";
import { DailyReportPage } from "./reports/DailyReportPage";
import { MonthlyReportPage } from "./reports/MonthlyReportPage";
import { AdjustmentsPage } from "./stock/AdjustmentsPage";
import { CardPage } from "./stock/CardPage";
import { ReorderPage } from "./stock/ReorderPage";
import { SkuStockPage } from "./stock/SkuStockPage";
import { StockPage } from "./stock/StockPage";
import "./warehouse.css";

/** The warehouse (仓库): stock and its cards, receiving, picking, returns, counts, reports, the register, the catalogue and the bins. */
export const warehouseArea: Area = {
  title: "nav.warehouse",
  nav: [
    { href: "/warehouse/stock", label: "wh.nav.stock", roles: STOCK_READERS },
    { href: "/warehouse/receipts", label: "wh.nav.receipts", roles: RECEIVING_READERS },
    { href: "/warehouse/waves", label: "wh.nav.waves", roles: WAREHOUSE_STAFF },
    { href: "/warehouse/pick-exceptions", label: "wh.nav.exceptions", roles: PICK_READERS },
    { href: "/warehouse/returns", label: "wh.nav.returns", roles: RETURN_READERS },
    { href: "/warehouse/return-anomalies", label: "wh.nav.anomalies", roles: CS_AND_SUPERVISORS },
    { href: "/warehouse/reshipments", label: "wh.nav.reshipments", roles: RETURN_READERS },
    { href: "/warehouse/adjustments", label: "wh.nav.adjustments", roles: SUPERVISORS },
    { href: "/warehouse/counts", label: "wh.nav.counts", roles: WAREHOUSE_STAFF },
    { href: "/warehouse/reorder", label: "wh.nav.reorder", roles: STOCK_READERS },
    { href: "/warehouse/reports/daily", label: "wh.nav.reportsDaily", roles: REPORT_READERS },
    { href: "/warehouse/reports/monthly", label: "wh.nav.reportsMonthly", roles: REPORT_READERS },
    { href: "/warehouse/register", label: "wh.nav.register", roles: WAREHOUSE_STAFF },
    { href: "/warehouse/skus", label: "wh.nav.skus", roles: CATALOGUE_READERS },
    { href: "/warehouse/bins", label: "wh.nav.bins", roles: CATALOGUE_READERS },
  ],
  routes: () => (
    <>
      <Route path="/warehouse/stock" component={StockPage} />
      <Route path="/warehouse/stock/sku/:skuId" component={SkuStockPage} />
      <Route path="/warehouse/stock/sku/:skuId/bin/:binCode" component={CardPage} />
      <Route path="/warehouse/adjustments" component={AdjustmentsPage} />
      <Route path="/warehouse/reorder" component={ReorderPage} />
      <Route path="/warehouse/receipts" component={ReceiptsPage} />
      <Route path="/warehouse/receipts/:receiptId" component={ReceiptPage} />
      <Route path="/warehouse/supplier-returns" component={SupplierReturnsPage} />
      <Route path="/warehouse/waves" component={WavesPage} />
      <Route path="/warehouse/waves/:waveId" component={WavePage} />
      <Route path="/warehouse/waves/:waveId/pick-list" component={PickListDoc} />
      <Route path="/warehouse/waves/:waveId/slips" component={SlipsDoc} />
      <Route path="/warehouse/pick-exceptions" component={ExceptionsPage} />
      <Route path="/warehouse/returns" component={ReturnsPage} />
      <Route path="/warehouse/returns/:returnId" component={ReturnPage} />
      <Route path="/warehouse/return-anomalies" component={AnomaliesPage} />
      <Route path="/warehouse/reshipments" component={ReshipmentsPage} />
      <Route path="/warehouse/reshipments/:reshipmentId" component={ReshipmentPage} />
      <Route path="/warehouse/register" component={RegisterPage} />
      <Route path="/warehouse/counts" component={CountsPage} />
      <Route path="/warehouse/counts/:countId" component={CountPage} />
      <Route path="/warehouse/counts/:countId/sheet" component={CountSheetDoc} />
      <Route path="/warehouse/reports/daily" component={DailyReportPage} />
      <Route path="/warehouse/reports/monthly" component={MonthlyReportPage} />
      <Route path="/warehouse/skus" component={SkusPage} />
      <Route path="/warehouse/skus/:skuId" component={SkuPage} />
      <Route path="/warehouse/skus/:skuId/labels" component={SkuLabelsDoc} />
      <Route path="/warehouse/bins" component={BinsPage} />
      <Route path="/warehouse/bins/labels" component={BinLabelsDoc} />
    </>
  ),
};
