export * as Fine from "./fines";
export * as Fund from "./fund";
export * as Handover from "./handover";
export { Events as ServiceEvents } from "./events";
export { FINE_RULES, type FineRule } from "./fine-rules";
export { toCsv, CSV_CONTENT_TYPE, type CsvValue } from "./csv";
