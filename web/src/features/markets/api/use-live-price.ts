import { useEffect, useState } from 'react';

/** The latest tick of a symbol from `/ws/market` (see docs/websocket.md). */
export type LivePrice = {
  symbol: string;
  /** Exactly as the server wrote it, e.g. "8051.00". */
  price: string;
  time: string;
  /** "replay" for recorded bars played back: never a live price. */
  source: string;
};

type Options = {
  /** Where the stream lives; the page's own host by default. */
  url?: string;
  /** First wait before reconnecting; doubles per failed try up to `maxRetryMs`. */
  retryMs?: number;
  maxRetryMs?: number;
  /** For tests. */
  createSocket?: (url: string) => WebSocket;
};

export function marketStreamUrl(location: Pick<Location, 'protocol' | 'host'> = window.location) {
  return `${location.protocol === 'https:' ? 'wss' : 'ws'}://${location.host}/ws/market`;
}

/**
 * Follows one symbol on the market WebSocket and returns its latest tick, reconnecting with
 * backoff when the connection drops (and subscribing again on every new connection).
 */
export function useLivePrice(
  symbol: string | undefined,
  options: Options = {},
): LivePrice | undefined {
  const [live, setLive] = useState<LivePrice>();
  const { url, retryMs = 1_000, maxRetryMs = 30_000, createSocket } = options;

  useEffect(() => {
    if (!symbol) return undefined;
    let socket: WebSocket | undefined;
    let retryTimer: ReturnType<typeof setTimeout> | undefined;
    let wait = retryMs;
    let stopped = false;

    const connect = () => {
      const target = url ?? marketStreamUrl();
      socket = createSocket ? createSocket(target) : new WebSocket(target);
      socket.onopen = () => {
        wait = retryMs;
        socket?.send(JSON.stringify({ op: 'subscribe', symbols: [symbol] }));
      };
      socket.onmessage = (event: MessageEvent) => {
        const message = parse(event.data);
        if (message?.type === 'tick' && message.symbol === symbol) {
          setLive({
            symbol: message.symbol,
            price: String(message.price),
            time: String(message.time),
            source: String(message.source),
          });
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
      socket?.close();
    };
  }, [symbol, url, retryMs, maxRetryMs, createSocket]);

  // a tick of the previous symbol is not this symbol's price
  return live?.symbol === symbol ? live : undefined;
}

type Message = {
  type?: unknown;
  symbol?: unknown;
  price?: unknown;
  time?: unknown;
  source?: unknown;
};

function parse(data: unknown): Message | undefined {
  if (typeof data !== 'string') return undefined;
  try {
    const value: unknown = JSON.parse(data);
    return typeof value === 'object' && value !== null ? value : undefined;
  } catch {
    return undefined;
  }
}
