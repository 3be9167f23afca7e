export { toCsv, CSV_CONTENT_TYPE, type CsvValue } from "./csv";
