import { act, renderHook } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

import { createFakeSocket, FakeSocket, socketAt } from '../testing/fake-socket';

import { MAX_LIVE_SYMBOLS, marketStreamUrl, useLivePrice, useLivePrices } from './use-live-price';

const createSocket = createFakeSocket;
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

describe('useLivePrices', () => {
  beforeEach(() => {
    FakeSocket.all = [];
  });

  it('follows several symbols on one connection and keeps the latest tick of each', () => {
    const { result } = renderHook(() => useLivePrices(['SPY', 'BTC-USD', 'SPY'], options));
    act(() => socketAt(0).open());
    expect(socketAt(0).sent).toEqual(['{"op":"subscribe","symbols":["BTC-USD","SPY"]}']);
    act(() => {
      socketAt(0).receive({ ...tick, price: '1.00' });
      socketAt(0).receive({ ...tick, symbol: 'SPY', price: '350.58', source: 'feed' });
      socketAt(0).receive({ ...tick, price: '2.00' });
    });
    expect(result.current['BTC-USD']?.price).toBe('2.00');
    expect(result.current.SPY).toMatchObject({ price: '350.58', source: 'feed' });
    expect(FakeSocket.all).toHaveLength(1);
  });

  it('changes subscriptions on the open connection when the symbols change', () => {
    const { result, rerender } = renderHook(
      ({ symbols }: { symbols: string[] }) => useLivePrices(symbols, options),
      { initialProps: { symbols: ['SPY', 'BTC-USD'] } },
    );
    act(() => socketAt(0).open());
    act(() => socketAt(0).receive({ ...tick, symbol: 'SPY', price: '350.58' }));
    rerender({ symbols: ['BTC-USD', 'KOSPI'] });
    expect(FakeSocket.all).toHaveLength(1);
    expect(socketAt(0).sent.slice(1)).toEqual([
      '{"op":"unsubscribe","symbols":["SPY"]}',
      '{"op":"subscribe","symbols":["KOSPI"]}',
    ]);
    expect(result.current.SPY).toBeUndefined();
    act(() => socketAt(0).receive({ ...tick, symbol: 'SPY', price: '1.00' }));
    expect(result.current.SPY).toBeUndefined();
  });

  it('opens no connection for no symbols and asks for no more than the server allows', () => {
    renderHook(() => useLivePrices([], options));
    expect(FakeSocket.all).toHaveLength(0);
    const many = Array.from({ length: MAX_LIVE_SYMBOLS + 5 }, (_, index) => `S${1000 + index}`);
    renderHook(() => useLivePrices(many, options));
    act(() => socketAt(0).open());
    const request = JSON.parse(socketAt(0).sent[0] ?? '{}') as { symbols: string[] };
    expect(request.symbols).toHaveLength(MAX_LIVE_SYMBOLS);
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
