import { splitAddress } from "./address";
import { cleanCell } from "./csv";
import { platformTimeToUtc, yuanToFen } from "./platform";
import type { Trade } from "./trade";

/**
 * Rows of the seller centre's order export (订单报表, Chinese headers) as trades. Header names vary
 * between export versions and shops (商家备注 / 订单备注, 联系手机 / 手机, "买家实际支付金额(元)"),
 * so each field lists the names it is known by; a header matches after width folding, spaces and
 * a trailing bracketed unit are dropped.
 */
export const IMPORT_FIELDS = {
  tid: ["订单编号", "订单号", "主订单编号", "订单id"],
  buyerNick: ["买家会员名", "买家昵称", "买家账号", "买家会员名称"],
  payment: ["买家实际支付金额", "实付金额", "买家实付金额", "实际支付金额", "总金额"],
  postFee: ["买家应付邮费", "邮费", "运费"],
  status: ["订单状态", "交易状态"],
  receiverName: ["收货人姓名", "收货人", "收件人姓名", "收件人"],
  address: ["收货地址", "收货人地址", "收件地址", "详细地址"],
  mobile: ["联系手机", "手机", "收货人手机", "手机号码"],
  phone: ["联系电话", "固定电话"],
  created: ["订单创建时间", "创建时间", "下单时间"],
  paid: ["订单付款时间", "付款时间", "支付时间"],
  title: ["宝贝标题", "商品标题", "宝贝名称", "商品名称"],
  kinds: ["宝贝种类", "商品种类"],
  quantity: ["宝贝总数量", "商品数量", "宝贝数量", "商品总数量"],
  sellerMemo: ["商家备注", "卖家备注", "订单备注"],
  buyerMessage: ["买家留言", "买家备注"],
} as const;
export type ImportField = keyof typeof IMPORT_FIELDS;
export const REQUIRED_FIELDS: readonly ImportField[] = ["tid", "status", "created"];

export type Columns = Partial<Record<ImportField, number>>;

export function normaliseHeader(header: string) {
  return header
    .normalize("NFKC")
    .replace(/^\uFEFF/, "")
    .replace(/\s+/g, "")
    .replace(/\([^)]*\)$/, "")
    .toLowerCase();
}

/** Where each field is in the header row; the first known name present wins. */
export function mapHeaders(header: readonly string[]): { columns: Columns; missing: ImportField[] } {
  const index = new Map<string, number>();
  header.forEach((h, i) => {
    const key = normaliseHeader(h);
    if (!index.has(key)) index.set(key, i);
  });
  const columns: Columns = {};
  for (const [field, names] of Object.entries(IMPORT_FIELDS) as [ImportField, readonly string[]][]) {
    const found = names.map((n) => index.get(normaliseHeader(n))).find((i) => i !== undefined);
    if (found !== undefined) columns[field] = found;
  }
  return { columns, missing: REQUIRED_FIELDS.filter((f) => columns[f] === undefined) };
}

/** The export's status texts (old and new wording) onto the platform's status codes; codes pass as they are. */
export function statusFromExport(text: string): string | undefined {
  const s = text.replace(/\s+/g, "");
  if (/^[A-Z_]+$/.test(s)) return s;
  if (s.includes("交易成功")) return "TRADE_FINISHED";
  if (s.includes("关闭")) return /付款以前|未付款|自动关闭|超时/.test(s) ? "TRADE_CLOSED_BY_TAOBAO" : "TRADE_CLOSED";
  if (s.includes("等待买家确认") || s.includes("卖家已发货") || s.includes("已签收")) return "WAIT_BUYER_CONFIRM_GOODS";
  if (s.includes("等待卖家发货") || s.includes("买家已付款") || s.includes("部分发货")) return "WAIT_SELLER_SEND_GOODS";
  if (s.includes("等待买家付款") || s.includes("未付款")) return "WAIT_BUYER_PAY";
  return undefined;
}

