import { afterEach, describe, expect, it, vi } from 'vitest';

import { ApiError } from '@/lib/api/problem';
import { mockFetch } from '@/testing/mock-fetch';

import {
  ANSWER_ID,
  answerEvents,
  btcSignal,
  CHAT_ID,
  priceCitation,
  sseEvent,
  streamResponse,
  TURN_ID,
} from '../testing/fixtures';

import { askQuestion } from './ask-question';
import type { AskRequest, Citation, Signal } from './types';

const PATH = `/api/v1/chats/${CHAT_ID}/messages`;

/** Serves the stream answers in turn, one per POST, and keeps what each POST sent. */
function serve(...answers: Response[]) {
  const sent: { body: AskRequest; headers: Headers }[] = [];
  const mock = mockFetch({
    [PATH]: async (_url, request) => {
      expect(request.method).toBe('POST');
      sent.push({ body: (await request.json()) as AskRequest, headers: request.headers });
      const answer = answers[sent.length - 1];
      if (!answer) throw new Error(`No answer for POST #${sent.length}`);
      return answer;
    },
  });
  return { ...mock, sent };
}

function listen() {
  const seen = { text: '', citations: [] as Citation[], signals: [] as Signal[], restarts: 0 };
  return {
    seen,
    onToken: vi.fn((text: string) => {
      seen.text += text;
    }),
    onCitation: (citation: Citation) => seen.citations.push(citation),
    onSignal: (signal: Signal) => seen.signals.push(signal),
    onRestart: () => {
      seen.text = '';
      seen.citations = [];
      seen.signals = [];
      seen.restarts += 1;
    },
  };
}

