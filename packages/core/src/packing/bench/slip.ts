import { maskMobile } from "./rules";
import type { BenchManifest } from "./verify";

/** The outbound slip (出库单): one copy goes inside the parcel, so the buyer's number is masked. */
export interface Slip {
  parcelId: string;
  shopName: string;
  tids: string[];
  buyerNick: string;
  receiver: { name: string; mobile?: string; address: string };
  waybill: { number: string; carrier: string; carrierName: string } | null;
  lines: { line: number; styleCode: string; colour: string; size: string; name: string; quantity: number; gift: boolean; bins: { binCode: string; qty: number }[] }[];
  totalUnits: number;
  notes: BenchManifest["notes"];
  packedAt: string;
  packedBy: string;
  bench: { id: string; name: string };
  forced: { staffNo: string; reason: string } | null;
}

export interface SlipInput {
  shopName: string;
  manifest: BenchManifest;
  receiver: { name: string; mobile?: string; phone?: string; state?: string; city?: string; district?: string; town?: string; address: string };
  /** What the stock card booked out for the parcel: SKU, bin and pieces. */
  issued: { skuId: string; binCode: string; qty: number }[];
  packedAt: string;
  packedBy: string;
  bench: { id: string; name: string };
  forced?: { staffNo: string; reason: string };
}

/**
 * The slip's lines with the bins the pieces came from. The card books per SKU and bin, a line
 * per order line; the bins of a SKU are handed out to its lines in order.
 */
export function slipOf(input: SlipInput): Slip {
  const left = input.issued.map((i) => ({ ...i }));
  const lines = input.manifest.lines.map((l) => {
    let wanted = l.quantity;
    const bins: { binCode: string; qty: number }[] = [];
    for (const i of left) {
      if (wanted === 0 || i.skuId !== l.skuId || i.qty === 0) continue;
      const qty = Math.min(wanted, i.qty);
      bins.push({ binCode: i.binCode, qty });
      i.qty -= qty;
      wanted -= qty;
    }
    return { line: l.line, styleCode: l.styleCode, colour: l.colour, size: l.size, name: l.name, quantity: l.quantity, gift: l.gift, bins };
  });
  const r = input.receiver;
  return {
    parcelId: input.manifest.parcelId,
    shopName: input.shopName,
    tids: input.manifest.tids,
    buyerNick: input.manifest.buyerNick,
    receiver: {
      name: r.name,
      mobile: maskMobile(r.mobile ?? r.phone),
      address: [r.state, r.city, r.district, r.town, r.address].filter(Boolean).join(" "),
    },
    waybill: input.manifest.waybill,
    lines,
    totalUnits: input.manifest.totalUnits,
    notes: input.manifest.notes,
    packedAt: input.packedAt,
    packedBy: input.packedBy,
    bench: input.bench,
    forced: input.forced ?? null,
  };
}
