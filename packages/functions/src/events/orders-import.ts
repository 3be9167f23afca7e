import type { Consumer } from "@dianwu/core/bus";
import { OrderEvents, OrderImport } from "@dianwu/core/orders";

/** One chunk of a bulk order import; the chunk queues the next one when it is done. */
export const ordersImport: Consumer = async (event) => {
  const { detail } = OrderEvents.ImportChunk.parse(event);
  await OrderImport.processChunk(detail.jobId, detail.chunkNo);
};
