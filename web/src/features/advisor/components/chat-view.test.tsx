import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';

import { mockFetch, type MockReply } from '@/testing/mock-fetch';
import { renderRoutes } from '@/testing/render';

import type { AskRequest, ChatMessage, ChatTranscript } from '../api/types';
import { useAnswerStreams } from '../api/use-answer-streams';
import {
  ANSWER_ID,
  answerEvents,
  answerFixture,
  BTC_ANSWER,
  btcCitations,
  btcSignal,
  callFixture,
  CHAT_ID,
  emptyReportFixture,
  controlledStream,
  piecesOf,
  questionFixture,
  sseEvent,
  streamResponse,
  transcriptFixture,
  TURN_ID,
} from '../testing/fixtures';

import { ChatView } from './chat-view';

function Harness({ chatId }: { chatId: string }) {
  const streams = useAnswerStreams();
  return (
    <ChatView
      chatId={chatId}
      timeZone="Asia/Seoul"
      pending={streams.turns[chatId]}
      onAsk={(text, turnId) => void streams.ask(chatId, text, turnId)}
    />
  );
}

function renderChat({ locale = 'en' }: { locale?: 'en' | 'ko' } = {}) {
  return renderRoutes(
    [{ path: '/advisor/:chatId', element: <Harness chatId={CHAT_ID} /> }],
    `/advisor/${CHAT_ID}`,
    { locale },
  );
}

/**
 * A chat as the server keeps it: GET answers the transcript; POST answers with `stream(body)`,
 * and the transcript then holds the turn as `keep(body)` says.
 */
function serveChat(
  initial: ChatTranscript,
  {
    stream = () => streamResponse(answerEvents(piecesOf(BTC_ANSWER), { citations: btcCitations })),
    keep = (body: AskRequest) => [
      questionFixture({ turnId: body.turnId, content: body.text }),
      answerFixture({ turnId: body.turnId }),
    ],
    routes = {},
  }: {
    stream?: (body: AskRequest) => Response | MockReply;
    keep?: (body: AskRequest) => ChatMessage[];
    /** More of the API, such as the shadow portfolio the calls are added to. */
    routes?: Parameters<typeof mockFetch>[0];
  } = {},
) {
  let transcript = initial;
  const asked: AskRequest[] = [];
  const mock = mockFetch({
    [`/api/v1/chats/${CHAT_ID}`]: () => ({ body: transcript }),
    [`/api/v1/chats/${CHAT_ID}/messages`]: async (_url, request) => {
      const body = (await request.json()) as AskRequest;
      asked.push(body);
      transcript = {
        ...transcript,
        messages: [
          ...transcript.messages.filter((message) => message.turnId !== body.turnId),
          ...keep(body),
        ],
      };
      return stream(body);
    },
    '/api/v1/chats': () => ({ body: { items: [transcript.chat] } }),
    ...routes,
  });
  return { ...mock, asked };
}

/** The text a reader sees: closed popovers and hidden descriptions left out. */
function shownText(element: Element): string {
  const copy = element.cloneNode(true) as Element;
  copy.querySelectorAll('[hidden]').forEach((hidden) => hidden.remove());
  return copy.textContent ?? '';
}

