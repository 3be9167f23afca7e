/** The API's error document and the error a failed call throws (shared with the console). */
export * from "@dianwu/core/problem";
