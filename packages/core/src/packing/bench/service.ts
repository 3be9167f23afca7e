export { open, release } from "./session";
export { view, viewOf, type BenchView } from "./view";
export { OpenInput, KeyInput, ScanId, ScanInput } from "./inputs";
export { scan, undo, type ScanResult, type UndoResult } from "./scan";
export { force, ForceInput } from "./force";
export { close, slip, CloseInput, type CloseResult } from "./close";
export type { Slip } from "./slip";
export type { Forced } from "./store";
