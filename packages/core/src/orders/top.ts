import { createHash } from "node:crypto";
import { parseExact } from "./exact-json";
import { toPlatformTime } from "./platform";
import { parseTrade, type Trade } from "./trade";
import type { TradeSource } from "./trade-source";

/**
 * The shop platform's open API (TOP): `taobao.trade.fullinfo.get`, signed as TOP signs requests
 * with sign_method=md5: every parameter except `sign`, sorted by name, written as name+value,
 * wrapped in the app secret on both sides, md5, upper-case hex.
 */
export function signTopRequest(params: Record<string, string>, secret: string): string {
  const joined = Object.keys(params)
    .filter((key) => key !== "sign" && params[key] !== undefined && params[key] !== "")
    .sort()
    .map((key) => key + params[key])
    .join("");
  return createHash("md5").update(secret + joined + secret, "utf8").digest("hex").toUpperCase();
}

export const TOP_GATEWAY = "https://eco.taobao.com/router/rest";

/** The trade fields we read (TOP returns only what is asked for). */
export const FULLINFO_FIELDS = [
  "tid",
  "status",
  "buyer_nick",
  "receiver_name",
  "receiver_mobile",
  "receiver_phone",
  "receiver_state",
  "receiver_city",
  "receiver_district",
  "receiver_town",
  "receiver_address",
  "receiver_zip",
  "buyer_message",
  "seller_memo",
  "seller_flag",
  "created",
  "pay_time",
  "modified",
  "consign_time",
  "end_time",
  "payment",
  "post_fee",
  "total_fee",
  "orders.oid",
  "orders.outer_sku_id",
  "orders.outer_iid",
  "orders.title",
  "orders.sku_properties_name",
  "orders.num",
  "orders.price",
  "orders.payment",
  "orders.refund_status",
].join(",");

export class TopError extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
    this.name = "TopError";
  }
}

export interface TopOptions {
  appKey: string;
  appSecret: string;
  /** The seller's session key (授权 token). */
  session: string;
  gateway?: string;
  /** Injectable so tests never reach the network. */
  fetch?: typeof fetch;
  now?: () => Date;
  timeoutMs?: number;
}

export class TopTradeSource implements TradeSource {
  readonly name = "top";
  constructor(private readonly options: TopOptions) {}

  /** The signed form parameters of one call (exposed for tests). */
  request(method: string, params: Record<string, string>) {
    const all: Record<string, string> = {
      method,
      app_key: this.options.appKey,
      session: this.options.session,
      timestamp: toPlatformTime((this.options.now ?? (() => new Date()))()),
      format: "json",
      v: "2.0",
      sign_method: "md5",
      ...params,
    };
    return { ...all, sign: signTopRequest(all, this.options.appSecret) };
  }

  async fullTrade(tid: string): Promise<Trade | undefined> {
    const form = this.request("taobao.trade.fullinfo.get", { fields: FULLINFO_FIELDS, tid });
    const response = await (this.options.fetch ?? fetch)(this.options.gateway ?? TOP_GATEWAY, {
      method: "POST",
      headers: { "content-type": "application/x-www-form-urlencoded;charset=utf-8" },
      body: new URLSearchParams(form).toString(),
      signal: AbortSignal.timeout(this.options.timeoutMs ?? 5_000),
    });
    const text = await response.text();
    if (!response.ok) throw new TopError(`http.${response.status}`, `TOP answered ${response.status}`);
    // TOP writes tids and oids as JSON numbers: read them exactly.
    const body = parseExact(text) as {
      error_response?: { code?: unknown; msg?: string; sub_code?: string; sub_msg?: string };
      trade_fullinfo_get_response?: { trade?: unknown };
    };
    if (body.error_response) {
      const e = body.error_response;
      throw new TopError(String(e.sub_code ?? e.code ?? "unknown"), `TOP error: ${e.sub_msg ?? e.msg ?? "unknown"}`);
    }
    const raw = body.trade_fullinfo_get_response?.trade;
    if (raw === undefined) return undefined;
    const trade = parseTrade(raw);
    if (!trade.success) throw new TopError("trade.shape", `TOP trade ${tid} did not parse: ${trade.error.issues[0]?.message}`);
    return trade.data;
  }
}
