import { compareSizes } from "../catalogue/rules";
import { routeIndex } from "../bins/rules";

/**
 * Wave planning (拣货) as pure rules. The input is what the parcels area hands over once a parcel
 * is allocated (its stock reserved): the parcel and, per line, the SKU, the quantity and the bin it
 * was reserved in. RULES.md §4: before printing, the day's waybills are sorted by style, by single-
 * vs multi-item order, and by colour; the picker walks the pick list through the bins.
 */
export interface AllocatedParcel {
  parcelId: string;
  orderIds?: string[];
  waybillNo?: string;
  /** Waybill remarks the checker reads: colour, size, gifts (赠品), changes. */
  remark?: string;
  lines: { skuId: string; binCode: string; qty: number }[];
}

export interface SkuWords {
  styleCode: string;
  colour: string;
  size: string;
}

export type WaveKind = "single" | "multi";

export interface PickLine {
  lineNo: number;
  binCode: string;
  skuId: string;
  styleCode: string;
  colour: string;
  size: string;
  qty: number;
  /** Which parcels (by slot) this line serves and how many each, in slot order. */
  parcels: { parcelId: string; slot: number; qty: number }[];
}

export interface PlannedWave {
  kind: WaveKind;
  parcels: (AllocatedParcel & { slot: number })[];
  pickList: PickLine[];
}

/** One piece of one SKU: picked straight onto its waybill, no sorting needed. */
export const isSingleItem = (parcel: AllocatedParcel) => parcel.lines.length === 1 && parcel.lines[0]!.qty === 1;

const collator = new Intl.Collator("zh-CN");

function compareWords(a: SkuWords, b: SkuWords) {
  return collator.compare(a.styleCode, b.styleCode) || collator.compare(a.colour, b.colour) || compareSizes(a.size, b.size);
}

const UNKNOWN: SkuWords = { styleCode: "~", colour: "~", size: "~" };

/**
 * Catalogue order as numbers: each SKU's rank by style, colour and size, and the rank of its
 * style-and-colour group. Sorting thousands of parcels then compares integers, not strings
 * through a collator.
 */
function catalogueRanks(skuIds: Iterable<string>, words: (skuId: string) => SkuWords) {
  const sorted = [...new Set(skuIds)].sort((a, b) => compareWords(words(a), words(b)) || a.localeCompare(b));
  const sku = new Map<string, number>();
  const group = new Map<string, number>();
  const groups = new Map<string, number>();
  sorted.forEach((skuId, i) => {
    sku.set(skuId, i);
    const w = words(skuId);
    const key = `${w.styleCode}|${w.colour}`;
    if (!groups.has(key)) groups.set(key, groups.size);
    group.set(skuId, groups.get(key)!);
  });
  return { sku, group };
}

/**
 * Splits allocated parcels into waves of at most `maxParcels`: single-item parcels apart from
 * multi-item ones, each sorted by style, colour and size (of their first item, for multi-item
 * parcels), so that waybills print in the order the goods come off the shelves. Each wave gets a
 * pick list: one line per bin and SKU with the total to pick, grouped by style and colour, the
 * groups in the order the walking route first reaches them and the lines of a group in route order.
 */
export function planWaves(parcels: readonly AllocatedParcel[], skus: ReadonlyMap<string, SkuWords>, options: { maxParcels: number }): PlannedWave[] {
  const words = (skuId: string) => skus.get(skuId) ?? UNKNOWN;
  const ranks = catalogueRanks(
    parcels.flatMap((p) => p.lines.map((l) => l.skuId)),
    words,
  );
  const first = new Map<AllocatedParcel, number>();
  for (const p of parcels) first.set(p, Math.min(...p.lines.map((l) => ranks.sku.get(l.skuId)!)));
  const order = (a: AllocatedParcel, b: AllocatedParcel) => first.get(a)! - first.get(b)! || (a.parcelId < b.parcelId ? -1 : a.parcelId > b.parcelId ? 1 : 0);
  const single = parcels.filter(isSingleItem).sort(order);
  const multi = parcels.filter((p) => p.lines.length > 0 && !isSingleItem(p)).sort(order);

  const waves: PlannedWave[] = [];
  for (const [kind, group] of [["single", single], ["multi", multi]] as const) {
    for (let start = 0; start < group.length; start += options.maxParcels) {
      const members = group.slice(start, start + options.maxParcels).map((p, i) => ({ ...p, slot: i + 1 }));
      waves.push({ kind, parcels: members, pickList: pickList(members, words, ranks) });
    }
  }
  return waves;
}

function pickList(parcels: readonly (AllocatedParcel & { slot: number })[], words: (skuId: string) => SkuWords, ranks: ReturnType<typeof catalogueRanks>): PickLine[] {
  const lines = new Map<string, Omit<PickLine, "lineNo">>();
  for (const parcel of parcels) {
    for (const line of parcel.lines) {
      const key = `${line.binCode}|${line.skuId}`;
      let pick = lines.get(key);
      if (!pick) {
        pick = { binCode: line.binCode, skuId: line.skuId, ...words(line.skuId), qty: 0, parcels: [] };
        lines.set(key, pick);
      }
      pick.qty += line.qty;
      const served = pick.parcels.find((p) => p.parcelId === parcel.parcelId);
      if (served) served.qty += line.qty;
      else pick.parcels.push({ parcelId: parcel.parcelId, slot: parcel.slot, qty: line.qty });
    }
  }
  const route = routeIndex([...lines.values()].map((l) => l.binCode));
  const groupStart = new Map<number, number>();
  for (const l of lines.values()) {
    const group = ranks.group.get(l.skuId)!;
    groupStart.set(group, Math.min(groupStart.get(group) ?? Infinity, route.get(l.binCode)!));
  }
  return [...lines.values()]
    .sort((a, b) => {
      const ga = ranks.group.get(a.skuId)!;
      const gb = ranks.group.get(b.skuId)!;
      return groupStart.get(ga)! - groupStart.get(gb)! || ga - gb || route.get(a.binCode)! - route.get(b.binCode)! || ranks.sku.get(a.skuId)! - ranks.sku.get(b.skuId)!;
    })
    .map((l, i) => ({ ...l, lineNo: i + 1 }));
}

/**
 * Which parcels a short pick leaves short: the picked pieces go to the parcels in slot order
 * (the first waybills are served first), the rest are short.
 */
export function shortParcels(parcels: readonly { parcelId: string; slot: number; qty: number }[], picked: number) {
  let left = picked;
  const short: { parcelId: string; short: number }[] = [];
  for (const p of [...parcels].sort((a, b) => a.slot - b.slot)) {
    const served = Math.min(left, p.qty);
    left -= served;
    if (served < p.qty) short.push({ parcelId: p.parcelId, short: p.qty - served });
  }
  return short;
}
