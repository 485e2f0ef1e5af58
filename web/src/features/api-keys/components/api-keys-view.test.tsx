import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';

import { mockFetch } from '@/testing/mock-fetch';
import { renderRoutes } from '@/testing/render';

import type { ApiKey, ApiKeyRequest } from '../api/types';
import { apiKeyFixture, issuedApiKeyFixture } from '../testing/fixtures';

import { ApiKeysView } from './api-keys-view';

const ROTATED_ID = '0e0e0e0e-1111-4222-8333-444455556666';

/** A key store that behaves like the server's: create, rotate and delete change the list. */
function serve(initial: ApiKey[] = []) {
  let keys = [...initial];
  const requests: { method: string; path: string; body: unknown }[] = [];
  const mock = mockFetch({
    '/api/v1/users/api-keys': async (url, request) => {
      if (request.method === 'GET') return { body: { items: keys } };
      const body = (await request.json()) as ApiKeyRequest;
      requests.push({ method: request.method, path: url.pathname, body });
      if (body.name === 'taken') {
        return {
          status: 400,
          body: {
            title: 'Invalid request',
            status: 400,
            code: 'invalid-request',
            detail: 'The request is invalid.',
            errors: [{ field: 'name', message: 'must be 1 to 64 characters' }],
          },
        };
      }
      const issued = issuedApiKeyFixture({
        id: '9b9b9b9b-aaaa-4bbb-8ccc-dddddddddddd',
        name: body.name,
        scopes: body.scopes,
      });
      keys = [...keys, issued.apiKey];
      return { status: 201, body: issued };
    },
    [`/api/v1/users/api-keys/${ROTATED_ID}/rotate`]: (url, request) => {
      requests.push({ method: request.method, path: url.pathname, body: null });
      const issued = issuedApiKeyFixture({
        id: ROTATED_ID,
        name: 'CI',
        rotatedAt: '2026-05-05T10:00:00Z',
      });
      keys = keys.map((key) => (key.id === ROTATED_ID ? issued.apiKey : key));
      return { body: { ...issued, key: 'sage_rotated_secret' } };
    },
    [`/api/v1/users/api-keys/${ROTATED_ID}`]: (url, request) => {
      requests.push({ method: request.method, path: url.pathname, body: null });
      keys = keys.filter((key) => key.id !== ROTATED_ID);
      return { status: 204 };
    },
  });
  return { ...mock, requests };
}

function renderView({
  admin = false,
  locale = 'en',
}: { admin?: boolean; locale?: 'en' | 'ko' } = {}) {
  return renderRoutes(
    [
      {
        path: '/settings/api-keys',
        element: <ApiKeysView timeZone="Asia/Seoul" canUseAdminScope={admin} />,
      },
    ],
    '/settings/api-keys',
    { locale },
  );
}

