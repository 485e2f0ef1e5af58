import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';

import { mockFetch, type MockReply } from '@/testing/mock-fetch';
import { renderRoutes } from '@/testing/render';

import type { Signal } from '../api/types';
import { ANSWER_ID, btcSignal, callFixture, emptyReportFixture } from '../testing/fixtures';

import { SignalCards } from './signal-cards';

/** `messageId: null` is an answer still streaming, which has no id yet. */
function renderCards(
  signals: Signal[],
  {
    messageId = ANSWER_ID,
    streaming = false,
    locale = 'en',
  }: { messageId?: string | null; streaming?: boolean; locale?: 'en' | 'ko' } = {},
) {
  return renderRoutes(
    [
      {
        path: '/',
        element: (
          <SignalCards signals={signals} messageId={messageId ?? undefined} streaming={streaming} />
        ),
      },
    ],
    '/',
    { locale },
  );
}

function serve(track: () => MockReply) {
  let posts = 0;
  let reads = 0;
  mockFetch({
    '/api/v1/shadow-portfolio': () => {
      reads += 1;
      return { body: emptyReportFixture() };
    },
    '/api/v1/shadow-portfolio/calls': () => {
      posts += 1;
      return track();
    },
  });
  return { posts: () => posts, reads: () => reads };
}

describe('SignalCards', () => {
  it('shows each call with its price, horizon and confidence, and a link to trade', async () => {
    serve(() => ({ status: 201, body: callFixture() }));
    const eth: Signal = { ...btcSignal, symbol: 'ETH-USD', stance: 'SELL', price: 3200.5 };
    renderCards([btcSignal, eth]);
    const cards = await screen.findAllByTestId('signal-card');
    expect(cards.map((card) => card.dataset.symbol)).toEqual(['BTC-USD', 'ETH-USD']);
    expect(cards[1]).toHaveAttribute('data-stance', 'SELL');
    expect(cards[1]).toHaveTextContent('Sell');
    expect(within(cards[1]!).getByTestId('signal-price')).toHaveTextContent('3,200.50 USD');
    // The advisor never places orders: the card only links to trading.
    expect(within(cards[0]!).getByRole('link', { name: 'Trade it yourself' })).toHaveAttribute(
      'href',
      '/trading/accounts',
    );
    expect(cards[0]).toHaveTextContent('The advisor never places orders.');
  });

  it('is disabled while the answer streams and reads nothing then', () => {
    const server = serve(() => ({ status: 201, body: callFixture() }));
    renderCards([btcSignal], { messageId: null, streaming: true });
    expect(screen.getByTestId('add-to-shadow')).toBeDisabled();
    expect(server.reads()).toBe(0);
  });

  it('says Tracked when the server answers that the call was tracked already (200)', async () => {
    const server = serve(() => ({ status: 200, body: callFixture() }));
    const user = userEvent.setup();
    renderCards([btcSignal]);
    await user.click(await screen.findByTestId('add-to-shadow'));
    expect(await screen.findByTestId('signal-tracked')).toHaveTextContent('Tracked');
    expect(screen.getByRole('link', { name: 'Open the shadow portfolio' })).toHaveAttribute(
      'href',
      '/shadow-portfolio',
    );
    expect(server.posts()).toBe(1);
  });

  it('shows the problem’s detail when the call cannot be added, and can be tried again', async () => {
    let full = true;
    serve(() =>
      full
        ? {
            status: 422,
            body: {
              type: 'https://sage.example/problems/shadow-portfolio-full',
              title: 'Shadow portfolio full',
              status: 422,
              code: 'shadow-portfolio-full',
              detail: 'Your shadow portfolio holds 500 calls: remove one to add another.',
              requestId: 'req-9',
            },
          }
        : { status: 201, body: callFixture() },
    );
    const user = userEvent.setup();
    renderCards([btcSignal]);
    await user.click(await screen.findByTestId('add-to-shadow'));
    expect(await screen.findByTestId('track-error')).toHaveTextContent(
      'Could not add the call: Your shadow portfolio holds 500 calls: remove one to add another.',
    );
    const button = screen.getByTestId('add-to-shadow');
    expect(button).toBeEnabled();

    full = false;
    await user.click(button);
    await waitFor(() => expect(screen.getByTestId('signal-tracked')).toBeInTheDocument());
    expect(screen.queryByTestId('track-error')).not.toBeInTheDocument();
  });

  it('shows signal-not-found as the server says it', async () => {
    serve(() => ({
      status: 404,
      body: {
        title: 'Not Found',
        status: 404,
        code: 'signal-not-found',
        detail: 'That answer makes no call on BTC-USD.',
      },
    }));
    const user = userEvent.setup();
    renderCards([btcSignal]);
    await user.click(await screen.findByTestId('add-to-shadow'));
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'That answer makes no call on BTC-USD.',
    );
  });

  it('speaks Korean on a Korean page', async () => {
    serve(() => ({ status: 201, body: callFixture() }));
    renderCards([btcSignal], { locale: 'ko' });
    expect(await screen.findByTestId('add-to-shadow')).toHaveTextContent('섀도 포트폴리오에 추가');
    expect(screen.getByTestId('signal-card')).toHaveTextContent('매수');
    expect(screen.getByTestId('signal-horizon')).toHaveTextContent('30일');
  });

  it('shows nothing for an answer without calls', () => {
    mockFetch({});
    const { container } = renderCards([]);
    expect(container).toBeEmptyDOMElement();
  });
});
