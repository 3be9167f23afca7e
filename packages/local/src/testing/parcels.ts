import { withActor, type Actor } from "@dianwu/core/actor";
import { Parcel, ParcelMatching, s10CheckDigit, type OrderForParcels } from "@dianwu/core/packing";
import type * as z from "zod";

/**
 * Factories for parcel tests: orders shaped as the orders area's events carry them, each with a new
 * tid (above 2^53, as real ones are), and valid waybill numbers per carrier.
 */
let sequence = 0;
const unique = () => (++sequence).toString().padStart(6, "0") + Math.floor(Math.random() * 1000).toString().padStart(3, "0");

export const PLATFORM: Actor = { type: "platform", name: "taobao" };

type OrderInput = z.input<typeof OrderForParcels>;

export function paidOrder(overrides: Partial<OrderInput> & { skus?: [string, number][] } = {}): OrderInput {
  const { skus, ...rest } = overrides;
  const tid = overrides.tid ?? `42345678901${unique()}`;
  const lines = (skus ?? [["SKU-A", 1]]).map(([outerSkuId, num], i) => ({ oid: `${tid}${i + 1}`, outerSkuId, num, title: `宝贝${outerSkuId}` }));
  return {
    tid,
    status: "WAIT_SELLER_SEND_GOODS",
    buyerNick: `买家${unique()}`,
    receiver: { name: "张三", mobile: "13800138000", state: "浙江省", city: "杭州市", district: "西湖区", address: "文三路100号" },
    lines,
    ...rest,
  };
}

/** Runs matching for an order as the orders-event consumer would, and returns its parcels. */
export async function matchOrder(order: OrderInput) {
  await withActor(PLATFORM, () => ParcelMatching.applyOrder(order));
  return Parcel.byOrder(order.tid);
}

/** A parcel for a fresh paid order. */
export async function makeParcel(overrides: Parameters<typeof paidOrder>[0] = {}) {
  const order = paidOrder(overrides);
  const [parcel] = await matchOrder(order);
  if (!parcel) throw new Error("matching made no parcel");
  return { order, parcel };
}

/** A waybill number nobody has used yet, valid for the carrier. */
export function waybillNumber(carrier: "SF" | "YTO" | "JT" | "ZTO" | "EMS" = "SF"): string {
  const digits = (n: number) => (Date.now().toString() + unique() + unique()).slice(-n);
  switch (carrier) {
    case "SF":
      return `SF${digits(13)}`;
    case "YTO":
      return `YT${digits(13)}`;
    case "JT":
      return `JT${digits(13)}`;
    case "ZTO":
      return `73${digits(12)}`;
    case "EMS": {
      const serial = digits(8);
      return `EA${serial}${s10CheckDigit(serial)}CN`;
    }
  }
}
