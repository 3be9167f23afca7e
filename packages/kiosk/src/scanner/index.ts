export { createScanner, type ScannerOptions } from "./createScanner";
export { GS, normalize, scansOf, step, INITIAL, type KeyInput, type ScannerConfig, type ScannerState } from "./machine";
export { createScanQueue } from "./queue";
