import { handle } from "hono/aws-lambda";
import { initCloud } from "../cloud/init";
import { createHotApi } from "./app";

await initCloud();
export const handler = handle(createHotApi());
