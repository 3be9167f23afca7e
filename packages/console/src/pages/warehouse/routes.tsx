import { Route } from "@solidjs/router";
import type { Area } from "../../areas";
import { CATALOGUE_READERS, PICK_READERS, RECEIVING_READERS, STOCK_READERS, SUPERVISORS, WAREHOUSE_STAFF } from "./access";
import { BinLabelsDoc } from "./bins/BinLabelsDoc";
import { BinsPage } from "./bins/BinsPage";
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
import { AdjustmentsPage } from "./stock/AdjustmentsPage";
import { CardPage } from "./stock/CardPage";
import { ReorderPage } from "./stock/ReorderPage";
import { SkuStockPage } from "./stock/SkuStockPage";
import { StockPage } from "./stock/StockPage";
import "./warehouse.css";

/** The warehouse (仓库): stock and its cards, receiving, picking, the catalogue and the bins. */
export const warehouseArea: Area = {
  title: "nav.warehouse",
  nav: [
    { href: "/warehouse/stock", label: "wh.nav.stock", roles: STOCK_READERS },
    { href: "/warehouse/receipts", label: "wh.nav.receipts", roles: RECEIVING_READERS },
    { href: "/warehouse/waves", label: "wh.nav.waves", roles: WAREHOUSE_STAFF },
    { href: "/warehouse/pick-exceptions", label: "wh.nav.exceptions", roles: PICK_READERS },
    { href: "/warehouse/adjustments", label: "wh.nav.adjustments", roles: SUPERVISORS },
    { href: "/warehouse/reorder", label: "wh.nav.reorder", roles: STOCK_READERS },
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
      <Route path="/warehouse/skus" component={SkusPage} />
      <Route path="/warehouse/skus/:skuId" component={SkuPage} />
      <Route path="/warehouse/skus/:skuId/labels" component={SkuLabelsDoc} />
      <Route path="/warehouse/bins" component={BinsPage} />
      <Route path="/warehouse/bins/labels" component={BinLabelsDoc} />
    </>
  ),
};
