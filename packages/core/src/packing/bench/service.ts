export { open, view, release, OpenInput, KeyInput, ScanId, type BenchView } from "./session";
export { scan, undo, force, ScanInput, ForceInput, type ScanResult, type UndoResult } from "./scan";
export { close, slip, CloseInput, type CloseResult } from "./close";
export type { Slip } from "./slip";
export type { Forced } from "./store";
