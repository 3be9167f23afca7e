/**
 * Stock-card append + balance update under contention, against DynamoDB Local: 20 concurrent
 * writers booking movements on the same SKU in the same bin. Prints movements per second and
 * proves no update was lost (final balance = opening + sum of successful movements = card sum,
 * card lines = successful movements + 1, the card check passes). A single writer runs first as
 * the uncontended baseline. Run: npx tsx bench/warehouse-stock-contention.ts
 */
import { performance } from "node:perf_hooks";
import { withActor, type Actor } from "../packages/core/src/actor";
import { Bin, Sku, Stock } from "../packages/core/src/warehouse";
import { ensureTable, startDynamoLocal } from "../packages/local/src/dynamodb-local";
import { wire } from "../packages/local/src/runtime";

const WRITERS = 20;
const PER_WRITER = 15;
const BASELINE = 40;
const OPENING = 100_000;
const SUPERVISOR: Actor = { type: "staff", staffNo: "9000", roles: ["warehouse_supervisor"] };

async function main() {
  const dynamo = await startDynamoLocal();
  try {
    await ensureTable(dynamo.endpoint, "bench");
    wire({ endpoint: dynamo.endpoint, table: "bench", secrets: { sessionSecret: "bench-session-secret-bench-session", webhookSecret: "bench" } });
    await withActor(SUPERVISOR, async () => {
      for (const [label, writers, each] of [["baseline (1 writer)", 1, BASELINE], [`contended (${WRITERS} writers)`, WRITERS, PER_WRITER]] as const) {
        const bin = await Bin.create({ zone: "B", aisle: writers === 1 ? 1 : 2, shelf: 1, level: 1, kind: "normal" });
        const sku = await Sku.create({ styleCode: `BENCH${writers}`, colour: "黑", size: "M", name: "bench", outerSkuId: `BENCH-${writers}`, homeBin: bin.binCode });
        await Stock.opening({ skuId: sku.skuId, binCode: bin.binCode, qty: OPENING });

        let booked = 0;
        let sum = 0;
        let failed = 0;
        const started = performance.now();
        await Promise.all(
          Array.from({ length: writers }, async (_, w) => {
            for (let i = 0; i < each; i++) {
              const qty = i % 3 === 2 ? -2 : 1 + (w % 3);
              try {
                await Stock.move([{ skuId: sku.skuId, binCode: bin.binCode, type: qty > 0 ? "return_in" : "transfer_out", qty, document: { type: "bench", id: `${w}-${i}` } }]);
                booked++;
                sum += qty;
              } catch (error) {
                failed++;
                console.error(`writer ${w} movement ${i}:`, (error as Error).message);
              }
            }
          }),
        );
        const seconds = (performance.now() - started) / 1000;
        const check = await Stock.check(sku.skuId, bin.binCode);
        const lost = OPENING + sum - check.onHand;
        console.log(`${label}: ${booked} movements in ${seconds.toFixed(1)} s = ${(booked / seconds).toFixed(1)} movements/s (${failed} gave up)`);
        console.log(
          `  balance ${check.onHand} = opening ${OPENING} + booked ${sum}: ${lost === 0 ? "yes" : `NO (${lost} lost)`}; card lines ${check.lines} = ${booked + 1}: ${check.lines === booked + 1 ? "yes" : "NO"}; card check ${check.consistent ? "consistent" : check.problems.join("; ")}`,
        );
        if (lost !== 0 || !check.consistent || check.lines !== booked + 1) process.exitCode = 1;
      }
    });
  } finally {
    await dynamo.stop();
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