/** Spreadsheet-edited times too: 2026/11/11 0:00 and a missing seconds part. */
export function exportTimeToUtc(text: string): string | undefined {
  const m = /^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})[ T](\d{1,2}):(\d{2})(?::(\d{2}))?$/.exec(text.trim());
  if (!m) return undefined;
  const pad = (v: string | undefined) => (v ?? "0").padStart(2, "0");
  return platformTimeToUtc(`${m[1]}-${pad(m[2])}-${pad(m[3])} ${pad(m[4])}:${m[5]}:${pad(m[6])}`);
}

export type RowResult = { ok: true; trade: Trade; at: string } | { ok: false; field: ImportField | "row"; reason: string; tid?: string };

const EMPTY_TIME = /^(|null|0000-00-00 00:00:00)$/i;

/** One data row as a trade snapshot, or the reason it is refused. */
export function rowToTrade(cells: readonly string[], columns: Columns): RowResult {
  const get = (field: ImportField) => (columns[field] === undefined ? "" : cleanCell(cells[columns[field]!]));
  const tid = get("tid");
  if (!tid) return { ok: false, field: "tid", reason: "订单编号 is empty" };
  if (!/^\d{1,25}$/.test(tid)) return { ok: false, field: "tid", reason: `订单编号 "${tid.slice(0, 40)}" is not an order number (a spreadsheet may have turned it into 4.2E+18)`, tid: undefined };
  const fail = (field: ImportField, reason: string): RowResult => ({ ok: false, field, reason, tid });

  const status = statusFromExport(get("status"));
  if (!status) return fail("status", `订单状态 "${get("status").slice(0, 40)}" is not a status we know`);
  const createdAt = exportTimeToUtc(get("created"));
  if (!createdAt) return fail("created", `订单创建时间 "${get("created").slice(0, 40)}" is not a time (YYYY-MM-DD HH:mm:ss)`);
  let paidAt: string | undefined;
  if (!EMPTY_TIME.test(get("paid"))) {
    paidAt = exportTimeToUtc(get("paid"));
    if (!paidAt) return fail("paid", `订单付款时间 "${get("paid").slice(0, 40)}" is not a time`);
  }
  const money = (field: ImportField) => {
    const text = get(field).replace(/^[¥￥]/, "");
    return text === "" ? undefined : yuanToFen(text);
  };
  const paymentFen = money("payment");
  if (get("payment") !== "" && paymentFen === undefined) return fail("payment", `买家实际支付金额 "${get("payment").slice(0, 40)}" is not an amount`);
  const postFeeFen = money("postFee");
  const quantityText = get("quantity") || get("kinds") || "1";
  if (!/^\d{1,6}$/.test(quantityText)) return fail("quantity", `宝贝总数量 "${quantityText.slice(0, 20)}" is not a whole number`);

  const address = get("address");
  const receiver = address || get("receiverName") ? { name: get("receiverName"), mobile: get("mobile") || undefined, phone: get("phone") || undefined, ...splitAddress(address) } : undefined;
  const trade: Trade = {
    tid,
    status,
    buyerNick: get("buyerNick") || undefined,
    receiver,
    buyerMessage: get("buyerMessage") || undefined,
    sellerMemo: get("sellerMemo") || undefined,
    sellerFlag: undefined,
    createdAt,
    paidAt,
    modifiedAt: undefined,
    shippedAt: undefined,
    endedAt: undefined,
    paymentFen,
    postFeeFen,
    totalFeeFen: undefined,
    // The order export has no SKU lines (that is the item export): one summary line per order, whose
    // oid is the order's own number, until a platform message brings the real lines.
    lines: [{ oid: tid, outerSkuId: undefined, title: get("title") || undefined, skuPropertiesName: undefined, num: Number(quantityText), priceFen: undefined, paymentFen, refundStatus: undefined }],
  };
  return { ok: true, trade, at: paidAt ?? createdAt };
}
