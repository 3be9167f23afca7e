import type { Trade } from "./trade";

/**
 * Where a message that carries only ids (as TMC's do) gets its full trade. In the cloud that is the
 * platform's trade API (top.ts); locally, in tests and benchmarks, the trade travels embedded in
 * the message content and the embedded source hands it back. Injected at start-up, like the table.
 */
export interface TradeSource {
  readonly name: string;
  /** The trade as it is now, or undefined when this source has nothing for it. */
  fullTrade(tid: string, message: { embedded?: Trade }): Promise<Trade | undefined>;
}

export const EmbeddedTradeSource: TradeSource = {
  name: "embedded",
  async fullTrade(_tid, message) {
    return message.embedded;
  },
};

let current: TradeSource = EmbeddedTradeSource;

export function setTradeSource(source: TradeSource) {
  current = source;
}

export function useTradeSource(): TradeSource {
  return current;
}
