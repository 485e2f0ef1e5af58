import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';

import { api, unwrap } from '@/lib/api/client';

import { tradingAccountQueryKey } from './get-trading-account';
import type { OrderTicket, TradingFill, TradingOrder } from './types';

/** How often an account's orders and fills are read again while one of its orders is working. */
export const ORDERS_POLL_MS = 2_000;

/** States that may still change: working at the exchange, or not yet heard of (NEW, UNKNOWN). */
export const WORKING_STATES: ReadonlySet<TradingOrder['state']> = new Set([
  'NEW',
  'UNKNOWN',
  'SUBMITTED',
  'PARTIALLY_FILLED',
]);

/** States a cancel applies to. */
export const CANCELABLE_STATES: ReadonlySet<TradingOrder['state']> = new Set([
  'SUBMITTED',
  'PARTIALLY_FILLED',
]);

function ordersQueryKey(accountId: string) {
  return [...tradingAccountQueryKey(accountId), 'orders'] as const;
}

function fillsQueryKey(accountId: string) {
  return [...tradingAccountQueryKey(accountId), 'fills'] as const;
}

export async function getAccountOrders(
  accountId: string,
  signal?: AbortSignal,
): Promise<TradingOrder[]> {
  return (await unwrap(api.GET('/api/v1/orders', { params: { query: { accountId } }, signal })))
    .items;
}

export async function getAccountFills(
  accountId: string,
  signal?: AbortSignal,
): Promise<TradingFill[]> {
  return (await unwrap(api.GET('/api/v1/fills', { params: { query: { accountId } }, signal })))
    .items;
}

const anyWorking = (orders: readonly TradingOrder[] | undefined) =>
  orders?.some((order) => WORKING_STATES.has(order.state)) ?? false;

/** The account's orders, newest first; polled every 2 s while any may still change. */
export function useAccountOrders(accountId: string) {
  return useQuery({
    queryKey: ordersQueryKey(accountId),
    queryFn: ({ signal }) => getAccountOrders(accountId, signal),
    staleTime: 0,
    refetchInterval: (query) => (anyWorking(query.state.data) ? ORDERS_POLL_MS : false),
  });
}

/** The account's fills, newest first; polled with the orders while one of them works. */
export function useAccountFills(accountId: string, polling: boolean) {
  return useQuery({
    queryKey: fillsQueryKey(accountId),
    queryFn: ({ signal }) => getAccountFills(accountId, signal),
    staleTime: 0,
    refetchInterval: polling ? ORDERS_POLL_MS : false,
  });
}

export interface PlaceOrder {
  ticket: OrderTicket;
  /** One per confirmed ticket: sent again unchanged when the user retries, so nothing is placed twice. */
  idempotencyKey: string;
}

export function placeOrder({ ticket, idempotencyKey }: PlaceOrder): Promise<TradingOrder> {
  return unwrap(
    api.POST('/api/v1/orders', {
      params: { header: { 'Idempotency-Key': idempotencyKey } },
      body: ticket,
    }),
  );
}

export function cancelOrder(id: string): Promise<TradingOrder> {
  return unwrap(api.POST('/api/v1/orders/{id}/cancel', { params: { path: { id } } }));
}

function useRefreshAccount(accountId: string) {
  const queryClient = useQueryClient();
  return () => queryClient.invalidateQueries({ queryKey: tradingAccountQueryKey(accountId) });
}

/** Places an order by hand; the account (balances, orders, fills) is read again after. */
export function usePlaceOrder(accountId: string) {
  const refresh = useRefreshAccount(accountId);
  return useMutation({ mutationFn: placeOrder, onSuccess: refresh });
}

export function useCancelOrder(accountId: string) {
  const refresh = useRefreshAccount(accountId);
  return useMutation({ mutationFn: cancelOrder, onSuccess: refresh });
}
