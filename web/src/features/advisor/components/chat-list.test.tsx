import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useParams } from 'react-router';
import { describe, expect, it, vi } from 'vitest';

import { mockFetch } from '@/testing/mock-fetch';
import { renderRoutes } from '@/testing/render';

import type { Chat } from '../api/types';
import { chatFixture, CHAT_ID, OTHER_CHAT_ID } from '../testing/fixtures';

import { ChatList } from './chat-list';

const NEW_ID = '0c0c0c0c-1d1d-4e2e-8f3f-404040404040';

const btc = chatFixture();
const spy = chatFixture({
  id: OTHER_CHAT_ID,
  title: 'Compare BTC and SPY',
  updatedAt: '2026-05-03T12:00:00Z',
});

/** A chat store that behaves as the server's: POST opens a chat, DELETE removes one. */
function serve(initial: Chat[]) {
  let chats = [...initial];
  const requests: string[] = [];
  const mock = mockFetch({
    '/api/v1/chats': (_url, request) => {
      requests.push(`${request.method} /api/v1/chats`);
      if (request.method === 'GET') return { body: { items: chats } };
      const chat = chatFixture({ id: NEW_ID, title: 'New chat' });
      chats = [chat, ...chats];
      return { status: 201, body: chat };
    },
    [`/api/v1/chats/${CHAT_ID}`]: (url, request) => {
      requests.push(`${request.method} ${url.pathname}`);
      chats = chats.filter((chat) => chat.id !== CHAT_ID);
      return { status: 204 };
    },
    [`/api/v1/chats/${NEW_ID}`]: () => ({
      body: { chat: chatFixture({ id: NEW_ID, title: 'New chat' }), messages: [] },
    }),
  });
  return { ...mock, requests };
}

function renderList(url = '/advisor', { locale = 'en' }: { locale?: 'en' | 'ko' } = {}) {
  const onDeleted = vi.fn();
  function Page() {
    const { chatId } = useParams();
    return <ChatList selectedId={chatId} timeZone="Asia/Seoul" onDeleted={onDeleted} />;
  }
  const view = renderRoutes([{ path: '/advisor/:chatId?', element: <Page /> }], url, { locale });
  return { ...view, onDeleted };
}

describe('ChatList', () => {
  it('lists the chats, latest used first, each a link, the open one marked', async () => {
    serve([btc, spy]);
    renderList(`/advisor/${CHAT_ID}`);
    const rows = await screen.findAllByTestId('chat-row');
    expect(rows.map((row) => row.getAttribute('data-chat-id'))).toEqual([CHAT_ID, OTHER_CHAT_ID]);
    const open = within(rows[0]!).getByRole('link', { name: /How is BTC doing\?/ });
    expect(open).toHaveAttribute('href', `/advisor/${CHAT_ID}`);
    expect(open).toHaveAttribute('aria-current', 'page');
    // 09:30 UTC is 18:30 in Seoul.
    expect(open).toHaveTextContent(/Last used May 4, 2026, 18:30/);
    expect(within(rows[1]!).getByRole('link')).not.toHaveAttribute('aria-current');
  });

  it('says there are no chats yet', async () => {
    serve([]);
    renderList();
    expect(await screen.findByText('No chats yet')).toBeInTheDocument();
  });

  it('opens a new chat and goes to it', async () => {
    const { requests } = serve([btc]);
    const user = userEvent.setup();
    const { router } = renderList();
    await screen.findAllByTestId('chat-row');
    await user.click(screen.getByRole('button', { name: 'New chat' }));
    await waitFor(() => expect(router.state.location.pathname).toBe(`/advisor/${NEW_ID}`));
    expect(requests).toContain('POST /api/v1/chats');
    await waitFor(() => expect(screen.getAllByTestId('chat-row')).toHaveLength(2));
    expect(screen.getAllByTestId('chat-row')[0]).toHaveAttribute('data-chat-id', NEW_ID);
  });

  it('deletes a chat only after the confirmation, and leaves it when it was open', async () => {
    const { requests } = serve([btc, spy]);
    const user = userEvent.setup();
    const { router, onDeleted } = renderList(`/advisor/${CHAT_ID}`);
    await screen.findAllByTestId('chat-row');

    await user.click(screen.getByRole('button', { name: 'Delete the chat “How is BTC doing?”' }));
    const confirm = screen.getByTestId('delete-chat-confirm');
    expect(confirm).toHaveTextContent(
      'Delete “How is BTC doing?” and all its messages? This cannot be undone.',
    );
    await user.click(within(confirm).getByRole('button', { name: 'Cancel' }));
    expect(screen.queryByTestId('delete-chat-confirm')).not.toBeInTheDocument();
    expect(requests.filter((request) => request.startsWith('DELETE'))).toEqual([]);

    await user.click(screen.getByRole('button', { name: 'Delete the chat “How is BTC doing?”' }));
    await user.click(screen.getByRole('button', { name: 'Delete chat' }));
    await waitFor(() => expect(screen.getAllByTestId('chat-row')).toHaveLength(1));
    expect(requests).toContain(`DELETE /api/v1/chats/${CHAT_ID}`);
    expect(screen.getByTestId('chat-row')).toHaveAttribute('data-chat-id', OTHER_CHAT_ID);
    expect(onDeleted).toHaveBeenCalledWith(CHAT_ID);
    await waitFor(() => expect(router.state.location.pathname).toBe('/advisor'));
  });

  it('shows why a chat could not be deleted', async () => {
    mockFetch({
      '/api/v1/chats': () => ({ body: { items: [btc] } }),
      [`/api/v1/chats/${CHAT_ID}`]: () => ({
        status: 404,
        body: { title: 'Not Found', status: 404, code: 'chat-not-found', detail: 'Gone already.' },
      }),
    });
    const user = userEvent.setup();
    renderList();
    await user.click(
      await screen.findByRole('button', { name: 'Delete the chat “How is BTC doing?”' }),
    );
    await user.click(screen.getByRole('button', { name: 'Delete chat' }));
    expect(await screen.findByText('Could not delete the chat')).toBeInTheDocument();
    expect(screen.getByText('Gone already.')).toBeInTheDocument();
  });

  it('speaks Korean on a Korean page', async () => {
    serve([btc]);
    renderList('/advisor', { locale: 'ko' });
    expect(await screen.findByRole('heading', { name: '대화 목록' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: '새 대화' })).toBeEnabled();
    expect(
      await screen.findByRole('button', { name: '“How is BTC doing?” 대화 삭제' }),
    ).toBeInTheDocument();
  });
});
