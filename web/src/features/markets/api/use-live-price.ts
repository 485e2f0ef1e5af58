import { useEffect, useMemo, useRef, useState } from 'react';

/** The latest tick of a symbol from `/ws/market` (see docs/websocket.md). */
export type LivePrice = {
  symbol: string;
  /** Exactly as the server wrote it, e.g. "8051.00". */
  price: string;
  time: string;
  /** "replay" for recorded bars played back: never a live price. */
  source: string;
};

/** Latest tick per canonical symbol. */
export type LivePrices = Readonly<Record<string, LivePrice>>;

type Options = {
  /** Where the stream lives; the page's own host by default. */
  url?: string;
  /** First wait before reconnecting; doubles per failed try up to `maxRetryMs`. */
  retryMs?: number;
  maxRetryMs?: number;
  /** For tests. */
  createSocket?: (url: string) => WebSocket;
};

/** The server's default `sage.market.live.max-subscriptions`: one connection follows at most this many. */
export const MAX_LIVE_SYMBOLS = 50;

const NO_PRICES: LivePrices = {};

export function marketStreamUrl(location: Pick<Location, 'protocol' | 'host'> = window.location) {
  return `${location.protocol === 'https:' ? 'wss' : 'ws'}://${location.host}/ws/market`;
}

/** Distinct, sorted, at most `MAX_LIVE_SYMBOLS`: a stable key for what to follow. */
function followedSymbols(symbols: readonly string[]): string[] {
  return [...new Set(symbols)].sort().slice(0, MAX_LIVE_SYMBOLS);
}

function send(socket: WebSocket | undefined, op: 'subscribe' | 'unsubscribe', symbols: string[]) {
  if (!socket || socket.readyState !== 1 /* OPEN */ || symbols.length === 0) return;
  socket.send(JSON.stringify({ op, symbols }));
}

/**
 * Follows several symbols on one market WebSocket and returns the latest tick of each. The
 * connection stays open while the symbols change (they are subscribed and unsubscribed on it), and
 * reconnects with backoff when it drops, subscribing everything again on every new connection.
 */
export function useLivePrices(symbols: readonly string[], options: Options = {}): LivePrices {
  const [prices, setPrices] = useState<LivePrices>(NO_PRICES);
  const { url, retryMs = 1_000, maxRetryMs = 30_000, createSocket } = options;

  const key = followedSymbols(symbols).join('\n');
  const wanted = useMemo(() => (key ? key.split('\n') : []), [key]);
  const active = wanted.length > 0;

  const socketRef = useRef<WebSocket | undefined>(undefined);
  /** What the current connection has been asked to follow. */
  const subscribedRef = useRef<string[]>([]);
  /** What the caller wants followed, for the next connection's first subscribe. */
  const wantedRef = useRef<string[]>(wanted);

  useEffect(() => {
    if (!active) return undefined;
    let retryTimer: ReturnType<typeof setTimeout> | undefined;
    let wait = retryMs;
    let stopped = false;

    const connect = () => {
      const target = url ?? marketStreamUrl();
      const socket = createSocket ? createSocket(target) : new WebSocket(target);
      socketRef.current = socket;
      subscribedRef.current = [];
      socket.onopen = () => {
        wait = retryMs;
        subscribedRef.current = wantedRef.current;
        socket.send(JSON.stringify({ op: 'subscribe', symbols: wantedRef.current }));
      };
      socket.onmessage = (event: MessageEvent) => {
        const tick = parseTick(event.data);
        if (tick && subscribedRef.current.includes(tick.symbol)) {
          setPrices((current) => ({ ...current, [tick.symbol]: tick }));
        }
      };
      socket.onclose = () => {
        if (stopped) return;
        retryTimer = setTimeout(connect, wait);
        wait = Math.min(wait * 2, maxRetryMs);
      };
    };

    connect();
    return () => {
      stopped = true;
      if (retryTimer) clearTimeout(retryTimer);
      socketRef.current?.close();
      socketRef.current = undefined;
    };
  }, [active, url, retryMs, maxRetryMs, createSocket]);

  // Symbols changed while connected: adjust the subscriptions on the open connection.
  useEffect(() => {
    wantedRef.current = wanted;
    const socket = socketRef.current;
    if (!socket || socket.readyState !== 1) return;
    const before = subscribedRef.current;
    const added = wanted.filter((symbol) => !before.includes(symbol));
    const removed = before.filter((symbol) => !wanted.includes(symbol));
    send(socket, 'unsubscribe', removed);
    send(socket, 'subscribe', added);
    subscribedRef.current = wanted;
  }, [wanted]);

  // Ticks of symbols no longer followed are not shown.
  return useMemo(() => {
    const shown = Object.values(prices).filter((tick) => wanted.includes(tick.symbol));
    if (shown.length === Object.keys(prices).length) return prices;
    return Object.fromEntries(shown.map((tick) => [tick.symbol, tick]));
  }, [prices, wanted]);
}

/**
 * Follows one symbol on the market WebSocket and returns its latest tick, reconnecting with
 * backoff when the connection drops (and subscribing again on every new connection).
 */
export function useLivePrice(
  symbol: string | undefined,
  options: Options = {},
): LivePrice | undefined {
  const symbols = useMemo(() => (symbol ? [symbol] : []), [symbol]);
  const prices = useLivePrices(symbols, options);
  return symbol ? prices[symbol] : undefined;
}

type Message = {
  type?: unknown;
  symbol?: unknown;
  price?: unknown;
  time?: unknown;
  source?: unknown;
};

function parseTick(data: unknown): LivePrice | undefined {
  const message = parse(data);
  if (message?.type !== 'tick' || typeof message.symbol !== 'string') return undefined;
  return {
    symbol: message.symbol,
    price: String(message.price),
    time: String(message.time),
    source: String(message.source),
  };
}

function parse(data: unknown): Message | undefined {
  if (typeof data !== 'string') return undefined;
  try {
    const value: unknown = JSON.parse(data);
    return typeof value === 'object' && value !== null ? value : undefined;
  } catch {
    return undefined;
  }
}
