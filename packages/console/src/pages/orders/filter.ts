import type { OrderFilter, OrderStatus } from "../../api/orders";

/** Every order status, in the order an order moves through them (the domain's PROGRESS, then closed). */
const STATUS_ORDER: Record<OrderStatus, true> = {
  WAIT_BUYER_PAY: true,
  WAIT_SELLER_SEND_GOODS: true,
  allocated: true,
  picking: true,
  packed: true,
  handed_to_carrier: true,
  WAIT_BUYER_CONFIRM_GOODS: true,
  TRADE_FINISHED: true,
  TRADE_CLOSED: true,
  TRADE_CLOSED_BY_TAOBAO: true,
};
export const ORDER_STATUSES = Object.keys(STATUS_ORDER) as OrderStatus[];
export const FLAGS = [0, 1, 2, 3, 4, 5] as const;

type Params = Partial<Record<string, string | string[]>>;
const one = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value) ?? "";

/**
 * The list's filter as the address holds it, so a filtered view can be linked and survives a
 * reload. Anything the API would refuse is dropped here rather than shown as an error.
 */
export function filterFromParams(params: Params): OrderFilter {
  const filter: OrderFilter = {};
  const status = one(params.status);
  if ((ORDER_STATUSES as string[]).includes(status)) filter.status = status as OrderStatus;
  const flag = one(params.flag);
  if (/^[0-5]$/.test(flag)) filter.flag = Number(flag);
  const intercepted = one(params.intercepted);
  if (intercepted === "true" || intercepted === "false") filter.intercepted = intercepted === "true";
  if (one(params.unpaidDue) === "true") {
    filter.unpaidDue = true;
    // Unpaid-due lists unpaid orders only; any other status would be refused by the API.
    if (filter.status && filter.status !== "WAIT_BUYER_PAY") delete filter.status;
  }
  const month = one(params.month);
  if (/^\d{4}-(0[1-9]|1[0-2])$/.test(month)) filter.month = month;
  const buyerNick = one(params.buyerNick).trim();
  if (buyerNick) filter.buyerNick = buyerNick.slice(0, 100);
  return filter;
}

export function paramsFromFilter(filter: OrderFilter): Record<string, string | undefined> {
  return {
    status: filter.status,
    flag: filter.flag === undefined ? undefined : String(filter.flag),
    intercepted: filter.intercepted === undefined ? undefined : String(filter.intercepted),
    unpaidDue: filter.unpaidDue ? "true" : undefined,
    month: filter.month,
    buyerNick: filter.buyerNick,
  };
}

/** Whether the month applies: the API lists by status first, then by buyer, and only otherwise by month. */
export const monthApplies = (filter: OrderFilter) => !filter.status && !filter.unpaidDue && !filter.buyerNick;