describe('ApiKeysView', () => {
  it('lists keys with their prefix, scopes and times in the reader’s zone', async () => {
    serve([
      apiKeyFixture({
        scopes: ['read', 'trade'],
        lastUsedAt: '2026-05-04T23:30:00Z',
      }),
      apiKeyFixture({
        id: ROTATED_ID,
        name: 'Old',
        expiresAt: '2020-01-01T00:00:00Z',
      }),
    ]);
    renderView();
    const rows = await screen.findAllByTestId('api-key-row');
    expect(rows).toHaveLength(2);
    const [first, second] = rows.map((row) => within(row));
    expect(first?.getByRole('rowheader')).toHaveTextContent('Nightly backtests');
    expect(first?.getByText('sage_5a1c9e2f…')).toBeInTheDocument();
    expect(first?.getByText('read, trade')).toBeInTheDocument();
    // 23:30 UTC is 08:30 the next morning in Seoul
    expect(first?.getByText(/^May 5, 2026, 08:30/)).toBeInTheDocument();
    expect(second?.getByText('expired')).toBeInTheDocument();
    expect(second?.getByText('Never')).toBeInTheDocument();
  });

  it('creates a key and shows it once, until the user says they copied it', async () => {
    const { requests } = serve();
    const user = userEvent.setup();
    renderView();
    expect(await screen.findByText('No API keys yet')).toBeInTheDocument();
    expect(screen.queryByRole('checkbox', { name: 'admin' })).not.toBeInTheDocument();

    await user.click(screen.getByRole('checkbox', { name: 'read' }));
    await user.click(screen.getByRole('button', { name: 'Create key' }));
    expect(screen.getByTestId('api-key-name-error')).toHaveTextContent('Enter a name.');
    expect(screen.getByTestId('api-key-scopes-error')).toHaveTextContent(
      'Choose at least one scope.',
    );
    expect(requests).toEqual([]);

    await user.type(screen.getByLabelText('Name'), '  Nightly backtests ');
    await user.click(screen.getByRole('checkbox', { name: 'read' }));
    await user.click(screen.getByRole('checkbox', { name: 'trade' }));
    await user.selectOptions(screen.getByLabelText('Expires after'), '30');
    await user.click(screen.getByRole('button', { name: 'Create key' }));

    const secret = await screen.findByTestId('revealed-api-key');
    expect(secret.textContent).toMatch(/^sage_9b9b9b9baaaa4bbb8cccdddddddddddd_/);
    expect(screen.getByRole('heading', { name: 'Your new key “Nightly backtests”' })).toHaveFocus();
    expect(screen.getByRole('alert')).toHaveTextContent('you won’t see it again');
    expect(requests).toEqual([
      {
        method: 'POST',
        path: '/api/v1/users/api-keys',
        body: { name: 'Nightly backtests', scopes: ['read', 'trade'], expiresInDays: 30 },
      },
    ]);
    expect(within(screen.getByTestId('api-keys-table')).getByText('read, trade')).toBeVisible();
    expect(screen.getByLabelText('Name')).toHaveValue('');

    await user.click(screen.getByRole('button', { name: 'Copy key' }));
    expect(await screen.findByText('Copied.')).toBeInTheDocument();
    expect(await navigator.clipboard.readText()).toBe(secret.textContent);

    await user.click(screen.getByRole('button', { name: 'I have copied it' }));
    expect(screen.queryByTestId('revealed-api-key')).not.toBeInTheDocument();
    expect(document.body).not.toHaveTextContent('s3cr3t');
    expect(JSON.stringify(localStorage)).not.toContain('s3cr3t');
    expect(JSON.stringify(sessionStorage)).not.toContain('s3cr3t');
  });

  it('shows the server’s reason under the field it names', async () => {
    serve();
    const user = userEvent.setup();
    renderView();
    await screen.findByText('No API keys yet');
    await user.type(screen.getByLabelText('Name'), 'taken');
    await user.click(screen.getByRole('button', { name: 'Create key' }));
    expect(await screen.findByTestId('api-key-name-error')).toHaveTextContent(
      'must be 1 to 64 characters',
    );
    expect(screen.getByLabelText('Name')).toHaveAttribute('aria-invalid', 'true');
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });

  it('offers the admin scope to administrators', async () => {
    const { requests } = serve();
    const user = userEvent.setup();
    renderView({ admin: true });
    await screen.findByText('No API keys yet');
    await user.type(screen.getByLabelText('Name'), 'Audit export');
    await user.click(screen.getByRole('checkbox', { name: 'admin' }));
    await user.click(screen.getByRole('button', { name: 'Create key' }));
    await screen.findByTestId('revealed-api-key');
    expect(requests[0]?.body).toEqual({
      name: 'Audit export',
      scopes: ['read', 'admin'],
      expiresInDays: 90,
    });
  });

  it('rotates a key after confirmation and shows the new one once', async () => {
    const { requests } = serve([apiKeyFixture({ id: ROTATED_ID, name: 'CI' })]);
    const user = userEvent.setup();
    renderView();
    await user.click(await screen.findByRole('button', { name: 'Rotate CI' }));
    expect(screen.getByRole('alert')).toHaveTextContent('The current key stops working at once.');
    await user.click(screen.getByRole('button', { name: 'Cancel' }));
    expect(requests).toEqual([]);

    await user.click(screen.getByRole('button', { name: 'Rotate CI' }));
    await user.click(screen.getByRole('button', { name: 'Rotate' }));
    expect(await screen.findByTestId('revealed-api-key')).toHaveTextContent('sage_rotated_secret');
    expect(screen.getByRole('heading', { name: 'The new secret of “CI”' })).toBeInTheDocument();
    expect(screen.getByText(/Rotated May 5, 2026/)).toBeInTheDocument();
    expect(requests).toEqual([
      { method: 'POST', path: `/api/v1/users/api-keys/${ROTATED_ID}/rotate`, body: null },
    ]);
  });

  it('deletes a key after confirmation, in Korean', async () => {
    const { requests } = serve([apiKeyFixture({ id: ROTATED_ID, name: 'CI' })]);
    const user = userEvent.setup();
    renderView({ locale: 'ko' });
    await user.click(await screen.findByRole('button', { name: 'CI 삭제' }));
    expect(screen.getByRole('alert')).toHaveTextContent('“CI”을(를) 삭제할까요?');
    await user.click(screen.getByRole('button', { name: '삭제' }));
    expect(await screen.findByText('아직 API 키가 없습니다')).toBeInTheDocument();
    expect(requests).toEqual([
      { method: 'DELETE', path: `/api/v1/users/api-keys/${ROTATED_ID}`, body: null },
    ]);
  });
});
