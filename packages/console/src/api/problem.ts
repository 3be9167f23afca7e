/** The API's error document and the error a failed call throws (shared with the kiosk). */
export * from "@dianwu/core/problem";
