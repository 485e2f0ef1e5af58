import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';

import { mockFetch } from '@/testing/mock-fetch';
import { renderRoutes } from '@/testing/render';

import type { StaffAccount } from '../api/types';
import { staffAccountFixture, staffAccountPageFixture } from '../testing/fixtures';

import { UserListView } from './user-list-view';
import type { Viewer } from './user-row';

const ADMIN_ID = '3f0e4a57-4f1b-4a53-9a0e-1f6f5e4b2c11';
const ME = staffAccountFixture({
  id: ADMIN_ID,
  email: 'admin@example.com',
  displayName: 'Ada',
  role: 'ADMIN',
  createdAt: '2026-05-01T00:00:00Z',
});
const JANE = staffAccountFixture();
const BOB = staffAccountFixture({
  id: '0c9d8e7f-6a5b-4c3d-2e1f-0a9b8c7d6e5f',
  email: 'bob@example.com',
  displayName: undefined,
  tier: 'PRO',
  emailVerified: false,
  locked: true,
  lockedAt: '2026-05-05T01:00:00Z',
});
const SIGN_IN_LOCKED = staffAccountFixture({
  id: '1a2b3c4d-5e6f-4a7b-8c9d-0e1f2a3b4c5d',
  email: 'carol@example.com',
  signInLockedUntil: '2999-01-01T00:00:00Z',
});

interface Call {
  method: string;
  path: string;
  body?: unknown;
}

/** Serves the accounts as the server filters them (email and locked), and records each action. */
function serve(accounts: StaffAccount[] = [JANE, BOB, ME]) {
  const asked: URLSearchParams[] = [];
  const actions: Call[] = [];
  const byId = new Map(accounts.map((account) => [account.id, { ...account }]));
  const routes: Parameters<typeof mockFetch>[0] = {
    '/api/v1/accounts': (url) => {
      asked.push(url.searchParams);
      const email = url.searchParams.get('email');
      if (email === 'not-an-email') {
        return {
          status: 400,
          body: {
            title: 'Invalid request',
            status: 400,
            code: 'invalid-request',
            errors: [{ field: 'email', message: 'must be a whole email address' }],
          },
        };
      }
      const locked = url.searchParams.get('locked');
      const rows = [...byId.values()].filter(
        (row) => (!email || row.email === email) && (!locked || String(row.locked) === locked),
      );
      const page = Number(url.searchParams.get('page'));
      const size = Number(url.searchParams.get('size'));
      return {
        body: staffAccountPageFixture(rows.slice(page * size, page * size + size), {
          page,
          size,
          total: rows.length,
        }),
      };
    },
  };
  for (const account of accounts) {
    const base = `/api/v1/accounts/${account.id}`;
    const change = (path: string, apply: (row: StaffAccount, body: unknown) => void) => {
      routes[path] = async (_url, request) => {
        const body: unknown = request.headers.get('content-type')?.includes('json')
          ? await request.json()
          : undefined;
        actions.push({ method: request.method, path, body });
        if (account.id === ADMIN_ID) {
          return {
            status: 409,
            body: {
              title: 'Conflict',
              status: 409,
              code: 'own-account',
              detail: 'You cannot change your own account here.',
            },
          };
        }
        const row = byId.get(account.id);
        if (!row) return { status: 404 };
        apply(row, body);
        return request.method === 'DELETE' && path.endsWith('/sessions')
          ? { status: 204 }
          : { body: row };
      };
    };
    change(`${base}/role`, (row, body) => Object.assign(row, body));
    change(`${base}/lock`, (row) => {
      row.locked = !row.locked;
      row.lockedAt = row.locked ? '2026-05-05T12:00:00Z' : undefined;
    });
    change(`${base}/sessions`, () => {});
  }
  mockFetch(routes);
  return { asked, actions };
}

function renderView(viewer: Viewer, url = '/admin/users', locale: 'en' | 'ko' = 'en') {
  return renderRoutes(
    [{ path: '/admin/users', element: <UserListView timeZone="Asia/Seoul" viewer={viewer} /> }],
    url,
    { locale },
  );
}

const ADMIN: Viewer = { id: ADMIN_ID, canManage: true };
const SUPPORT: Viewer = { id: '9f8e7d6c-5b4a-4392-8170-6f5e4d3c2b1a', canManage: false };

function row(email: string): HTMLElement {
  const found = screen
    .getAllByTestId('user-row')
    .find((element) => element.getAttribute('data-email') === email);
  if (!found) throw new Error(`no row for ${email}`);
  return found;
}

