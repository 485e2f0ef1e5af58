import { toProblem } from '@/lib/api/problem';

import type { LiveVenue, TradingAccount } from '../api/types';

import { formatQuantity } from './figures';
import type { BotsMessages } from './messages';

/** Whether the server refused because the session has not proved a second factor. */
export function needsSecondFactor(error: unknown): boolean {
  return toProblem(error).code === 'second-factor-required';
}

/** The exchange's name for a live venue, the venue's code otherwise. */
export function venueName(t: BotsMessages, venue: string): string {
  return t.venues[venue as LiveVenue] ?? venue;
}

/** The order restated in words, as the confirmation and the cancel question show it. */
export function orderSentence(
  t: BotsMessages,
  account: Pick<TradingAccount, 'name' | 'venue'>,
  order: {
    side: string;
    quantity: number;
    symbol: string;
    type: string;
    limitPrice?: number;
    timeInForce?: string;
  },
): string {
  const limit = order.type === 'LIMIT' && order.limitPrice !== undefined;
  return t.orderSentence({
    side: order.side === 'SELL' ? 'SELL' : 'BUY',
    quantity: formatQuantity(order.quantity),
    symbol: order.symbol,
    price: limit ? formatQuantity(order.limitPrice) : undefined,
    tif: t.tifNames[order.timeInForce ?? 'GTC'] ?? order.timeInForce,
    account: account.name,
    venue: venueName(t, account.venue),
  });
}
