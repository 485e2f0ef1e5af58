import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useParams } from 'react-router';
import { describe, expect, it } from 'vitest';

import { mockFetch } from '@/testing/mock-fetch';
import { renderRoutes } from '@/testing/render';

import type { AskRequest, Chat, ChatTranscript } from '../api/types';
import {
  advisorProfileFixture,
  answerEvents,
  answerFixture,
  BTC_ANSWER,
  btcCitations,
  chatFixture,
  CHAT_ID,
  controlledStream,
  OTHER_CHAT_ID,
  piecesOf,
  questionFixture,
  transcriptFixture,
} from '../testing/fixtures';

import { AdvisorView } from './advisor-view';

function Page() {
  const { chatId } = useParams();
  return <AdvisorView chatId={chatId} timeZone="UTC" />;
}

function renderAdvisor(url: string) {
  return renderRoutes([{ path: '/advisor/:chatId?', element: <Page /> }], url);
}

describe('AdvisorView', () => {
  it('asks a first question directly: opens a chat, goes to it and streams the answer', async () => {
    let chats: Chat[] = [];
    let transcript: ChatTranscript | undefined;
    const requests: string[] = [];
    const asked: AskRequest[] = [];
    mockFetch({
      '/api/v1/advisor/profile': () => ({ body: advisorProfileFixture() }),
      '/api/v1/chats': (_url, request) => {
        requests.push(`${request.method} /api/v1/chats`);
        if (request.method === 'GET') return { body: { items: chats } };
        const chat = chatFixture({ title: 'New chat' });
        chats = [chat];
        transcript = { chat, messages: [] };
        return { status: 201, body: chat };
      },
      [`/api/v1/chats/${CHAT_ID}`]: () => ({ body: transcript }),
      [`/api/v1/chats/${CHAT_ID}/messages`]: async (url, request) => {
        requests.push(`${request.method} ${url.pathname}`);
        const body = (await request.json()) as AskRequest;
        asked.push(body);
        // The server titles the chat after its first question.
        chats = [chatFixture()];
        transcript = transcriptFixture([
          questionFixture({ turnId: body.turnId }),
          answerFixture({ turnId: body.turnId }),
        ]);
        const { response, send, end } = controlledStream();
        send(answerEvents(piecesOf(BTC_ANSWER), { citations: btcCitations }).join(''));
        end();
        return response;
      },
    });
    const user = userEvent.setup();
    const { router } = renderAdvisor('/advisor');

    expect(await screen.findByRole('heading', { level: 2, name: 'New chat' })).toBeVisible();
    expect(await screen.findByText('No chats yet')).toBeInTheDocument();
    expect(screen.getAllByTestId('starter-question')).toHaveLength(4);
    await user.type(screen.getByLabelText('Your question'), 'How is BTC doing?{Enter}');

    await waitFor(() => expect(router.state.location.pathname).toBe(`/advisor/${CHAT_ID}`));
    await waitFor(() =>
      expect(screen.getAllByTestId('advisor-message')[1]).toHaveAttribute(
        'data-status',
        'COMPLETE',
      ),
    );
    expect(requests.filter((request) => request.startsWith('POST'))).toEqual([
      'POST /api/v1/chats',
      `POST /api/v1/chats/${CHAT_ID}/messages`,
    ]);
    expect(asked.map((body) => body.text)).toEqual(['How is BTC doing?']);
    expect(screen.getByTestId('offline-badge')).toBeVisible();
    expect(screen.getAllByTestId('advisor-message')).toHaveLength(2);
    // The list has the chat under its new title, and marks it open.
    const list = screen.getByTestId('chat-list');
    await waitFor(() =>
      expect(within(list).getByRole('link', { name: /How is BTC doing\?/ })).toHaveAttribute(
        'aria-current',
        'page',
      ),
    );
    expect(screen.getByRole('heading', { level: 2, name: 'How is BTC doing?' })).toBeVisible();
  });

  it('keeps streaming an answer while another chat is read', async () => {
    const stream = controlledStream();
    const other = chatFixture({ id: OTHER_CHAT_ID, title: 'What is RSI?' });
    let kept: ChatTranscript = transcriptFixture([], { title: 'New chat' });
    mockFetch({
      '/api/v1/advisor/profile': () => ({ body: advisorProfileFixture() }),
      '/api/v1/chats': () => ({ body: { items: [kept.chat, other] } }),
      [`/api/v1/chats/${CHAT_ID}`]: () => ({ body: kept }),
      [`/api/v1/chats/${OTHER_CHAT_ID}`]: () => ({
        body: {
          chat: other,
          messages: [
            questionFixture({ id: 'q2', turnId: 't2', content: 'What is RSI?' }),
            answerFixture({
              id: 'a2',
              turnId: 't2',
              content: 'RSI measures momentum.',
              citations: [],
            }),
          ],
        },
      }),
      [`/api/v1/chats/${CHAT_ID}/messages`]: async (_url, request) => {
        const body = (await request.json()) as AskRequest;
        kept = transcriptFixture([
          questionFixture({ turnId: body.turnId }),
          answerFixture({ turnId: body.turnId }),
        ]);
        return stream.response;
      },
    });
    const user = userEvent.setup();
    const { router } = renderAdvisor(`/advisor/${CHAT_ID}`);
    await user.type(await screen.findByLabelText('Your question'), 'How is BTC doing?{Enter}');
    const pieces = piecesOf(BTC_ANSWER);
    stream.send(answerEvents(pieces).slice(0, 2).join(''));
    await waitFor(() =>
      expect(screen.getByTestId('answer-text')).toHaveTextContent('Offline analysis'),
    );

    await user.click(screen.getByRole('link', { name: /What is RSI\?/ }));
    await waitFor(() => expect(router.state.location.pathname).toBe(`/advisor/${OTHER_CHAT_ID}`));
    expect(await screen.findByText('RSI measures momentum.')).toBeInTheDocument();
    // This chat has no answer being written: its box is free.
    expect(screen.getByLabelText('Your question')).toBeEnabled();
    stream.send(answerEvents(pieces, { citations: btcCitations }).slice(2).join(''));
    stream.end();

    await user.click(screen.getByRole('link', { name: /How is BTC doing\?|New chat/ }));
    await waitFor(() =>
      expect(screen.getAllByTestId('advisor-message')[1]).toHaveAttribute(
        'data-status',
        'COMPLETE',
      ),
    );
    expect(screen.getAllByTestId('citation')).toHaveLength(3);
  });
});
