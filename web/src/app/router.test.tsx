import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';

import {
  profileFixture,
  sessionFixture,
  setSessionHint,
  watchlistFixture,
} from '@/features/account/testing/fixtures';
import { advisorProfileFixture } from '@/features/advisor/testing/fixtures';
import { mockFetch } from '@/testing/mock-fetch';
import { renderRoutes } from '@/testing/render';

import { PLANNED_MODULES } from './modules';
import { routes } from './router';

function serveEmptyServer() {
  mockFetch({
    '/api/v1/auth/session': () => ({ body: sessionFixture() }),
    '/api/v1/instruments': () => ({ body: { items: [], total: 0 } }),
    '/api/v1/strategies': () => ({ body: { items: [] } }),
    '/api/v1/backtests': () => ({ body: { items: [] } }),
    '/api/v1/sweeps': () => ({ body: { items: [] } }),
    '/actuator/health/readiness': () => ({ body: { status: 'UP' } }),
  });
}

describe('routes', () => {
  it('redirects / to /markets', async () => {
    serveEmptyServer();
    const { router } = renderRoutes(routes, '/');
    await waitFor(() => expect(router.state.location.pathname).toBe('/markets'));
    expect(await screen.findByRole('heading', { level: 1, name: 'Markets' })).toBeInTheDocument();
    expect(await screen.findByText('Server ready')).toBeInTheDocument();
  });

  it('shows a not-found page for unknown routes', async () => {
    serveEmptyServer();
    renderRoutes(routes, '/nowhere/at/all');
    expect(await screen.findByRole('heading', { name: 'Page not found' })).toBeInTheDocument();
    expect(screen.getByText('/nowhere/at/all')).toBeInTheDocument();
  });

  it.each(PLANNED_MODULES.map((module) => [module.path, module.title]))(
    '%s says what the module will do and that it is not available yet',
    async (path, title) => {
      serveEmptyServer();
      renderRoutes(routes, path);
      expect(await screen.findByRole('heading', { level: 1, name: title })).toBeInTheDocument();
      expect(screen.getByRole('main')).toHaveTextContent(/not available in this build yet/);
      expect(screen.getByRole('link', { name: title })).toHaveClass('active');
    },
  );

  it('routes /backtests to the backtest screen, not a placeholder', async () => {
    serveEmptyServer();
    renderRoutes(routes, '/backtests');
    expect(await screen.findByRole('heading', { level: 1, name: 'Backtests' })).toBeInTheDocument();
    // the form waits for the session: backtests are the signed-in user's
    expect(
      await screen.findByRole('heading', { level: 2, name: 'New backtest' }),
    ).toBeInTheDocument();
    expect(await screen.findByText('No backtests kept yet.')).toBeInTheDocument();
    expect(await screen.findByText('No sweeps yet.')).toBeInTheDocument();
    expect(screen.getByRole('main')).not.toHaveTextContent(/not available in this build yet/);
    expect(screen.getByRole('link', { name: 'Backtests' })).toHaveClass('active');
    expect(PLANNED_MODULES.map((module) => module.path)).not.toContain('/backtests');
  });

  it('routes /advisor to the advisor, not a placeholder, and /advisor/:chatId to a chat', async () => {
    const chat = {
      id: '5f0c2a9e-1b7d-4c3e-8a9f-0d1e2f3a4b5c',
      title: 'How is BTC doing?',
      createdAt: '2026-05-04T09:00:00Z',
      updatedAt: '2026-05-04T09:30:00Z',
    };
    mockFetch({
      '/api/v1/auth/session': () => ({ body: sessionFixture() }),
      '/api/v1/users/profile': () => ({ body: profileFixture() }),
      '/api/v1/chats': () => ({ body: { items: [chat] } }),
      '/api/v1/advisor/profile': () => ({ body: advisorProfileFixture() }),
      [`/api/v1/chats/${chat.id}`]: () => ({ body: { chat, messages: [] } }),
      '/actuator/health/readiness': () => ({ body: { status: 'UP' } }),
    });
    const user = userEvent.setup();
    const { router } = renderRoutes(routes, '/advisor');
    expect(await screen.findByRole('heading', { level: 1, name: 'Advisor' })).toBeInTheDocument();
    expect(await screen.findByRole('heading', { level: 2, name: 'New chat' })).toBeInTheDocument();
    expect(screen.getByRole('main')).not.toHaveTextContent(/not available in this build yet/);
    expect(screen.getByRole('link', { name: 'Advisor' })).toHaveClass('active');
    expect(PLANNED_MODULES.map((module) => module.path)).not.toContain('/advisor');

    await user.click(await screen.findByRole('link', { name: /How is BTC doing\?/ }));
    await waitFor(() => expect(router.state.location.pathname).toBe(`/advisor/${chat.id}`));
    expect(
      await screen.findByRole('heading', { level: 2, name: 'How is BTC doing?' }),
    ).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Advisor' })).toHaveClass('active');
  });

  it('routes /shadow-portfolio to the shadow portfolio, reached from the navigation', async () => {
    mockFetch({
      '/api/v1/auth/session': () => ({ body: sessionFixture() }),
      '/api/v1/users/profile': () => ({ body: profileFixture() }),
      '/api/v1/shadow-portfolio': () => ({
        body: {
          asOf: '2026-05-10T00:00:00Z',
          calls: [],
          scorecard: { calls: 0, open: 0, closed: 0, byHorizon: [], calibration: [], curve: [] },
        },
      }),
      '/actuator/health/readiness': () => ({ body: { status: 'UP' } }),
    });
    renderRoutes(routes, '/shadow-portfolio');
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Shadow portfolio' }),
    ).toBeInTheDocument();
    expect(await screen.findByTestId('shadow-empty')).toHaveTextContent('No calls tracked yet');
    expect(screen.getByRole('link', { name: 'Shadow portfolio' })).toHaveClass('active');
  });

  it('routes /backtests/:id to that backtest', async () => {
    mockFetch({
      '/api/v1/auth/session': () => ({ body: sessionFixture() }),
      '/api/v1/backtests/3f0f6c2e-5d1a-4a7e-9b0c-2f1e8d6a4b3c': () => ({
        status: 404,
        body: { title: 'Not Found', status: 404, code: 'backtest-not-found', detail: 'gone' },
      }),
      '/api/v1/instruments': () => ({ body: { items: [], total: 0 } }),
      '/actuator/health/readiness': () => ({ body: { status: 'UP' } }),
    });
    renderRoutes(routes, '/backtests/3f0f6c2e-5d1a-4a7e-9b0c-2f1e8d6a4b3c');
    expect(
      await screen.findByRole('heading', { level: 1, name: 'No backtest with this id' }),
    ).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Backtests' })).toHaveClass('active');
  });

  it('opens the sweep form from ?mode=sweep and keeps the mode in the URL', async () => {
    serveEmptyServer();
    const { router } = renderRoutes(routes, '/backtests?mode=sweep');
    expect(await screen.findByRole('heading', { level: 2, name: 'New sweep' })).toBeInTheDocument();
    screen.getByRole('button', { name: 'Single run' }).click();
    await waitFor(() => expect(router.state.location.search).toBe(''));
    expect(
      await screen.findByRole('heading', { level: 2, name: 'New backtest' }),
    ).toBeInTheDocument();
  });

  it('routes /backtests/sweeps/:id to that sweep', async () => {
    mockFetch({
      '/api/v1/auth/session': () => ({ body: sessionFixture() }),
      '/api/v1/sweeps/0b0f6c2e-5d1a-4a7e-9b0c-2f1e8d6a4b3c': () => ({
        status: 404,
        body: { title: 'Not Found', status: 404, code: 'sweep-not-found', detail: 'gone' },
      }),
      '/actuator/health/readiness': () => ({ body: { status: 'UP' } }),
    });
    renderRoutes(routes, '/backtests/sweeps/0b0f6c2e-5d1a-4a7e-9b0c-2f1e8d6a4b3c');
    expect(
      await screen.findByRole('heading', { level: 1, name: 'No sweep with this id' }),
    ).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Backtests' })).toHaveClass('active');
  });

  it('lists every module in the navigation', async () => {
    serveEmptyServer();
    renderRoutes(routes, '/markets');
    const nav = await screen.findByRole('navigation', { name: 'Main' });
    expect([...nav.querySelectorAll('a')].map((link) => link.textContent)).toEqual([
      'Markets',
      'Backtests',
      'Watchlists',
      'Bots',
      'Trading accounts',
      'Advisor',
      'Shadow portfolio',
      ...PLANNED_MODULES.map((module) => module.title),
      'Settings',
    ]);
  });

  it('names the navigation in Korean when the page is Korean', async () => {
    serveEmptyServer();
    renderRoutes(routes, '/markets', { locale: 'ko' });
    const nav = await screen.findByRole('navigation', { name: '주 메뉴' });
    expect(within(nav).getByRole('link', { name: '관심 종목' })).toHaveAttribute(
      'href',
      '/watchlists',
    );
    expect(within(nav).getByRole('link', { name: '설정' })).toBeInTheDocument();
  });
});

