import type {
  AdvisorProfile,
  CallOutcome,
  Chat,
  ChatMessage,
  ChatTranscript,
  Citation,
  ShadowReport,
  Signal,
} from '../api/types';

export const CHAT_ID = '5f0c2a9e-1b7d-4c3e-8a9f-0d1e2f3a4b5c';
export const OTHER_CHAT_ID = '6a1d3b0f-2c8e-4d4f-9b0a-1e2f3a4b5c6d';
export const ANSWER_ID = '9e8d7c6b-5a4f-4e3d-8c2b-1a0f9e8d7c6b';
export const TURN_ID = '7d4c2b9e-1f0a-4c3b-9e8d-2a1b0c9d8e7f';

export function chatFixture(overrides: Partial<Chat> = {}): Chat {
  return {
    id: CHAT_ID,
    title: 'How is BTC doing?',
    createdAt: '2026-05-04T09:00:00Z',
    updatedAt: '2026-05-04T09:30:00Z',
    ...overrides,
  };
}

/** An offline answer as the server writes one: a label line, then paragraphs of facts. */
export const BTC_ANSWER = [
  'Offline analysis — written from market data, no AI model',
  'Bitcoin trades at $64,321.87, up 2.50% over 30 days.',
  'RSI(14) is 62.35: neither stretched nor oversold.',
].join('\n\n');

function cite(content: string, text: string, fact: Omit<Citation, 'start' | 'end'>): Citation {
  const start = content.indexOf(text);
  if (start < 0) throw new Error(`"${text}" is not in the answer`);
  return { start, end: start + text.length, ...fact };
}

export const priceCitation = cite(BTC_ANSWER, '$64,321.87', {
  factId: 'BTC-USD.price',
  label: 'BTC-USD last price',
  value: 64321.87,
  unit: 'MONEY',
  currency: 'USD',
  source: '/api/v1/instruments/BTC-USD/quote',
  asOf: '2026-05-04T09:30:00Z',
});

export const changeCitation = cite(BTC_ANSWER, '2.50%', {
  factId: 'BTC-USD.change30d',
  label: 'BTC-USD change over 30 days',
  value: 2.5,
  unit: 'PERCENT',
  source: '/api/v1/instruments/BTC-USD/bars?interval=1d&from=2026-04-04&to=2026-05-04',
  asOf: '2026-05-04T00:00:00Z',
});

export const rsiCitation = cite(BTC_ANSWER, '62.35', {
  factId: 'BTC-USD.rsi14',
  label: 'BTC-USD RSI(14), daily',
  value: 62.35,
  unit: 'INDEX',
  source: '/api/v1/instruments/BTC-USD/indicators?name=rsi&interval=1d&period=14',
  asOf: '2026-05-04T00:00:00Z',
});

export const btcCitations: Citation[] = [priceCitation, changeCitation, rsiCitation];

/** The offline advisor's call on BTC: buy, for 30 days, at the quote's price. */
export const btcSignal: Signal = {
  symbol: 'BTC-USD',
  stance: 'BUY',
  price: 64321.87,
  currency: 'USD',
  pricedAt: '2026-05-04T09:30:00Z',
  horizonDays: 30,
  confidence: 0.6,
};

export function questionFixture(overrides: Partial<ChatMessage> = {}): ChatMessage {
  return {
    id: '1b2c3d4e-5f6a-4b7c-8d9e-0f1a2b3c4d5e',
    turnId: TURN_ID,
    role: 'USER',
    status: 'COMPLETE',
    content: 'How is BTC doing?',
    citations: [],
    facts: [],
    signals: [],
    createdAt: '2026-05-04T09:29:58Z',
    ...overrides,
  };
}

export function answerFixture(overrides: Partial<ChatMessage> = {}): ChatMessage {
  return {
    id: ANSWER_ID,
    turnId: TURN_ID,
    role: 'ADVISOR',
    status: 'COMPLETE',
    content: BTC_ANSWER,
    mode: 'offline',
    language: 'en',
    citations: btcCitations,
    facts: [],
    signals: [],
    createdAt: '2026-05-04T09:30:00Z',
    ...overrides,
  };
}

export function transcriptFixture(
  messages: ChatMessage[] = [questionFixture(), answerFixture()],
  chat: Partial<Chat> = {},
): ChatTranscript {
  return { chat: chatFixture(chat), messages };
}

/** One server-sent event as the server writes it. */
export function sseEvent(type: string, data: unknown, id: string): string {
  return `id:${id}\nevent:${type}\ndata:${JSON.stringify(data)}\n\n`;
}

/** The events of an answer: a token per piece, its citations and signals, then done. */
export function answerEvents(
  pieces: readonly string[],
  {
    messageId = ANSWER_ID,
    citations = [],
    signals = [],
    mode = 'offline',
    language = 'en',
  }: {
    messageId?: string;
    citations?: readonly Citation[];
    signals?: readonly Signal[];
    mode?: string;
    language?: string;
  } = {},
): string[] {
  return [
    ...pieces.map((text, index) => sseEvent('token', { text }, `${messageId}.${index + 1}`)),
    ...citations.map((citation, index) =>
      sseEvent('citation', citation, `${messageId}.c${index + 1}`),
    ),
    ...signals.map((signal, index) => sseEvent('signal', signal, `${messageId}.s${index + 1}`)),
    sseEvent('done', { messageId, status: 'COMPLETE', mode, language }, `${messageId}.done`),
  ];
}

