export * as Bench from "./service";
export * as Handover from "./handover";
export * as BenchActivity from "./activity";
export { Events as BenchEvents } from "./events";
export { BENCH_OPERATORS, FORCE_COMPLETERS, ACTIVITY_READERS } from "./roles";
export { forgetBenchSettings } from "./clock";
export * from "./verify";
export { BenchSessionEntity, BenchScanEntity, BenchTallyEntity, HandoverBatchEntity, HandoverEntryEntity } from "./entities";
