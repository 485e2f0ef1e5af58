/**
 * A server-sent events parser for streams read with fetch (EventSource cannot POST), following
 * the WHATWG "event stream interpretation": lines end in CRLF, LF or CR; `data` lines of one
 * event are joined with LF; `:` starts a comment; an event is dispatched at a blank line, and an
 * event the stream ends in the middle of is dropped, never dispatched half-read.
 */
export interface SseEvent {
  /** The `event` field; `message` when the event named none. */
  type: string;
  data: string;
  /** The last `id` the stream set, as a client would send it back in Last-Event-ID. */
  id: string;
}

const BOM = '\uFEFF';

export class SseParser {
  private buffer = '';
  private started = false;
  private type = '';
  private data: string[] = [];
  private lastEventId = '';

  /** The events completed by this piece of the stream's text (which may end mid-line). */
  push(text: string): SseEvent[] {
    let chunk = text;
    if (!this.started && chunk.length > 0) {
      this.started = true;
      if (chunk.startsWith(BOM)) chunk = chunk.slice(1);
    }
    this.buffer += chunk;
    const events: SseEvent[] = [];
    let from = 0;
    for (;;) {
      const cr = this.buffer.indexOf('\r', from);
      const lf = this.buffer.indexOf('\n', from);
      if (cr < 0 && lf < 0) break;
      const end = cr < 0 ? lf : lf < 0 ? cr : Math.min(cr, lf);
      let next = end + 1;
      if (this.buffer[end] === '\r') {
        // A CR at the end of what arrived may be the first half of a CRLF: wait for the rest.
        if (end === this.buffer.length - 1) break;
        if (this.buffer[end + 1] === '\n') next = end + 2;
      }
      const event = this.line(this.buffer.slice(from, end));
      if (event) events.push(event);
      from = next;
    }
    this.buffer = this.buffer.slice(from);
    return events;
  }

  /**
   * The stream ended: a line cut by its end still counts (a trailing CR ends it), but an event
   * without its blank line is dropped, as the standard says.
   */
  end(): SseEvent[] {
    const events: SseEvent[] = [];
    if (this.buffer.endsWith('\r')) {
      const event = this.line(this.buffer.slice(0, -1));
      if (event) events.push(event);
    }
    this.buffer = '';
    this.type = '';
    this.data = [];
    return events;
  }

  private line(line: string): SseEvent | undefined {
    if (line === '') return this.dispatch();
    if (line.startsWith(':')) return undefined;
    const colon = line.indexOf(':');
    const field = colon < 0 ? line : line.slice(0, colon);
    let value = colon < 0 ? '' : line.slice(colon + 1);
    if (value.startsWith(' ')) value = value.slice(1);
    switch (field) {
      case 'event':
        this.type = value;
        break;
      case 'data':
        this.data.push(value);
        break;
      case 'id':
        if (!value.includes('\0')) this.lastEventId = value;
        break;
      default:
        // `retry` and unknown fields: nothing a fetch reader needs.
        break;
    }
    return undefined;
  }

  private dispatch(): SseEvent | undefined {
    const type = this.type || 'message';
    const data = this.data;
    this.type = '';
    this.data = [];
    if (data.length === 0) return undefined;
    return { type, data: data.join('\n'), id: this.lastEventId };
  }
}

/**
 * The events of a response body as they arrive. A stream that breaks off rejects the iteration
 * (the reader's error), so the caller can tell an ended answer from a lost connection.
 */
export async function* readSseEvents(
  body: ReadableStream<Uint8Array>,
): AsyncGenerator<SseEvent, void, undefined> {
  const reader = body.getReader();
  const decoder = new TextDecoder();
  const parser = new SseParser();
  let ended = false;
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      yield* parser.push(decoder.decode(value, { stream: true }));
    }
    ended = true;
    yield* parser.push(decoder.decode());
    yield* parser.end();
  } finally {
    // A reader that stopped early (or failed) lets go of the connection.
    if (!ended) reader.cancel().catch(() => undefined);
    reader.releaseLock();
  }
}
