import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';

import type { Session } from '@/features/account/api/types';
import {
  profileFixture,
  sessionFixture,
  setSessionHint,
} from '@/features/account/testing/fixtures';
import {
  staffAccountFixture,
  staffAccountPageFixture,
  systemHealthFixture,
} from '@/features/admin/testing/fixtures';
import { mockFetch } from '@/testing/mock-fetch';
import { renderRoutes } from '@/testing/render';

import { routes } from '../router';

afterEach(() => setSessionHint(false));

const ADMIN = sessionFixture({ role: 'ADMIN', secondFactorVerified: true });
const SUPPORT = sessionFixture({ role: 'SUPPORT' });

function serve(session: Session | null) {
  setSessionHint(session !== null);
  return mockFetch({
    '/api/v1/auth/session': () =>
      session
        ? { body: session }
        : { status: 401, body: { title: 'Unauthorized', status: 401, code: 'unauthenticated' } },
    '/api/v1/users/profile': () => ({ body: profileFixture({ timeZone: 'Asia/Seoul' }) }),
    '/api/v1/admin/health': () => ({ body: systemHealthFixture() }),
    '/api/v1/accounts': () => ({ body: staffAccountPageFixture([staffAccountFixture()]) }),
    '/api/v1/instruments': () => ({ body: { items: [], total: 0 } }),
    '/actuator/health/readiness': () => ({ body: { status: 'UP' } }),
  });
}

const asked = (calls: URL[]) => calls.map((url) => url.pathname);

describe('/admin', () => {
  it('shows an administrator the server’s health and the ways to users and the audit log', async () => {
    serve(ADMIN);
    renderRoutes(routes, '/admin');
    expect(await screen.findByRole('heading', { level: 1, name: 'Administration' })).toBeVisible();
    expect(await screen.findByTestId('health-status')).toHaveTextContent('Up');
    const main = within(screen.getByRole('main'));
    expect(main.getByRole('link', { name: 'Users' })).toHaveAttribute('href', '/admin/users');
    expect(main.getByRole('link', { name: 'Audit log' })).toHaveAttribute('href', '/admin/audit');
    expect(screen.getByRole('link', { name: 'Admin' })).toHaveClass('active');
  });

  it('shows support staff the way to users only, without asking for the health', async () => {
    const { calls } = serve(SUPPORT);
    renderRoutes(routes, '/admin');
    const main = within(screen.getByRole('main'));
    expect(await main.findByRole('link', { name: 'Users' })).toBeVisible();
    expect(main.queryByRole('link', { name: 'Audit log' })).not.toBeInTheDocument();
    expect(asked(calls)).not.toContain('/api/v1/admin/health');
  });

  it('tells a user it is not for them, without asking the server', async () => {
    const { calls } = serve(sessionFixture());
    renderRoutes(routes, '/admin/users');
    expect(await screen.findByRole('heading', { level: 2, name: 'Not allowed' })).toBeVisible();
    expect(asked(calls)).not.toContain('/api/v1/accounts');
    expect(screen.queryByRole('link', { name: 'Admin' })).not.toBeInTheDocument();
  });

  it('sends a signed-out visitor to sign in and back', async () => {
    serve(null);
    const { router } = renderRoutes(routes, '/admin/users?locked=true');
    await waitFor(() => expect(router.state.location.pathname).toBe('/sign-in'));
    expect(router.state.location.search).toBe(
      `?next=${encodeURIComponent('/admin/users?locked=true')}`,
    );
  });
});

describe('the navigation', () => {
  it('offers Admin as soon as an administrator signs in, and drops it at sign-out', async () => {
    let signedIn = false;
    mockFetch({
      '/api/v1/auth/session': () =>
        signedIn
          ? { body: ADMIN }
          : { status: 401, body: { title: 'Unauthorized', status: 401, code: 'unauthenticated' } },
      '/api/v1/auth/login': () => {
        signedIn = true;
        setSessionHint(true);
        return { body: ADMIN };
      },
      '/api/v1/auth/logout': () => {
        signedIn = false;
        setSessionHint(false);
        return { status: 204 };
      },
      '/api/v1/users/profile': () => ({ body: profileFixture() }),
      '/api/v1/instruments': () => ({ body: { items: [], total: 0 } }),
      '/actuator/health/readiness': () => ({ body: { status: 'UP' } }),
    });
    const user = userEvent.setup();
    const { router } = renderRoutes(routes, '/sign-in');
    const nav = within(await screen.findByRole('navigation', { name: 'Main' }));
    await user.type(await screen.findByLabelText('Email'), 'jane@example.com');
    await user.type(screen.getByLabelText('Password'), 'violet canoe drums at noon');
    expect(nav.queryByRole('link', { name: 'Admin' })).not.toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Sign in' }));
    await waitFor(() => expect(router.state.location.pathname).toBe('/markets'));
    expect(await nav.findByRole('link', { name: 'Admin' })).toHaveAttribute('href', '/admin');
    await user.click(screen.getByRole('button', { name: 'Sign out' }));
    await waitFor(() => expect(nav.queryByRole('link', { name: 'Admin' })).not.toBeInTheDocument());
  });
});

describe('/admin/users', () => {
  it('lists accounts for support staff, without actions', async () => {
    serve(SUPPORT);
    renderRoutes(routes, '/admin/users');
    expect(await screen.findByRole('heading', { level: 1, name: 'Users' })).toBeVisible();
    expect(await screen.findByTestId('user-row')).toHaveTextContent('jane@example.com');
    expect(screen.queryByRole('button', { name: /^Lock / })).not.toBeInTheDocument();
  });

  it('offers administrators the actions', async () => {
    serve(ADMIN);
    renderRoutes(routes, '/admin/users');
    expect(
      await screen.findByRole('button', { name: 'Lock jane@example.com' }),
    ).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Admin' })).toHaveAttribute('href', '/admin');
  });
});

describe('/settings', () => {
  it('links staff to administration and users, and only administrators to the audit log', async () => {
    serve(SUPPORT);
    renderRoutes(routes, '/settings');
    const main = within(screen.getByRole('main'));
    expect(await main.findByRole('link', { name: 'Administration' })).toHaveAttribute(
      'href',
      '/admin',
    );
    expect(main.getByRole('link', { name: 'Users' })).toHaveAttribute('href', '/admin/users');
    expect(main.queryByRole('link', { name: 'Audit log' })).not.toBeInTheDocument();
  });

  it('shows none of them to a user', async () => {
    serve(sessionFixture());
    renderRoutes(routes, '/settings');
    expect(await screen.findByLabelText('Time zone')).toBeInTheDocument();
    const main = within(screen.getByRole('main'));
    expect(main.queryByRole('link', { name: 'Administration' })).not.toBeInTheDocument();
    expect(main.queryByRole('link', { name: 'Users' })).not.toBeInTheDocument();
  });
});
