import { act, renderHook } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

import { marketStreamUrl, useLivePrice } from './use-live-price';

/** Stands in for the browser's WebSocket: the test drives open, messages and close. */
class FakeSocket {
  static all: FakeSocket[] = [];
  sent: string[] = [];
  closed = false;
  onopen: (() => void) | null = null;
  onmessage: ((event: { data: string }) => void) | null = null;
  onclose: (() => void) | null = null;

  constructor(readonly url: string) {
    FakeSocket.all.push(this);
  }

  send(data: string) {
    this.sent.push(data);
  }

  close() {
    this.closed = true;
  }

  open() {
    this.onopen?.();
  }

  receive(message: object) {
    this.onmessage?.({ data: JSON.stringify(message) });
  }

  drop() {
    this.onclose?.();
  }
}

function socketAt(index: number): FakeSocket {
  const socket = FakeSocket.all[index];
  if (!socket) throw new Error(`no socket #${index}`);
  return socket;
}

const createSocket = (url: string) => new FakeSocket(url) as unknown as WebSocket;
const options = { url: 'ws://sage/ws/market', retryMs: 100, createSocket };
const tick = {
  type: 'tick',
  symbol: 'BTC-USD',
  price: '8051.00',
  time: '2017-07-04T03:00:00Z',
  source: 'replay',
};

describe('useLivePrice', () => {
  beforeEach(() => {
    FakeSocket.all = [];
    vi.useFakeTimers();
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('subscribes on open and returns the latest tick of its symbol', () => {
    const { result } = renderHook(() => useLivePrice('BTC-USD', options));
    const socket = socketAt(0);
    act(() => socket.open());
    expect(socket.sent).toEqual(['{"op":"subscribe","symbols":["BTC-USD"]}']);
    act(() => {
      socket.receive({ type: 'subscribed', symbols: ['BTC-USD'] });
      socket.receive({ ...tick, symbol: 'SPY', price: '1.00' });
      socket.receive(tick);
    });
    expect(result.current).toEqual({
      symbol: 'BTC-USD',
      price: '8051.00',
      time: '2017-07-04T03:00:00Z',
      source: 'replay',
    });
  });

  it('reconnects with backoff after the connection drops, and subscribes again', () => {
    renderHook(() => useLivePrice('BTC-USD', options));
    act(() => socketAt(0).drop());
    expect(FakeSocket.all).toHaveLength(1);
    act(() => {
      vi.advanceTimersByTime(100);
    });
    expect(FakeSocket.all).toHaveLength(2);
    act(() => socketAt(1).drop());
    act(() => {
      vi.advanceTimersByTime(100);
    });
    expect(FakeSocket.all).toHaveLength(2); // the second wait is twice as long
    act(() => {
      vi.advanceTimersByTime(100);
    });
    expect(FakeSocket.all).toHaveLength(3);
    act(() => socketAt(2).open());
    expect(socketAt(2).sent).toEqual(['{"op":"subscribe","symbols":["BTC-USD"]}']);
  });

  it('closes the socket and stops reconnecting when unmounted', () => {
    const { unmount } = renderHook(() => useLivePrice('BTC-USD', options));
    unmount();
    expect(socketAt(0).closed).toBe(true);
    act(() => socketAt(0).drop());
    act(() => {
      vi.advanceTimersByTime(10_000);
    });
    expect(FakeSocket.all).toHaveLength(1);
  });

  it('ignores messages that are not JSON', () => {
    const { result } = renderHook(() => useLivePrice('BTC-USD', options));
    act(() => socketAt(0).onmessage?.({ data: 'not json' }));
    expect(result.current).toBeUndefined();
  });
});

describe('marketStreamUrl', () => {
  it('follows the page: ws for http, wss for https', () => {
    expect(marketStreamUrl({ protocol: 'http:', host: 'localhost:8080' })).toBe(
      'ws://localhost:8080/ws/market',
    );
    expect(marketStreamUrl({ protocol: 'https:', host: 'sage.example' })).toBe(
      'wss://sage.example/ws/market',
    );
  });
});
