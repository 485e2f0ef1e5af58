/** Stands in for the browser's WebSocket: the test drives open, messages and close. */
export class FakeSocket {
  static all: FakeSocket[] = [];
  sent: string[] = [];
  closed = false;
  /** 0 connecting, 1 open, 3 closed, as on a WebSocket. */
  readyState = 0;
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
    this.readyState = 3;
  }

  open() {
    this.readyState = 1;
    this.onopen?.();
  }

  receive(message: object) {
    this.onmessage?.({ data: JSON.stringify(message) });
  }

  drop() {
    this.readyState = 3;
    this.onclose?.();
  }
}

export function socketAt(index: number): FakeSocket {
  const socket = FakeSocket.all[index];
  if (!socket) throw new Error(`no socket #${index}`);
  return socket;
}

export const createFakeSocket = (url: string) => new FakeSocket(url) as unknown as WebSocket;

export function tick(symbol: string, price: string, source = 'replay') {
  return { type: 'tick', symbol, price, time: '2017-07-04T03:00:00Z', source };
}
