import { sendWithCsrfToken } from '@/lib/api/client';
import { apiErrorFromResponse, networkError } from '@/lib/api/problem';

import { readSseEvents, type SseEvent } from '../lib/sse';

import type {
  AnswerEnd,
  AskRequest,
  Citation,
  FactUnit,
  MessageStatus,
  Signal,
  Stance,
} from './types';

/** What an answer's stream tells as it arrives. */
export interface AnswerListener {
  /** The next piece of the answer's text, to append. */
  onToken: (text: string) => void;
  /** Where one of the answer's numbers comes from. */
  onCitation: (citation: Citation) => void;
  /** A call the answer makes on an asset, which the reader can track in the shadow portfolio. */
  onSignal: (signal: Signal) => void;
  /**
   * The stream broke off and the question is being sent again: the server answers the same
   * turn from its start, so what the lost attempt showed is to be dropped.
   */
  onRestart: () => void;
}

export interface AskOptions extends AnswerListener {
  chatId: string;
  /** One per question; the retry sends the same, so the server never writes a second answer. */
  turnId: string;
  text: string;
  signal?: AbortSignal;
}

/** How many times a question whose stream broke off is sent again. */
export const STREAM_RETRIES = 1;

/** The stream broke off (or never opened) before its last event: worth sending again. */
class StreamLost extends Error {
  constructor(cause: unknown) {
    super('The answer’s stream broke off.', { cause });
    this.name = 'StreamLost';
  }
}

/**
 * Asks a question and reads its answer as it streams (POST, so fetch and not EventSource), with
 * the session cookie and the CSRF header every state-changing call sends. Resolves with the
 * stream's last event: `done`, or `error` when the server could not finish the answer (what it
 * wrote is kept, INTERRUPTED). A stream lost on the way (the connection dropped, or it ended
 * without its last event) is asked once more with the same turn id: the server then sends the
 * answer it already wrote, or follows it while it is still being written, from its start.
 * Rejects with ApiError for a problem the server answered before the stream (400, 404, 422),
 * with a network ApiError (status 0) once the retry is lost too, and with the abort when
 * `signal` aborts.
 */
export async function askQuestion(options: AskOptions): Promise<AnswerEnd> {
  for (let attempt = 0; ; attempt++) {
    if (attempt > 0) options.onRestart();
    try {
      return await streamOnce(options);
    } catch (error) {
      if (!(error instanceof StreamLost) || options.signal?.aborted) throw error;
      if (attempt >= STREAM_RETRIES) throw networkError(error.cause);
    }
  }
}

async function streamOnce({
  chatId,
  turnId,
  text,
  signal,
  onToken,
  onCitation,
  onSignal,
}: AskOptions): Promise<AnswerEnd> {
  const body: AskRequest = { turnId, text };
  const request = new Request(
    new URL(
      `/api/v1/chats/${encodeURIComponent(chatId)}/messages`,
      globalThis.location?.origin ?? 'http://localhost',
    ),
    {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Accept: 'text/event-stream' },
      body: JSON.stringify(body),
      signal,
    },
  );
  let response: Response;
  try {
    response = await sendWithCsrfToken(request);
  } catch (cause) {
    if (signal?.aborted) throw cause;
    throw new StreamLost(cause);
  }
  if (!response.ok) throw apiErrorFromResponse(response, await problemBody(response));
  if (!response.body) throw new StreamLost(new Error('The answer came without a body.'));
  try {
    for await (const event of readSseEvents(response.body)) {
      const end = handle(event, { onToken, onCitation, onSignal });
      if (end) return end;
    }
  } catch (cause) {
    if (signal?.aborted) throw cause;
    throw new StreamLost(cause);
  }
  throw new StreamLost(new Error('The answer’s stream ended before its last event.'));
}

async function problemBody(response: Response): Promise<unknown> {
  const type = response.headers.get('Content-Type') ?? '';
  try {
    return type.includes('json') ? await response.json() : await response.text();
  } catch {
    return undefined;
  }
}

function handle(
  event: SseEvent,
  { onToken, onCitation, onSignal }: Pick<AnswerListener, 'onToken' | 'onCitation' | 'onSignal'>,
): AnswerEnd | undefined {
  const data = parse(event.data);
  switch (event.type) {
    case 'token':
      if (typeof data.text === 'string') onToken(data.text);
      return undefined;
    case 'citation': {
      const citation = asCitation(data);
      if (citation) onCitation(citation);
      return undefined;
    }
    case 'signal': {
      const signal = asSignal(data);
      if (signal) onSignal(signal);
      return undefined;
    }
    case 'done':
      return {
        kind: 'done',
        messageId: text(data.messageId) || messageIdOf(event.id),
        status: asStatus(data.status),
        mode: text(data.mode),
        language: text(data.language),
      };
    case 'error':
      return {
        kind: 'error',
        messageId: text(data.messageId) || messageIdOf(event.id),
        code: text(data.code),
        detail: text(data.detail),
        requestId: text(data.requestId),
      };
    default:
      return undefined;
  }
}

function parse(data: string): Record<string, unknown> {
  try {
    const value: unknown = JSON.parse(data);
    return typeof value === 'object' && value !== null && !Array.isArray(value)
      ? (value as Record<string, unknown>)
      : {};
  } catch {
    return {};
  }
}

function text(value: unknown): string {
  return typeof value === 'string' ? value : '';
}

/** Event ids are `<message id>.<n>`. */
function messageIdOf(eventId: string): string {
  const dot = eventId.lastIndexOf('.');
  return dot > 0 ? eventId.slice(0, dot) : '';
}

const STATUSES: readonly MessageStatus[] = ['COMPLETE', 'STREAMING', 'INTERRUPTED'];
const UNITS: readonly FactUnit[] = ['MONEY', 'PERCENT', 'INDEX', 'DAYS', 'NUMBER'];
const STANCES: readonly Stance[] = ['BUY', 'SELL', 'HOLD'];

function asStatus(value: unknown): MessageStatus {
  return STATUSES.find((status) => status === value) ?? 'COMPLETE';
}

function asCitation(data: Record<string, unknown>): Citation | undefined {
  const { start, end, value } = data;
  if (typeof start !== 'number' || typeof end !== 'number' || typeof value !== 'number') {
    return undefined;
  }
  return {
    start,
    end,
    value,
    factId: text(data.factId),
    label: text(data.label),
    unit: UNITS.find((unit) => unit === data.unit) ?? 'NUMBER',
    currency: typeof data.currency === 'string' ? data.currency : undefined,
    source: text(data.source),
    asOf: text(data.asOf),
  };
}

/** A `signal` event's call; one without a symbol, a known stance or its numbers is dropped. */
export function asSignal(data: Record<string, unknown>): Signal | undefined {
  const { symbol, price, horizonDays, confidence } = data;
  const stance = STANCES.find((known) => known === data.stance);
  if (
    typeof symbol !== 'string' ||
    symbol === '' ||
    stance === undefined ||
    typeof price !== 'number' ||
    typeof horizonDays !== 'number' ||
    typeof confidence !== 'number'
  ) {
    return undefined;
  }
  return {
    symbol,
    stance,
    price,
    horizonDays,
    confidence,
    pricedAt: text(data.pricedAt),
    ...(typeof data.currency === 'string' ? { currency: data.currency } : {}),
  };
}