describe('UserListView', () => {
  it('lists users with their role, tier, verification and status in the reader’s zone', async () => {
    serve([JANE, BOB, SIGN_IN_LOCKED]);
    renderView(ADMIN);
    await screen.findAllByTestId('user-row');
    const jane = within(row('jane@example.com'));
    expect(jane.getByText('Jane')).toBeInTheDocument();
    expect(jane.getByLabelText('Role of jane@example.com')).toHaveValue('USER');
    expect(jane.getByLabelText('Tier of jane@example.com')).toHaveValue('FREE');
    expect(jane.getByText('Yes')).toBeInTheDocument();
    expect(jane.getByTestId('user-status')).toHaveTextContent('Active');
    // 23:30 UTC is 08:30 the next morning in Seoul
    expect(jane.getByText(/^May 5, 2026, 08:30/)).toBeInTheDocument();

    const bob = within(row('bob@example.com'));
    expect(bob.getByText('—')).toBeInTheDocument();
    expect(bob.getByText('No')).toBeInTheDocument();
    expect(bob.getByTestId('user-status')).toHaveTextContent(
      /^Locked by an administrator since May 5, 2026, 10:00/,
    );
    expect(bob.getByRole('button', { name: 'Unlock bob@example.com' })).toBeInTheDocument();
    expect(within(row('carol@example.com')).getByTestId('user-status')).toHaveTextContent(
      /^Sign-in locked until Jan 1, 2999, 09:00/,
    );
    expect(screen.getByTestId('users-range')).toHaveTextContent('Users 1–3 of 3');
  });

  it('keeps the filters in the URL and asks the server for them', async () => {
    const { asked } = serve();
    const user = userEvent.setup();
    const { router } = renderView(ADMIN);
    await screen.findAllByTestId('user-row');
    expect(asked.at(-1)?.toString()).toBe('page=0&size=25');
    expect(screen.getByText(/there is no search by part of one/)).toBeInTheDocument();

    await user.type(screen.getByLabelText('Email'), 'bob@example.com');
    await user.selectOptions(screen.getByLabelText('Locked'), 'Locked');
    await user.selectOptions(screen.getByLabelText('Tier'), 'Pro');
    await user.click(screen.getByRole('button', { name: 'Apply filters' }));
    await waitFor(() =>
      expect(router.state.location.search).toBe('?email=bob%40example.com&tier=PRO&locked=true'),
    );
    await waitFor(() => expect(screen.getAllByTestId('user-row')).toHaveLength(1));
    expect(asked.at(-1)?.toString()).toBe(
      'email=bob%40example.com&tier=PRO&locked=true&page=0&size=25',
    );
    expect(screen.getByLabelText('Locked')).toHaveValue('true');

    await user.click(screen.getByRole('button', { name: 'Clear filters' }));
    await waitFor(() => expect(router.state.location.search).toBe(''));
    expect(screen.getByLabelText('Email')).toHaveValue('');
  });

  it('pages through the users', async () => {
    serve();
    const user = userEvent.setup();
    const { router } = renderView(ADMIN, '/admin/users?size=2');
    expect(await screen.findByTestId('users-range')).toHaveTextContent('Users 1–2 of 3');
    await user.click(screen.getByRole('button', { name: 'Next' }));
    await waitFor(() => expect(router.state.location.search).toBe('?page=1&size=2'));
    expect(await screen.findByTestId('users-range')).toHaveTextContent('Users 3–3 of 3');
  });

  it('says when no account matches', async () => {
    serve();
    renderView(ADMIN, '/admin/users?email=nobody%40example.com');
    expect(await screen.findByText('No account matches these filters.')).toBeInTheDocument();
  });

  it('shows the server’s reason under a refused filter', async () => {
    serve();
    renderView(ADMIN, '/admin/users?email=not-an-email');
    expect(await screen.findByTestId('user-filter-email-error')).toHaveTextContent(
      'must be a whole email address',
    );
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });

  it('locks a user after confirmation, then unlocks them', async () => {
    const { actions } = serve();
    const user = userEvent.setup();
    renderView(ADMIN);
    await screen.findAllByTestId('user-row');
    await user.click(screen.getByRole('button', { name: 'Lock jane@example.com' }));
    expect(actions).toEqual([]);
    expect(screen.getByRole('alert')).toHaveTextContent(
      'Lock jane@example.com? They are signed out everywhere',
    );
    await user.click(
      within(screen.getByTestId('user-confirm')).getByRole('button', { name: 'Lock' }),
    );
    expect(await screen.findByTestId('users-notice')).toHaveTextContent('Locked jane@example.com.');
    expect(actions).toEqual([
      { method: 'PUT', path: `/api/v1/accounts/${JANE.id}/lock`, body: undefined },
    ]);
    await waitFor(() =>
      expect(within(row('jane@example.com')).getByTestId('user-status')).toHaveTextContent(
        /^Locked by an administrator/,
      ),
    );
    expect(screen.queryByTestId('user-confirm')).not.toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Unlock jane@example.com' }));
    await waitFor(() =>
      expect(screen.getByTestId('users-notice')).toHaveTextContent('Unlocked jane@example.com.'),
    );
    expect(actions.at(-1)).toEqual({
      method: 'DELETE',
      path: `/api/v1/accounts/${JANE.id}/lock`,
      body: undefined,
    });
    await waitFor(() =>
      expect(within(row('jane@example.com')).getByTestId('user-status')).toHaveTextContent(
        'Active',
      ),
    );
  });

  it('ends a user’s sessions only once confirmed, and can be cancelled', async () => {
    const { actions } = serve();
    const user = userEvent.setup();
    renderView(ADMIN);
    await screen.findAllByTestId('user-row');
    const endBob = screen.getByRole('button', { name: 'End every session of bob@example.com' });
    await user.click(endBob);
    expect(endBob).toHaveAttribute('aria-expanded', 'true');
    await user.click(screen.getByRole('button', { name: 'Cancel' }));
    expect(screen.queryByTestId('user-confirm')).not.toBeInTheDocument();
    expect(actions).toEqual([]);

    await user.click(endBob);
    await user.click(
      within(screen.getByTestId('user-confirm')).getByRole('button', { name: 'End sessions' }),
    );
    expect(await screen.findByText('Ended every session of bob@example.com.')).toBeInTheDocument();
    expect(actions).toEqual([
      { method: 'DELETE', path: `/api/v1/accounts/${BOB.id}/sessions`, body: undefined },
    ]);
  });

  it('saves a changed role and tier', async () => {
    const { actions } = serve();
    const user = userEvent.setup();
    renderView(ADMIN);
    await screen.findAllByTestId('user-row');
    const save = screen.getByRole('button', { name: 'Save role and tier of jane@example.com' });
    expect(save).toBeDisabled();
    await user.selectOptions(screen.getByLabelText('Role of jane@example.com'), 'Support');
    await user.selectOptions(screen.getByLabelText('Tier of jane@example.com'), 'Pro');
    await user.click(save);
    expect(
      await screen.findByText('Saved the role and tier of jane@example.com; they were signed out.'),
    ).toBeInTheDocument();
    expect(actions).toEqual([
      {
        method: 'PUT',
        path: `/api/v1/accounts/${JANE.id}/role`,
        body: { role: 'SUPPORT', tier: 'PRO' },
      },
    ]);
    await waitFor(() =>
      expect(
        within(row('jane@example.com')).getByLabelText('Role of jane@example.com'),
      ).toHaveValue('SUPPORT'),
    );
  });

  it('shows the server’s detail when it refuses an action', async () => {
    serve();
    const user = userEvent.setup();
    // An out-of-date page may still offer the viewer's own account as someone else's.
    renderView({ ...ADMIN, id: 'somebody-else' });
    await screen.findAllByTestId('user-row');
    await user.click(screen.getByRole('button', { name: 'Lock admin@example.com' }));
    await user.click(
      within(screen.getByTestId('user-confirm')).getByRole('button', { name: 'Lock' }),
    );
    const problem = await screen.findByRole('heading', { name: 'Could not lock the account' });
    expect(problem.parentElement).toHaveTextContent('You cannot change your own account here.');
    expect(problem.parentElement).toHaveTextContent('own-account');
    expect(screen.getByTestId('users-notice')).toBeEmptyDOMElement();
  });

  it('offers no lock, role or tier change on the administrator’s own row', async () => {
    serve();
    renderView(ADMIN);
    await screen.findAllByTestId('user-row');
    const mine = within(row('admin@example.com'));
    expect(mine.getByText('you')).toBeInTheDocument();
    expect(mine.getByText('Administrator')).toBeInTheDocument();
    expect(mine.queryByRole('combobox')).not.toBeInTheDocument();
    expect(mine.queryByRole('button')).not.toBeInTheDocument();
    expect(mine.getByText(/Your own account/)).toBeInTheDocument();
  });

  it('shows support staff the masked list without any action', async () => {
    const masked = staffAccountFixture({ email: 'j***@example.com', displayName: 'J***' });
    serve([masked]);
    renderView(SUPPORT);
    const jane = within(await screen.findByTestId('user-row'));
    expect(jane.getByText('j***@example.com')).toBeInTheDocument();
    expect(jane.getByText('User')).toBeInTheDocument();
    expect(screen.queryByRole('columnheader', { name: 'Actions' })).not.toBeInTheDocument();
    expect(within(screen.getByTestId('users-table')).queryByRole('button')).not.toBeInTheDocument();
    expect(
      within(screen.getByTestId('users-table')).queryByRole('combobox'),
    ).not.toBeInTheDocument();
    expect(screen.getByText(/masked for support staff/)).toBeInTheDocument();
  });

  it('speaks Korean', async () => {
    serve();
    renderView(ADMIN, '/admin/users', 'ko');
    await screen.findAllByTestId('user-row');
    expect(screen.getByRole('button', { name: '필터 적용' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'jane@example.com 잠그기' })).toBeInTheDocument();
    expect(screen.getByTestId('users-range')).toHaveTextContent('전체 3명 중 1–3번째');
  });
});
