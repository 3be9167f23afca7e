/**
 * What the packing bench's hot Lambda serves: every piece scanned, undo, the parcel's view after a
 * reload. Nothing reachable from here may import ElectroDB or the AWS SDK
 * (docs/decisions/0061-hot-path-without-sdk.md; the bundle test in infra/test checks it).
 */
export { scan, undo, type ScanResult, type UndoResult } from "./scan";
export { view, type BenchView } from "./view";
export { KeyInput, ScanInput } from "./inputs";
export { BENCH_OPERATORS } from "./roles";
