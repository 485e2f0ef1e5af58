import { describe, expect, it } from 'vitest';

import { readSseEvents, SseParser, type SseEvent } from './sse';

/** Feeds `chunks` one by one and collects every event, the end included. */
function parse(...chunks: string[]): SseEvent[] {
  const parser = new SseParser();
  return [...chunks.flatMap((chunk) => parser.push(chunk)), ...parser.end()];
}

const STREAM =
  'id: m.1\nevent: token\ndata: {"text":"Bitcoin "}\n\n' +
  'id: m.2\nevent: token\ndata: {"text":"트레이드 "}\n\n' +
  'id: m.done\nevent: done\ndata: {"messageId":"m","status":"COMPLETE"}\n\n';

const EXPECTED: SseEvent[] = [
  { type: 'token', data: '{"text":"Bitcoin "}', id: 'm.1' },
  { type: 'token', data: '{"text":"트레이드 "}', id: 'm.2' },
  { type: 'done', data: '{"messageId":"m","status":"COMPLETE"}', id: 'm.done' },
];

describe('SseParser', () => {
  it('reads events with their type, data and id', () => {
    expect(parse(STREAM)).toEqual(EXPECTED);
  });

  it('reads the same events however the stream is cut into chunks', () => {
    for (let size = 1; size <= 7; size++) {
      const chunks = STREAM.match(new RegExp(`[\\s\\S]{1,${size}}`, 'g')) ?? [];
      expect(parse(...chunks)).toEqual(EXPECTED);
    }
    // Cut right after "data:", inside a field name, and between the two line ends of a blank line.
    expect(parse('id: m.1\nevent: to', 'ken\ndata:', ' {"text":"Bitcoin "}\n', '\n')).toEqual([
      EXPECTED[0],
    ]);
  });

  it('dispatches an event only at its blank line', () => {
    const parser = new SseParser();
    expect(parser.push('event: token\ndata: {"text":"a"}\n')).toEqual([]);
    expect(parser.push('\n')).toEqual([{ type: 'token', data: '{"text":"a"}', id: '' }]);
  });

  it('joins multi-line data with line feeds', () => {
    expect(parse('data: first\ndata: second\ndata:\ndata:  indented\n\n')).toEqual([
      { type: 'message', data: 'first\nsecond\n\n indented', id: '' },
    ]);
  });

  it('takes CRLF and CR line ends, a CRLF split across chunks counting once', () => {
    expect(parse('event: token\r\ndata: a\r\ndata: b\r\n\r\n')).toEqual([
      { type: 'token', data: 'a\nb', id: '' },
    ]);
    expect(parse('event: token\rdata: a\r\r')).toEqual([{ type: 'token', data: 'a', id: '' }]);
    // "\r" then "\n" is one line end: the event is not cut after its first data line.
    expect(parse('data: a\r', '\ndata: b\r', '\n\r', '\n')).toEqual([
      { type: 'message', data: 'a\nb', id: '' },
    ]);
  });

  it('ignores comments, unknown fields and events without data; strips one leading space', () => {
    expect(
      parse(
        ': keep-alive\n\n',
        'retry: 3000\nfoo: bar\n\n',
        'event: token\n\n',
        'data:no space\ndata:  two spaces\n\n',
        'data\n\n',
      ),
    ).toEqual([
      { type: 'message', data: 'no space\n two spaces', id: '' },
      { type: 'message', data: '', id: '' },
    ]);
  });

  it('keeps the last id for later events, as Last-Event-ID would send it', () => {
    expect(parse('id: a.1\ndata: x\n\n', 'data: y\n\n', 'id\ndata: z\n\n')).toEqual([
      { type: 'message', data: 'x', id: 'a.1' },
      { type: 'message', data: 'y', id: 'a.1' },
      { type: 'message', data: 'z', id: '' },
    ]);
  });

  it('drops a byte-order mark at the start of the stream only', () => {
    expect(parse('\uFEFFdata: a\n\n')).toEqual([{ type: 'message', data: 'a', id: '' }]);
  });

  it('drops an event the stream ends in the middle of', () => {
    expect(parse('data: whole\n\n', 'event: done\ndata: {"messageId":"m"}\n')).toEqual([
      { type: 'message', data: 'whole', id: '' },
    ]);
    expect(parse('event: done\ndata: {"messageId":"m"}')).toEqual([]);
  });
});

function streamOf(chunks: Uint8Array[], { breakOff = false } = {}): ReadableStream<Uint8Array> {
  let next = 0;
  return new ReadableStream<Uint8Array>({
    pull(controller) {
      const chunk = chunks[next++];
      if (chunk) controller.enqueue(chunk);
      else if (breakOff) controller.error(new TypeError('network error'));
      else controller.close();
    },
  });
}

async function collect(stream: ReadableStream<Uint8Array>): Promise<SseEvent[]> {
  const events: SseEvent[] = [];
  for await (const event of readSseEvents(stream)) events.push(event);
  return events;
}

describe('readSseEvents', () => {
  it('decodes UTF-8 split across reads (a Korean syllable is three bytes)', async () => {
    const bytes = new TextEncoder().encode(STREAM);
    const chunks = Array.from({ length: Math.ceil(bytes.length / 5) }, (_, index) =>
      bytes.slice(index * 5, index * 5 + 5),
    );
    expect(await collect(streamOf(chunks))).toEqual(EXPECTED);
  });

  it('rejects when the stream breaks off, after the events that arrived whole', async () => {
    const events: SseEvent[] = [];
    const stream = streamOf([new TextEncoder().encode('data: a\n\ndata: b')], { breakOff: true });
    await expect(async () => {
      for await (const event of readSseEvents(stream)) events.push(event);
    }).rejects.toThrow('network error');
    expect(events).toEqual([{ type: 'message', data: 'a', id: '' }]);
  });
});
