import { handle } from "hono/aws-lambda";
import { createHotApi } from "./app";
import { initHot } from "./init";

await initHot();
export const handler = handle(createHotApi());
