/**
 * Wave planning for 10,000 allocated parcels, in process (no database): how long `planWaves` takes
 * to split, sort and build the pick lists. Run: npx tsx bench/warehouse-waves.ts
 */
import { performance } from "node:perf_hooks";
import { formatBinCode } from "../packages/core/src/warehouse/bins/rules";
import { planWaves, type AllocatedParcel, type SkuWords } from "../packages/core/src/warehouse/picking/rules";

const PARCELS = 10_000;
const RUNS = 7;
const MAX_PARCELS = 40;

// A deterministic generator, so runs compare.
let seed = 20240917;
const random = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
const pick = <T>(list: readonly T[]) => list[Math.floor(random() * list.length)]!;

const colours = ["黑", "白", "藏青", "卡其", "酒红", "灰"];
const sizes = ["S", "M", "L", "XL", "2XL"];
const skus = new Map<string, SkuWords>();
const homeBin = new Map<string, string>();
for (let style = 0; style < 80; style++) {
  for (const colour of colours.slice(0, 2 + (style % 5))) {
    for (const size of sizes) {
      const skuId = `sku-${skus.size}`;
      skus.set(skuId, { styleCode: `DW${2400 + style}`, colour, size });
      homeBin.set(skuId, formatBinCode({ zone: pick(["A", "B", "C", "D"]), aisle: 1 + Math.floor(random() * 20), shelf: 1 + Math.floor(random() * 30), level: 1 + Math.floor(random() * 4) }));
    }
  }
}
const skuIds = [...skus.keys()];

const parcels: AllocatedParcel[] = Array.from({ length: PARCELS }, (_, i) => {
  const single = random() < 0.7;
  const count = single ? 1 : 2 + Math.floor(random() * 3);
  const lines = new Map<string, number>();
  while (lines.size < count) lines.set(pick(skuIds), single ? 1 : 1 + Math.floor(random() * 2));
  return { parcelId: `P${String(i).padStart(6, "0")}`, lines: [...lines].map(([skuId, qty]) => ({ skuId, qty, binCode: homeBin.get(skuId)! })) };
});

const timings: number[] = [];
let waves = 0;
let lines = 0;
for (let run = 0; run < RUNS; run++) {
  const started = performance.now();
  const planned = planWaves(parcels, skus, { maxParcels: MAX_PARCELS });
  timings.push(performance.now() - started);
  waves = planned.length;
  lines = planned.reduce((s, w) => s + w.pickList.length, 0);
}
timings.sort((a, b) => a - b);
const singles = parcels.filter((p) => p.lines.length === 1 && p.lines[0]!.qty === 1).length;
console.log(`wave planning: ${PARCELS} allocated parcels (${singles} single-item, ${PARCELS - singles} multi-item), ${skus.size} SKUs, at most ${MAX_PARCELS} parcels a wave`);
console.log(`  → ${waves} waves, ${lines} pick-list lines`);
console.log(`  time: slowest ${timings.at(-1)!.toFixed(1)} ms (the first run, with JIT warm-up), median ${timings[Math.floor(RUNS / 2)]!.toFixed(1)} ms, best ${timings[0]!.toFixed(1)} ms over ${RUNS} runs`);