describe('askQuestion', () => {
  afterEach(() => {
    document.cookie = 'XSRF-TOKEN=; expires=Thu, 01 Jan 1970 00:00:00 GMT';
  });

  it('appends the tokens in order, collects the citations and resolves with done', async () => {
    document.cookie = 'XSRF-TOKEN=token-123';
    // Events cut at odd places, as a network delivers them.
    const whole = answerEvents(['Bitcoin ', 'trades ', 'at ', '$64,321.87.'], {
      citations: [priceCitation],
    }).join('');
    const { sent } = serve(streamResponse(whole.match(/[\s\S]{1,13}/g) ?? []));
    const listener = listen();

    const end = await askQuestion({
      chatId: CHAT_ID,
      turnId: TURN_ID,
      text: 'How is BTC doing?',
      ...listener,
    });

    expect(listener.onToken.mock.calls.map(([text]) => text)).toEqual([
      'Bitcoin ',
      'trades ',
      'at ',
      '$64,321.87.',
    ]);
    expect(listener.seen.text).toBe('Bitcoin trades at $64,321.87.');
    expect(listener.seen.citations).toEqual([priceCitation]);
    expect(end).toEqual({
      kind: 'done',
      messageId: ANSWER_ID,
      status: 'COMPLETE',
      mode: 'offline',
      language: 'en',
    });
    expect(sent).toHaveLength(1);
    expect(sent[0]?.body).toEqual({ turnId: TURN_ID, text: 'How is BTC doing?' });
    expect(sent[0]?.headers.get('Content-Type')).toBe('application/json');
    expect(sent[0]?.headers.get('Accept')).toBe('text/event-stream');
    expect(sent[0]?.headers.get('X-XSRF-TOKEN')).toBe('token-123');
  });

  it('collects the calls of signal events, in order, and drops a malformed one', async () => {
    const ethSignal: Signal = { ...btcSignal, symbol: 'ETH-USD', stance: 'SELL', price: 3200 };
    const events = answerEvents(['Bitcoin ', 'looks firm.'], { signals: [btcSignal, ethSignal] });
    // A signal without its stance, between the two good ones, is not a call the page can show.
    events.splice(
      3,
      0,
      sseEvent('signal', { symbol: 'XRP-USD', price: 1 }, `${ANSWER_ID}.s9`),
      sseEvent('signal', 'not json', `${ANSWER_ID}.s10`),
    );
    // Cut mid-event, as a network delivers it.
    const whole = events.join('');
    serve(streamResponse(whole.match(/[\s\S]{1,17}/g) ?? []));
    const listener = listen();

    const end = await askQuestion({ chatId: CHAT_ID, turnId: TURN_ID, text: 'BTC?', ...listener });

    expect(listener.seen.text).toBe('Bitcoin looks firm.');
    expect(listener.seen.signals).toEqual([btcSignal, ethSignal]);
    expect(end.kind).toBe('done');
  });

  it('resolves with the error event when the server could not finish the answer', async () => {
    serve(
      streamResponse([
        sseEvent('token', { text: 'Bitcoin ' }, `${ANSWER_ID}.1`),
        sseEvent(
          'error',
          {
            messageId: ANSWER_ID,
            code: 'answer-interrupted',
            detail: 'The answer broke off; what was written is kept.',
            requestId: 'req-7',
          },
          `${ANSWER_ID}.error`,
        ),
      ]),
    );
    const listener = listen();
    const end = await askQuestion({ chatId: CHAT_ID, turnId: TURN_ID, text: 'BTC?', ...listener });
    expect(listener.seen.text).toBe('Bitcoin ');
    expect(end).toEqual({
      kind: 'error',
      messageId: ANSWER_ID,
      code: 'answer-interrupted',
      detail: 'The answer broke off; what was written is kept.',
      requestId: 'req-7',
    });
  });

  it('asks once more with the same turn id when the connection drops mid-answer', async () => {
    const events = answerEvents(['Bitcoin ', 'trades ', 'at ', '$64,321.87.'], {
      citations: [priceCitation],
    });
    const { sent } = serve(
      // The first attempt breaks off after two tokens, the second sends the whole answer.
      streamResponse(events.slice(0, 2), { breakOff: true }),
      streamResponse(events),
    );
    const listener = listen();

    const end = await askQuestion({
      chatId: CHAT_ID,
      turnId: TURN_ID,
      text: 'How is BTC doing?',
      ...listener,
    });

    expect(sent.map(({ body }) => body)).toEqual([
      { turnId: TURN_ID, text: 'How is BTC doing?' },
      { turnId: TURN_ID, text: 'How is BTC doing?' },
    ]);
    expect(listener.seen.restarts).toBe(1);
    // The answer is shown once, not its first two tokens twice.
    expect(listener.seen.text).toBe('Bitcoin trades at $64,321.87.');
    expect(listener.seen.citations).toEqual([priceCitation]);
    expect(end.kind).toBe('done');
  });

  it('asks once more when the stream ends without its last event', async () => {
    const events = answerEvents(['Bitcoin.']);
    const { sent } = serve(streamResponse(events.slice(0, 1)), streamResponse(events));
    const listener = listen();
    const end = await askQuestion({ chatId: CHAT_ID, turnId: TURN_ID, text: 'BTC?', ...listener });
    expect(sent).toHaveLength(2);
    expect(listener.seen.text).toBe('Bitcoin.');
    expect(end.kind).toBe('done');
  });

  it('gives up after the one retry with a network error', async () => {
    const events = answerEvents(['Bitcoin ', 'trades.']);
    const { sent } = serve(
      streamResponse(events.slice(0, 1), { breakOff: true }),
      streamResponse(events.slice(0, 1), { breakOff: true }),
      streamResponse(events),
    );
    const error = await askQuestion({
      chatId: CHAT_ID,
      turnId: TURN_ID,
      text: 'BTC?',
      ...listen(),
    }).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(ApiError);
    expect((error as ApiError).status).toBe(0);
    expect(sent).toHaveLength(2);
  });

  it('retries a question whose request never reached the server, once', async () => {
    let calls = 0;
    vi.stubGlobal(
      'fetch',
      vi.fn(() => {
        calls += 1;
        return calls === 1
          ? Promise.reject(new TypeError('Failed to fetch'))
          : Promise.resolve(streamResponse(answerEvents(['Hi.'])));
      }),
    );
    const listener = listen();
    const end = await askQuestion({ chatId: CHAT_ID, turnId: TURN_ID, text: 'Hi', ...listener });
    expect(calls).toBe(2);
    expect(listener.seen.text).toBe('Hi.');
    expect(end.kind).toBe('done');
  });

  it('rejects with the server’s problem before the stream, and does not retry it', async () => {
    let calls = 0;
    mockFetch({
      [PATH]: () => {
        calls += 1;
        return {
          status: 422,
          body: {
            title: 'Turn reused',
            status: 422,
            code: 'turn-reused',
            detail: 'Turn x asked another question in this chat.',
            requestId: 'req-9',
          },
        };
      },
    });
    const error = await askQuestion({
      chatId: CHAT_ID,
      turnId: TURN_ID,
      text: 'Something else',
      ...listen(),
    }).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(ApiError);
    expect((error as ApiError).code).toBe('turn-reused');
    expect((error as ApiError).requestId).toBe('req-9');
    expect(calls).toBe(1);
  });

  it('stops without a retry when aborted', async () => {
    const controller = new AbortController();
    let calls = 0;
    vi.stubGlobal(
      'fetch',
      vi.fn((request: Request) => {
        calls += 1;
        return new Promise<Response>((_resolve, reject) => {
          request.signal.addEventListener('abort', () =>
            reject(new DOMException('Aborted', 'AbortError')),
          );
        });
      }),
    );
    const asked = askQuestion({
      chatId: CHAT_ID,
      turnId: TURN_ID,
      text: 'BTC?',
      signal: controller.signal,
      ...listen(),
    });
    controller.abort();
    await expect(asked).rejects.toThrow('Aborted');
    expect(calls).toBe(1);
  });
});