/** BTC_ANSWER cut as the server cuts it: each word with the spaces after it. */
export function piecesOf(text: string): string[] {
  return text.match(/\s+|\S+\s*/g) ?? [];
}

/**
 * A text/event-stream answer sending `chunks` one read at a time, then ending, or breaking off
 * as a dropped connection does (the reader's read rejects).
 */
export function streamResponse(
  chunks: readonly string[],
  { breakOff = false }: { breakOff?: boolean } = {},
): Response {
  const encoder = new TextEncoder();
  let next = 0;
  const body = new ReadableStream<Uint8Array>({
    pull(controller) {
      const chunk = chunks[next++];
      if (chunk !== undefined) controller.enqueue(encoder.encode(chunk));
      else if (breakOff) controller.error(new TypeError('network error'));
      else controller.close();
    },
  });
  return new Response(body, { headers: { 'Content-Type': 'text/event-stream' } });
}

/** A stream the test writes to as it goes, to see the page while the answer arrives. */
export function controlledStream() {
  const encoder = new TextEncoder();
  let controller!: ReadableStreamDefaultController<Uint8Array>;
  const body = new ReadableStream<Uint8Array>({
    start(control) {
      controller = control;
    },
  });
  return {
    response: new Response(body, { headers: { 'Content-Type': 'text/event-stream' } }),
    send: (text: string) => controller.enqueue(encoder.encode(text)),
    end: () => controller.close(),
    breakOff: () => controller.error(new TypeError('network error')),
  };
}

export const CALL_ID = '3c2b1a09-8f7e-4d6c-9b5a-4f3e2d1c0b9a';
export const CLOSED_CALL_ID = '4d3c2b1a-0f9e-4e7d-8c6b-5a4f3e2d1c0b';

/** The BTC call as the shadow portfolio tracks it, open and marked to the latest close. */
export function callFixture(overrides: Partial<CallOutcome> = {}): CallOutcome {
  return {
    id: CALL_ID,
    messageId: ANSWER_ID,
    symbol: 'BTC-USD',
    stance: 'BUY',
    confidence: 0.6,
    horizonDays: 30,
    currency: 'USD',
    addedAt: '2026-05-04T09:31:00Z',
    pricedAt: '2026-05-04T09:30:00Z',
    entryPrice: 64321.87,
    exitAt: '2026-06-03T00:00:00Z',
    exitPrice: 66000,
    callReturn: 2.61,
    buyAndHoldReturn: 2.61,
    status: 'OPEN',
    ...overrides,
  };
}

/** A closed SELL call on ETH that was right, and the open BTC call. */
export function reportFixture(overrides: Partial<ShadowReport> = {}): ShadowReport {
  return {
    asOf: '2026-05-10T00:00:00Z',
    calls: [
      callFixture(),
      callFixture({
        id: CLOSED_CALL_ID,
        messageId: '8a7b6c5d-4e3f-4a2b-9c1d-0e9f8a7b6c5d',
        symbol: 'ETH-USD',
        stance: 'SELL',
        confidence: 0.7,
        horizonDays: 7,
        addedAt: '2026-04-01T10:00:00Z',
        pricedAt: '2026-04-01T10:00:00Z',
        entryPrice: 3200,
        exitAt: '2026-04-08T00:00:00Z',
        exitPrice: 3000,
        callReturn: 6.25,
        buyAndHoldReturn: -6.25,
        hit: true,
        status: 'CLOSED',
      }),
    ],
    scorecard: {
      calls: 2,
      open: 1,
      closed: 1,
      hitRate: 100,
      averageReturn: 6.25,
      averageBuyAndHold: -6.25,
      byHorizon: [
        {
          horizonDays: 7,
          calls: 1,
          hits: 1,
          hitRate: 100,
          averageReturn: 6.25,
          averageBuyAndHold: -6.25,
        },
      ],
      calibration: [{ from: 70, to: 80, calls: 1, statedConfidence: 70, hitRate: 100 }],
      curve: [
        {
          at: '2026-04-08T00:00:00Z',
          callId: CLOSED_CALL_ID,
          symbol: 'ETH-USD',
          calls: 6.25,
          buyAndHold: -6.25,
        },
      ],
    },
    ...overrides,
  };
}

/** A shadow portfolio that tracks nothing yet. */
export function emptyReportFixture(): ShadowReport {
  return {
    asOf: '2026-05-10T00:00:00Z',
    calls: [],
    scorecard: { calls: 0, open: 0, closed: 0, byHorizon: [], calibration: [], curve: [] },
  };
}

/** A profile read from one question: expert and BTC inferred, tolerance assumed. */
export function advisorProfileFixture(overrides: Partial<AdvisorProfile> = {}): AdvisorProfile {
  const said = {
    messageId: '1b2c3d4e-5f60-4718-8a9b-0c1d2e3f4a5b',
    chatId: CHAT_ID,
    excerpt: 'I’m an experienced trader and I like aggressive bets.',
    cue: 'experienced trader',
    at: '2026-12-06T09:30:00Z',
  };
  return {
    experience: { value: 'EXPERT', source: 'INFERRED', confidence: 1, evidence: [said] },
    tolerance: { value: 'LOW', source: 'ASSUMED', confidence: 0, evidence: [] },
    assets: [
      {
        symbol: 'BTC-USD',
        name: 'Bitcoin',
        mentions: 1,
        confidence: 0.33,
        evidence: [{ ...said, cue: 'BTC-USD' }],
      },
    ],
    assetsSource: 'INFERRED',
    questionsRead: 1,
    ...overrides,
  };
}
