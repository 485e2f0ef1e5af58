import { screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';

import type { Session } from '@/features/account/api/types';
import {
  profileFixture,
  sessionFixture,
  setSessionHint,
} from '@/features/account/testing/fixtures';
import { auditPageFixture, auditRowFixture } from '@/features/audit/testing/fixtures';
import { mockFetch } from '@/testing/mock-fetch';
import { renderRoutes } from '@/testing/render';

import { routes } from '../router';

afterEach(() => setSessionHint(false));

function serve(session: Session | null) {
  setSessionHint(session !== null);
  return mockFetch({
    '/api/v1/auth/session': () =>
      session
        ? { body: session }
        : { status: 401, body: { title: 'Unauthorized', status: 401, code: 'unauthenticated' } },
    '/api/v1/users/profile': () => ({ body: profileFixture({ timeZone: 'Asia/Seoul' }) }),
    '/api/v1/admin/audit': () => ({ body: auditPageFixture([auditRowFixture()]) }),
    '/api/v1/users/api-keys': () => ({ body: { items: [] } }),
    '/actuator/health/readiness': () => ({ body: { status: 'UP' } }),
  });
}

describe('/admin/audit', () => {
  it('shows an administrator the log in their profile’s time zone', async () => {
    serve(sessionFixture({ role: 'ADMIN', secondFactorVerified: true }));
    renderRoutes(routes, '/admin/audit');
    expect(await screen.findByRole('heading', { level: 1, name: 'Audit log' })).toBeVisible();
    expect(await screen.findByText(/^May 5, 2026, 08:30:15/)).toBeInTheDocument();
  });

  it('tells anyone else they are not allowed, without asking for the log', async () => {
    const { calls } = serve(sessionFixture({ role: 'SUPPORT' }));
    renderRoutes(routes, '/admin/audit');
    expect(await screen.findByRole('heading', { level: 2, name: 'Not allowed' })).toBeVisible();
    expect(screen.getByText(/Only administrators may read the audit log/)).toBeVisible();
    expect(calls.map((url) => url.pathname)).not.toContain('/api/v1/admin/audit');
  });

  it('sends a signed-out visitor to sign in and back', async () => {
    serve(null);
    const { router } = renderRoutes(routes, '/admin/audit?action=user.signed-in');
    await waitFor(() => expect(router.state.location.pathname).toBe('/sign-in'));
    expect(router.state.location.search).toBe(
      `?next=${encodeURIComponent('/admin/audit?action=user.signed-in')}`,
    );
  });
});

describe('/settings', () => {
  it('links to API keys, and administrators to the audit log', async () => {
    serve(sessionFixture({ role: 'ADMIN', secondFactorVerified: true }));
    renderRoutes(routes, '/settings');
    expect(
      await screen.findByRole('link', { name: 'API keys for scripts and tools' }),
    ).toHaveAttribute('href', '/settings/api-keys');
    expect(await screen.findByRole('link', { name: 'Audit log' })).toHaveAttribute(
      'href',
      '/admin/audit',
    );
  });

  it('shows no audit link to a user', async () => {
    serve(sessionFixture());
    renderRoutes(routes, '/settings');
    expect(await screen.findByLabelText('Time zone')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'API keys for scripts and tools' })).toBeVisible();
    expect(screen.queryByRole('link', { name: 'Audit log' })).not.toBeInTheDocument();
  });
});

describe('/settings/api-keys', () => {
  it('lists the user’s keys under the settings', async () => {
    serve(sessionFixture());
    renderRoutes(routes, '/settings/api-keys');
    expect(await screen.findByRole('heading', { level: 1, name: 'API keys' })).toBeVisible();
    expect(await screen.findByText('No API keys yet')).toBeInTheDocument();
    expect(
      within(screen.getByRole('main')).getByRole('link', { name: 'Settings' }),
    ).toHaveAttribute('href', '/settings');
  });
});
