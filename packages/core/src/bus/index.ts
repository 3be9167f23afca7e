export * as Bus from "./bus";
export * as DeadLetter from "./dead-letter";
export { defineEvent, Envelope, type EventDefinition } from "./event";
export { runConsumer, type Consumer, type RunOptions } from "./consumer";