describe('ChatView', () => {
  it('shows the answer as paragraphs with its numbers cited, and the offline badge', async () => {
    serveChat(transcriptFixture());
    const user = userEvent.setup();
    renderChat();
    const answer = (await screen.findAllByTestId('advisor-message'))[1]!;
    expect(screen.getByRole('heading', { level: 2, name: 'How is BTC doing?' })).toBeVisible();
    expect(answer).toHaveAttribute('data-status', 'COMPLETE');
    expect(within(answer).getByTestId('offline-badge')).toHaveTextContent('Offline analysis');
    const paragraphs = within(answer).getByTestId('answer-text').querySelectorAll('p');
    expect([...paragraphs].map(shownText)).toEqual(BTC_ANSWER.split('\n\n'));
    expect(within(answer).getByTestId('answer-text')).toHaveAttribute('lang', 'en');

    const cited = within(answer).getAllByTestId('citation');
    expect(cited.map((button) => button.textContent)).toEqual(['$64,321.87', '2.50%', '62.35']);
    const price = within(answer).getByRole('button', { name: '$64,321.87' });
    expect(price).toHaveAccessibleDescription('Where this number comes from: BTC-USD last price');
    expect(price).toHaveAttribute('aria-expanded', 'false');

    await user.click(price);
    expect(price).toHaveAttribute('aria-expanded', 'true');
    const detail = within(answer).getByRole('group', { name: 'BTC-USD last price' });
    expect(detail).toBeVisible();
    expect(detail).toHaveTextContent('Value 64,321.87 USD');
    expect(detail).toHaveTextContent('Unit money (USD)');
    // 09:30 UTC is 18:30 in Seoul, the reader's zone.
    expect(detail).toHaveTextContent(/As of May 4, 2026, 18:30/);
    expect(
      within(detail).getByRole('link', { name: '/api/v1/instruments/BTC-USD/quote' }),
    ).toHaveAttribute('href', '/api/v1/instruments/BTC-USD/quote');

    await user.keyboard('{Escape}');
    expect(detail).not.toBeVisible();
    expect(price).toHaveFocus();

    // The sources list names each fact once, with its link.
    const sources = within(answer).getByTestId('answer-sources');
    expect(within(sources).getAllByRole('listitem')).toHaveLength(3);
    expect(
      within(sources)
        .getAllByRole('link')
        .map((link) => link.getAttribute('href')),
    ).toEqual(btcCitations.map((citation) => citation.source));
  });

  it('shows the model an answer was written by instead of the offline badge', async () => {
    serveChat(transcriptFixture([questionFixture(), answerFixture({ mode: 'claude-sonnet-4' })]));
    renderChat();
    expect(await screen.findByTestId('model-badge')).toHaveTextContent('Model: claude-sonnet-4');
    expect(screen.queryByTestId('offline-badge')).not.toBeInTheDocument();
  });

  it('shows the answer’s text as text, never as markup', async () => {
    const content = '<img src=x onerror="alert(1)"> <b>bold</b>\n\n<script>alert(2)</script>';
    serveChat(transcriptFixture([questionFixture(), answerFixture({ content, citations: [] })]));
    renderChat();
    const text = await screen.findByTestId('answer-text');
    expect(text.querySelector('img, b, script')).toBeNull();
    expect(text).toHaveTextContent('<img src=x onerror="alert(1)"> <b>bold</b>');
    expect(text).toHaveTextContent('<script>alert(2)</script>');
  });

  it('streams an answer into the chat as it arrives, then keeps it', async () => {
    const stream = controlledStream();
    const { asked } = serveChat(transcriptFixture([], { title: 'New chat' }), {
      stream: () => stream.response,
    });
    const user = userEvent.setup();
    renderChat();
    const box = await screen.findByRole('textbox', { name: 'Your question' });
    await user.type(box, 'How is BTC doing?{Enter}');

    expect(asked).toHaveLength(1);
    expect(asked[0]?.text).toBe('How is BTC doing?');
    expect(asked[0]?.turnId).toMatch(/^[0-9a-f-]{36}$/);
    const [question, answer] = await screen.findAllByTestId('advisor-message');
    expect(question).toHaveTextContent('How is BTC doing?');
    expect(answer).toHaveAttribute('data-status', 'STREAMING');
    expect(within(answer!).getByTestId('streaming-indicator')).toHaveTextContent(
      'Writing the answer…',
    );
    const live = within(answer!).getByTestId('answer-text');
    expect(live).toHaveAttribute('aria-live', 'polite');
    expect(box).toBeDisabled();

    const pieces = piecesOf(BTC_ANSWER);
    stream.send(answerEvents(pieces).slice(0, 3).join(''));
    await waitFor(() => expect(live).toHaveTextContent(pieces.slice(0, 3).join('').trim()));
    stream.send(answerEvents(pieces, { citations: btcCitations }).slice(3).join(''));
    stream.end();

    await waitFor(() =>
      expect(screen.getAllByTestId('advisor-message')[1]).toHaveAttribute(
        'data-status',
        'COMPLETE',
      ),
    );
    const kept = screen.getAllByTestId('advisor-message')[1]!;
    expect(within(kept).getByTestId('offline-badge')).toBeVisible();
    expect(within(kept).getAllByTestId('citation')).toHaveLength(3);
    expect(within(kept).queryByTestId('streaming-indicator')).not.toBeInTheDocument();
    expect(screen.getAllByTestId('advisor-message')).toHaveLength(2);
    await waitFor(() => expect(box).toBeEnabled());
    expect(box).toHaveFocus();
  });

  it('shows a streamed call as a card that can be added once the answer is kept', async () => {
    const stream = controlledStream();
    const tracked: unknown[] = [];
    serveChat(transcriptFixture([], { title: 'New chat' }), {
      stream: () => stream.response,
      keep: (body) => [
        questionFixture({ turnId: body.turnId, content: body.text }),
        answerFixture({ turnId: body.turnId, signals: [btcSignal] }),
      ],
      routes: {
        '/api/v1/shadow-portfolio': () => ({ body: emptyReportFixture() }),
        '/api/v1/shadow-portfolio/calls': async (_url, request) => {
          tracked.push(await request.json());
          return { status: 201, body: callFixture() };
        },
      },
    });
    const user = userEvent.setup();
    renderChat();
    await user.type(
      await screen.findByRole('textbox', { name: 'Your question' }),
      'How is BTC doing?{Enter}',
    );
    const pieces = piecesOf(BTC_ANSWER);
    const events = answerEvents(pieces, { signals: [btcSignal] });
    // Everything but done: the call is shown, but the answer is not kept yet.
    stream.send(events.slice(0, -1).join(''));
    const card = await screen.findByTestId('signal-card');
    expect(card).toHaveAttribute('data-symbol', 'BTC-USD');
    expect(card).toHaveTextContent('Buy');
    expect(within(card).getByTestId('signal-price')).toHaveTextContent('64,321.87 USD');
    expect(within(card).getByTestId('signal-horizon')).toHaveTextContent('30 days');
    expect(within(card).getByTestId('signal-confidence')).toHaveTextContent('60%');
    expect(within(card).getByTestId('add-to-shadow')).toBeDisabled();

    stream.send(events.at(-1)!);
    stream.end();
    await waitFor(() => expect(screen.getByTestId('add-to-shadow')).toBeEnabled());
    await user.click(screen.getByTestId('add-to-shadow'));
    expect(await screen.findByTestId('signal-tracked')).toHaveTextContent('Tracked');
    expect(screen.queryByTestId('add-to-shadow')).not.toBeInTheDocument();
    expect(tracked).toEqual([{ messageId: ANSWER_ID, symbol: 'BTC-USD' }]);
  });

  it('says so when a kept answer’s call is tracked already', async () => {
    serveChat(transcriptFixture([questionFixture(), answerFixture({ signals: [btcSignal] })]), {
      routes: {
        '/api/v1/shadow-portfolio': () => ({
          body: { ...emptyReportFixture(), calls: [callFixture()] },
        }),
      },
    });
    renderChat();
    expect(await screen.findByTestId('signal-tracked')).toHaveTextContent('Tracked');
    expect(screen.queryByTestId('add-to-shadow')).not.toBeInTheDocument();
  });

  it('says an answer broke off and asks the same turn again on “Try again”', async () => {
    const broken = answerFixture({
      status: 'INTERRUPTED',
      content: 'Offline analysis — written from market data, no AI model\n\nBitcoin ',
      mode: undefined,
      language: undefined,
      citations: [],
    });
    const { asked } = serveChat(transcriptFixture([questionFixture(), broken]));
    const user = userEvent.setup();
    renderChat();
    const notice = await screen.findByTestId('interrupted-notice');
    expect(notice).toHaveTextContent('The answer broke off.');
    expect(screen.getAllByTestId('advisor-message')[1]).toHaveAttribute(
      'data-status',
      'INTERRUPTED',
    );

    await user.click(within(notice).getByRole('button', { name: 'Try again' }));
    expect(asked).toEqual([{ turnId: TURN_ID, text: 'How is BTC doing?' }]);
    await waitFor(() =>
      expect(screen.getAllByTestId('advisor-message')[1]).toHaveAttribute(
        'data-status',
        'COMPLETE',
      ),
    );
    // One question and one answer: the turn was answered again, not asked twice.
    expect(screen.getAllByTestId('advisor-message')).toHaveLength(2);
    expect(screen.queryByTestId('interrupted-notice')).not.toBeInTheDocument();
  });

  it('marks an answer interrupted when its stream ends with an error event', async () => {
    const { asked } = serveChat(transcriptFixture([]), {
      stream: () =>
        streamResponse([
          sseEvent('token', { text: 'Bitcoin ' }, `${ANSWER_ID}.1`),
          sseEvent(
            'error',
            {
              messageId: ANSWER_ID,
              code: 'answer-interrupted',
              detail: 'Broke off.',
              requestId: 'r',
            },
            `${ANSWER_ID}.error`,
          ),
        ]),
      keep: (body) => [
        questionFixture({ turnId: body.turnId, content: body.text }),
        answerFixture({
          turnId: body.turnId,
          status: 'INTERRUPTED',
          content: 'Bitcoin ',
          citations: [],
          mode: undefined,
          language: undefined,
        }),
      ],
    });
    const user = userEvent.setup();
    renderChat();
    await user.click((await screen.findAllByTestId('starter-question'))[0]!);
    const notice = await screen.findByTestId('interrupted-notice');
    expect(screen.getAllByTestId('advisor-message')[1]).toHaveTextContent('Bitcoin');
    await user.click(within(notice).getByRole('button', { name: 'Try again' }));
    await waitFor(() => expect(asked).toHaveLength(2));
    expect(asked[1]).toEqual(asked[0]);
  });

  it('offers the starter questions in an empty chat and asks one at a click', async () => {
    const { asked } = serveChat(transcriptFixture([], { title: 'New chat' }));
    const user = userEvent.setup();
    renderChat();
    const starters = await screen.findAllByTestId('starter-question');
    expect(starters.map((button) => button.textContent)).toEqual([
      'How is BTC doing?',
      '비트코인 어때?',
      'Compare BTC and SPY',
      'What is RSI?',
    ]);
    await user.click(screen.getByRole('button', { name: '비트코인 어때?' }));
    expect(asked.map((body) => body.text)).toEqual(['비트코인 어때?']);
    expect(await screen.findByTestId('offline-badge')).toBeVisible();
    expect(screen.queryByTestId('starter-question')).not.toBeInTheDocument();
  });

  it('says the connection was lost when the retry is lost too, and tries the turn again', async () => {
    let attempts = 0;
    const { asked } = serveChat(transcriptFixture([]), {
      stream: () => {
        attempts += 1;
        return attempts <= 2
          ? streamResponse(answerEvents(['Bitcoin ']).slice(0, 1), { breakOff: true })
          : streamResponse(answerEvents(piecesOf(BTC_ANSWER), { citations: btcCitations }));
      },
    });
    const user = userEvent.setup();
    renderChat();
    await user.type(await screen.findByLabelText('Your question'), 'How is BTC doing?{Enter}');
    const lost = await screen.findByTestId('connection-lost');
    expect(lost).toHaveTextContent('The connection was lost before the answer arrived.');
    expect(asked).toHaveLength(2);
    expect(asked[1]).toEqual(asked[0]);

    await user.click(screen.getByRole('button', { name: 'Try again' }));
    await waitFor(() =>
      expect(screen.getAllByTestId('advisor-message')[1]).toHaveAttribute(
        'data-status',
        'COMPLETE',
      ),
    );
    expect(asked).toHaveLength(3);
    expect(asked[2]).toEqual(asked[0]);
  });

  it('shows the server’s refusal of a question', async () => {
    serveChat(transcriptFixture([]), {
      stream: () => ({
        status: 404,
        body: { title: 'Not Found', status: 404, code: 'chat-not-found', detail: 'No chat.' },
      }),
      keep: () => [],
    });
    const user = userEvent.setup();
    renderChat();
    await user.type(await screen.findByLabelText('Your question'), 'BTC?{Enter}');
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Could not ask the question');
    expect(alert).toHaveTextContent('No chat.');
    // A refusal will not change on retry: no button offers one.
    expect(screen.queryByRole('button', { name: 'Try again' })).not.toBeInTheDocument();
  });

  it('says so when the chat does not exist', async () => {
    mockFetch({
      [`/api/v1/chats/${CHAT_ID}`]: () => ({
        status: 404,
        body: { title: 'Not Found', status: 404, code: 'chat-not-found', detail: 'gone' },
      }),
    });
    renderChat();
    expect(
      await screen.findByRole('heading', { level: 2, name: 'No chat with this id' }),
    ).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Back to the advisor' })).toHaveAttribute(
      'href',
      '/advisor',
    );
  });

  it('speaks Korean on a Korean page', async () => {
    serveChat(
      transcriptFixture([
        questionFixture({ content: '비트코인 어때?' }),
        answerFixture({
          language: 'ko',
          content:
            '오프라인 분석 — AI 모델 없이 시장 데이터로 작성\n\n비트코인은 지금 $64,321.87입니다.',
          citations: [],
        }),
      ]),
    );
    renderChat({ locale: 'ko' });
    expect(await screen.findByTestId('offline-badge')).toHaveTextContent('오프라인 분석');
    expect(screen.getByTestId('answer-text')).toHaveAttribute('lang', 'ko');
    expect(screen.getByRole('textbox', { name: '질문' })).toBeEnabled();
    expect(screen.getAllByTestId('advisor-message')[0]).toHaveTextContent('나');
  });
});
