/**
 * Order-to-parcel matching in process: 100,000 paid orders grouped into parcels by the same pure
 * fold the matching service runs per order (groupOrders = assignOrder over the orders, with the
 * receiver normalised for every order). The shop is generated: about 60 % of buyers order once,
 * the rest 2–5 times, some of them to two addresses, the same address often written differently
 * (full-width digits, regions repeated in the street, spaces); a few SKUs are short of stock and a
 * few memos say 不合单. Prints the median of five runs and what came out.
 * Run: npx tsx bench/parcels-matching.ts
 */
import os from "node:os";
import { performance } from "node:perf_hooks";
import { groupOrders, type MatchOptions, type OrderToMatch } from "../packages/core/src/packing/rules/grouping";
import type { Receiver } from "../packages/core/src/packing/rules/address";
import { DEFAULT_SETTINGS } from "../packages/core/src/settings/schema";

const ORDERS = 100_000;
const RUNS = 5;
const SKUS = 2_000;

let seed = 20261111;
const random = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
const pick = <T>(items: readonly T[]) => items[Math.floor(random() * items.length)]!;

const REGIONS = [
  ["浙江省", "杭州市", "西湖区"],
  ["浙江省", "杭州市", "滨江区"],
  ["江苏省", "南京市", "鼓楼区"],
  ["广东省", "深圳市", "南山区"],
  ["北京", "北京市", "朝阳区"],
  ["上海", "上海市", "浦东新区"],
  ["四川省", "成都市", "武侯区"],
  ["广西壮族自治区", "南宁市", "青秀区"],
] as const;
const STREETS = ["文三路", "学院路", "中山路", "人民路", "建国路", "解放大道", "科技园路", "天府大道"];
const toFullWidth = (text: string) => text.replace(/[0-9A-Za-z]/g, (ch) => String.fromCharCode(ch.charCodeAt(0) + 0xfee0));

function address(): Receiver {
  const [state, city, district] = pick(REGIONS);
  const n = 1 + Math.floor(random() * 400);
  const flat = `${1 + Math.floor(random() * 30)}-${1 + Math.floor(random() * 6)}-${101 + Math.floor(random() * 2000)}`;
  const phone = `1${3 + Math.floor(random() * 6)}${String(Math.floor(random() * 1e9)).padStart(9, "0")}`;
  return { name: `收件人${Math.floor(random() * 1e6)}`, mobile: phone, state, city, district, address: `${pick(STREETS)}${n}号${flat}` };
}

/** The same door written the way another order of the same buyer might write it. */
function rewritten(receiver: Receiver): Receiver {
  switch (Math.floor(random() * 4)) {
    case 0:
      return { ...receiver, address: toFullWidth(receiver.address) };
    case 1:
      return { ...receiver, address: `${receiver.state}${receiver.city}${receiver.district} ${receiver.address}` };
    case 2:
      return { ...receiver, mobile: `+86 ${receiver.mobile}`, address: receiver.address.replace(/-/g, " ") };
    default:
      return receiver;
  }
}

function generate(): OrderToMatch[] {
  const orders: OrderToMatch[] = [];
  let tid = 4_234_567_890_000_000_000n;
  let buyer = 0;
  while (orders.length < ORDERS) {
    const buyerNick = `buyer${++buyer}`;
    const count = random() < 0.6 ? 1 : 2 + Math.floor(random() * 4);
    const homes = [address(), ...(random() < 0.25 ? [address()] : [])];
    for (let i = 0; i < count && orders.length < ORDERS; i++) {
      const id = String(++tid);
      const lines = Array.from({ length: 1 + Math.floor(random() * 3) }, (_, j) => ({
        oid: `${id}${j}`,
        sku: `SKU-${Math.floor(random() * SKUS)}`,
        quantity: 1 + Math.floor(random() * 2),
      }));
      orders.push({
        tid: id,
        buyerNick,
        receiver: rewritten(pick(homes)),
        lines,
        sellerMemo: random() < 0.02 ? "#1011 不合单" : "#1011",
        sellerFlag: 1,
      });
    }
  }
  // Buyers' orders arrive interleaved with everyone else's, as payments do.
  for (let i = orders.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [orders[i], orders[j]] = [orders[j]!, orders[i]!];
  }
  return orders;
}

const orders = generate();
const stock = new Map(Array.from({ length: SKUS }, (_, i) => [`SKU-${i}`, i % 20 === 0 ? Math.floor(random() * 4) : 1_000_000]));
const options: MatchOptions = {
  merge: DEFAULT_SETTINGS.orders.mergeParcels,
  splitUnavailable: DEFAULT_SETTINGS.orders.splitUnavailableLines,
  noMergeMarkers: DEFAULT_SETTINGS.parcels.noMergeMemoMarkers,
  noMergeFlags: DEFAULT_SETTINGS.parcels.noMergeFlags,
};

// Wall time and this process's CPU time: on a shared machine the second says what the work costs.
const timings: number[] = [];
const cpu: number[] = [];
let parcels = groupOrders(orders, options, (sku) => stock.get(sku) ?? 0);
for (let run = 0; run < RUNS; run++) {
  const started = performance.now();
  const cpuStarted = process.cpuUsage();
  parcels = groupOrders(orders, options, (sku) => stock.get(sku) ?? 0);
  const used = process.cpuUsage(cpuStarted);
  timings.push(performance.now() - started);
  cpu.push((used.user + used.system) / 1000);
}
const middle = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
timings.sort((a, b) => a - b);
const median = middle(timings);

const buyers = new Set(orders.map((o) => o.buyerNick)).size;
const merged = parcels.filter((p) => p.tids.length > 1).length;
const later = parcels.filter((p) => p.awaitingStock).length;
const units = orders.reduce((sum, o) => sum + o.lines.reduce((s, l) => s + l.quantity, 0), 0);
const placed = parcels.reduce((sum, p) => sum + p.lines.reduce((s, l) => s + l.quantity, 0), 0);

console.log(`Order-to-parcel matching, in process (Node ${process.version}, ${RUNS} runs after one warm-up)`);
console.log(`  orders          ${orders.length.toLocaleString("en")} from ${buyers.toLocaleString("en")} buyers`);
console.log(`  parcels         ${parcels.length.toLocaleString("en")} (${merged.toLocaleString("en")} merged from several orders, ${later.toLocaleString("en")} waiting for stock)`);
console.log(`  units           ${units.toLocaleString("en")} ordered, ${placed.toLocaleString("en")} in parcels`);
console.log(`  time            median ${median.toFixed(0)} ms (min ${timings[0]!.toFixed(0)}, max ${timings.at(-1)!.toFixed(0)}) = ${Math.round(orders.length / (median / 1000)).toLocaleString("en")} orders/s`);
console.log(`  CPU time        median ${middle(cpu).toFixed(0)} ms (process user + system, GC threads included)`);
console.log(`  machine         ${os.cpus().length} cores, load average ${os.loadavg()[0]!.toFixed(1)} while running`);
