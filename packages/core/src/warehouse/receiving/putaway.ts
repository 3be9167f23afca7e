import * as z from "zod";
import { conflict, invalid } from "../../error";
import { Code as BinCode, kindOf } from "../bins/service";
import { HOME_KINDS } from "../bins/rules";
import { manyById } from "../catalogue/service";
import { move } from "../stock/movements";
import { writer } from "../tx";
import { ReceiptEntity, ReceiptLineEntity } from "./entities";
import { suggestPutaway } from "./rules";
import { closeIfFinished, mustGetReceipt, receiptLines } from "./receipts";

/** What is left to put away from a receipt and where the system sends it (整货 / 散货). */
export async function putawayPlan(receiptId: string) {
  const receipt = await mustGetReceipt(receiptId);
  const lines = (await receiptLines(receiptId)).filter((l) => (l.putawayLeft ?? 0) > 0);
  const skus = await manyById(lines.map((l) => l.skuId));
  return {
    receiptId,
    pendingBin: receipt.pendingBin,
    lines: lines.map((l) => {
      const sku = skus.get(l.skuId)!;
      return {
        skuId: l.skuId,
        styleCode: sku.styleCode,
        colour: sku.colour,
        size: sku.size,
        name: sku.name,
        left: l.putawayLeft!,
        targets: suggestPutaway(l.putawayLeft!, sku),
      };
    }),
  };
}

export const PutawayInput = z.object({
  lines: z.array(z.object({ skuId: z.string().min(1).max(40), binCode: BinCode, qty: z.number().int().min(1).max(100_000) })).min(1).max(20),
});

/**
 * Puts inspected goods away, signed by whoever scanned their badge at the device: for each line
 * the goods leave pending inspection and enter their bin on the card, and the line's
 * still-to-put-away count drops, in one transaction (never more than inspection passed).
 */
export async function putaway(receiptId: string, input: z.input<typeof PutawayInput>) {
  const { lines } = PutawayInput.parse(input);
  const receipt = await mustGetReceipt(receiptId);
  if (receipt.state !== "booked") throw conflict("receipt.not-booked", `Receipt ${receiptId} is ${receipt.state}`);
  for (const [i, line] of lines.entries()) {
    const bin = await kindOf(line.binCode).catch(() => undefined);
    if (!bin?.active) throw invalid(`lines.${i}.binCode`, "bin.not-found", `No active bin ${line.binCode}`);
    if (!HOME_KINDS.includes(bin.kind)) throw invalid(`lines.${i}.binCode`, "putaway.bin-kind", `${line.binCode} is a ${bin.kind} bin; inspected goods go to normal, whole-case or loose bins`);
  }
  const left = new Map((await receiptLines(receiptId)).map((l) => [l.skuId, l.putawayLeft ?? 0]));
  const wanted = new Map<string, number>();
  for (const line of lines) wanted.set(line.skuId, (wanted.get(line.skuId) ?? 0) + line.qty);
  for (const [skuId, qty] of wanted) {
    if (qty > (left.get(skuId) ?? 0)) throw moreThanInspected(skuId);
  }
  const booked = [];
  for (const line of lines) {
    const document = { type: "putaway", id: receiptId, line: line.skuId };
    booked.push(
      ...(await move(
        [
          { skuId: line.skuId, binCode: receipt.pendingBin, type: "putaway_out", qty: -line.qty, document },
          { skuId: line.skuId, binCode: line.binCode, type: "putaway_in", qty: line.qty, document },
        ],
        {
          audit: { action: "receipt.putaway", target: { type: "receipt", id: receiptId }, after: line },
          extra: () => [
            writer(ReceiptLineEntity).patch({ receiptId, skuId: line.skuId }).add({ putawayLeft: -line.qty }).where((a, op) => `${op.eq(a.state, "inspected")} AND ${op.gte(a.putawayLeft, line.qty)}`).commit(),
            writer(ReceiptEntity).patch({ receiptId }).add({ awaitingPutaway: -line.qty }).commit(),
          ],
          onExtraFailed: () => moreThanInspected(line.skuId),
        },
      )),
    );
  }
  await closeIfFinished(receiptId);
  return booked;
}

const moreThanInspected = (skuId: string) =>
  conflict("putaway.more-than-inspected", `Only inspected, passed pieces of SKU ${skuId} not yet put away can be put away`);
