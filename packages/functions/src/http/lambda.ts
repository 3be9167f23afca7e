import { handle } from "hono/aws-lambda";
import { initCloud } from "../cloud/init";
import { createApi } from "./app";

/** API Gateway HTTP API → the same Hono app the local server runs. */
await initCloud();
export const handler = handle(createApi());
