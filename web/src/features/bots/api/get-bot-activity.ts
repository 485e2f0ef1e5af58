import { useQuery } from '@tanstack/react-query';

import { api, unwrap } from '@/lib/api/client';

import { BOT_POLL_MS, botQueryKey } from './get-bot';
import type { BotEquity, TradingFill, TradingOrder } from './types';

/** Points of the equity curve asked for: the server thins the curve evenly to this many. */
export const EQUITY_POINTS = 500;

export function getBotEquity(id: string, signal?: AbortSignal): Promise<BotEquity> {
  return unwrap(
    api.GET('/api/v1/bots/{id}/equity', {
      params: { path: { id }, query: { limit: EQUITY_POINTS } },
      signal,
    }),
  );
}

export async function getBotOrders(id: string, signal?: AbortSignal): Promise<TradingOrder[]> {
  return (await unwrap(api.GET('/api/v1/bots/{id}/orders', { params: { path: { id } }, signal })))
    .items;
}

export async function getBotFills(id: string, signal?: AbortSignal): Promise<TradingFill[]> {
  return (await unwrap(api.GET('/api/v1/bots/{id}/fills', { params: { path: { id } }, signal })))
    .items;
}

/** Read again every second while the bot runs (`live`), once more when it stops. */
const poll = (live: boolean) => (live ? BOT_POLL_MS : false);

export function useBotEquity(id: string, live: boolean) {
  return useQuery({
    queryKey: [...botQueryKey(id), 'equity'],
    queryFn: ({ signal }) => getBotEquity(id, signal),
    refetchInterval: poll(live),
  });
}

const OPEN_STATES: ReadonlySet<TradingOrder['state']> = new Set([
  'NEW',
  'SUBMITTED',
  'PARTIALLY_FILLED',
]);

/**
 * Polled while the bot runs, and after it ended (`ended`) until no order is open: a stop answers
 * before the venue has cancelled the bot's open orders, so the first read after it may still
 * list them as submitted.
 */
export function useBotOrders(id: string, live: boolean, ended = false) {
  return useQuery({
    queryKey: [...botQueryKey(id), 'orders'],
    queryFn: ({ signal }) => getBotOrders(id, signal),
    refetchInterval: (query) =>
      live || (ended && query.state.data?.some((order) => OPEN_STATES.has(order.state)))
        ? BOT_POLL_MS
        : false,
  });
}

export function useBotFills(id: string, live: boolean) {
  return useQuery({
    queryKey: [...botQueryKey(id), 'fills'],
    queryFn: ({ signal }) => getBotFills(id, signal),
    refetchInterval: poll(live),
  });
}