describe('account routes', () => {
  afterEach(() => setSessionHint(false));

  it('an anonymous visitor costs no session request and sees the ways in', async () => {
    const { calls } = mockFetch({
      '/api/v1/instruments': () => ({ body: { items: [], total: 0 } }),
      '/actuator/health/readiness': () => ({ body: { status: 'UP' } }),
    });
    renderRoutes(routes, '/markets');
    const menu = await screen.findByTestId('account-menu');
    expect(within(menu).getByRole('link', { name: 'Sign in' })).toHaveAttribute('href', '/sign-in');
    expect(within(menu).getByRole('link', { name: 'Sign up' })).toHaveAttribute('href', '/sign-up');
    expect(calls.map((url) => url.pathname)).not.toContain('/api/v1/auth/session');
  });

  it('sends a signed-out visitor of /watchlists to sign in, and back after signing in', async () => {
    let signedIn = false;
    mockFetch({
      '/api/v1/auth/session': () =>
        signedIn
          ? { body: sessionFixture() }
          : {
              status: 401,
              body: { title: 'Sign-in required', status: 401, code: 'unauthenticated' },
            },
      '/api/v1/auth/login': () => {
        signedIn = true;
        setSessionHint(true);
        return { body: sessionFixture() };
      },
      '/api/v1/users/profile': () => ({ body: profileFixture() }),
      '/api/v1/users/watchlists': () => ({
        body: { items: [watchlistFixture({ symbols: ['SPY'] })] },
      }),
      '/actuator/health/readiness': () => ({ body: { status: 'UP' } }),
    });
    const user = userEvent.setup();
    const { router } = renderRoutes(routes, '/watchlists?list=x');
    await waitFor(() => expect(router.state.location.pathname).toBe('/sign-in'));
    expect(router.state.location.search).toBe(`?next=${encodeURIComponent('/watchlists?list=x')}`);
    await user.type(await screen.findByLabelText('Email'), 'jane@example.com');
    await user.type(screen.getByLabelText('Password'), 'violet canoe drums at noon');
    await user.click(screen.getByRole('button', { name: 'Sign in' }));
    await waitFor(() => expect(router.state.location.pathname).toBe('/watchlists'));
    expect(await screen.findByRole('link', { name: 'SPY' })).toHaveAttribute(
      'href',
      '/markets/SPY',
    );
    expect(screen.getByTestId('account-name')).toHaveTextContent('Jane');
  });

  it('sends a signed-out visitor of /advisor to sign in without asking for any chat', async () => {
    const { calls } = mockFetch({
      '/api/v1/auth/session': () => ({
        status: 401,
        body: { title: 'Sign-in required', status: 401, code: 'unauthenticated' },
      }),
      '/actuator/health/readiness': () => ({ body: { status: 'UP' } }),
    });
    const { router } = renderRoutes(routes, '/advisor');
    await waitFor(() => expect(router.state.location.pathname).toBe('/sign-in'));
    expect(router.state.location.search).toBe(`?next=${encodeURIComponent('/advisor')}`);
    expect(calls.map((url) => url.pathname).filter((p) => p.startsWith('/api/v1/chats'))).toEqual(
      [],
    );
  });

  it.each([
    ['/backtests?mode=sweep'],
    ['/backtests/3f0f6c2e-5d1a-4a7e-9b0c-2f1e8d6a4b3c'],
    ['/backtests/sweeps/0b0f6c2e-5d1a-4a7e-9b0c-2f1e8d6a4b3c'],
  ])(
    'sends a signed-out visitor of %s to sign in without asking for any backtest',
    async (path) => {
      const { calls } = mockFetch({
        '/api/v1/auth/session': () => ({
          status: 401,
          body: { title: 'Sign-in required', status: 401, code: 'unauthenticated' },
        }),
        '/actuator/health/readiness': () => ({ body: { status: 'UP' } }),
      });
      const { router } = renderRoutes(routes, path);
      await waitFor(() => expect(router.state.location.pathname).toBe('/sign-in'));
      expect(router.state.location.search).toBe(`?next=${encodeURIComponent(path)}`);
      const asked = calls.map((url) => url.pathname);
      expect(asked.filter((p) => p.startsWith('/api/v1/backtests'))).toEqual([]);
      expect(asked.filter((p) => p.startsWith('/api/v1/sweeps'))).toEqual([]);
    },
  );

  it('a Korean profile turns the interface Korean after sign-in', async () => {
    setSessionHint(true);
    mockFetch({
      '/api/v1/auth/session': () => ({ body: sessionFixture() }),
      '/api/v1/users/profile': () => ({ body: profileFixture({ locale: 'ko' }) }),
      '/api/v1/instruments': () => ({ body: { items: [], total: 0 } }),
      '/actuator/health/readiness': () => ({ body: { status: 'UP' } }),
    });
    renderRoutes(routes, '/markets');
    expect(await screen.findByRole('button', { name: '로그아웃' })).toBeInTheDocument();
    expect(screen.getByRole('navigation', { name: '주 메뉴' })).toBeInTheDocument();
  });

  it('routes an administrator without two-factor authentication to set it up', async () => {
    setSessionHint(true);
    try {
      const { calls } = mockFetch({
        '/api/v1/auth/session': () => ({
          body: sessionFixture({ role: 'ADMIN', secondFactorEnrolmentRequired: true }),
        }),
        '/api/v1/users/2fa': () => ({
          body: { enabled: false, recoveryCodesLeft: 0, required: true },
        }),
        '/actuator/health/readiness': () => ({ body: { status: 'UP' } }),
      });
      const { router } = renderRoutes(routes, '/watchlists');
      await waitFor(() => expect(router.state.location.pathname).toBe('/settings/security'));
      expect(
        await screen.findByRole('heading', { level: 1, name: 'Sign-in security' }),
      ).toBeInTheDocument();
      expect(await screen.findByRole('button', { name: 'Set up' })).toBeInTheDocument();
      expect(screen.getByText(/set up two-factor authentication before you use/)).toBeVisible();
      // The server refuses everything else until then, the profile too.
      expect(calls.map((url) => url.pathname)).not.toContain('/api/v1/users/profile');
    } finally {
      setSessionHint(false);
    }
  });
});
