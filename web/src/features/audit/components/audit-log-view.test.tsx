import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';

import { mockFetch } from '@/testing/mock-fetch';
import { renderRoutes } from '@/testing/render';

import type { AuditVerification } from '../api/types';
import { auditPageFixture, auditRowFixture } from '../testing/fixtures';

import { AuditLogView } from './audit-log-view';

const SIGNED_IN = auditRowFixture({ seq: 2 });
const KEY_CREATED = auditRowFixture({
  seq: 1,
  action: 'api-key.created',
  entityType: 'api-key',
  entityId: '5a1c9e2f-7b3d-4c8e-9f10-2a3b4c5d6e7f',
  newValue: '{"scopes":"read"}',
});

/** Serves rows as the server filters them (action only), 1 a page, and the given verification. */
function serve(verification?: AuditVerification) {
  const asked: URLSearchParams[] = [];
  const mock = mockFetch({
    '/api/v1/admin/audit': (url) => {
      asked.push(url.searchParams);
      if (url.searchParams.get('from') === 'nonsense') {
        return {
          status: 400,
          body: {
            title: 'Invalid request',
            status: 400,
            code: 'invalid-request',
            errors: [
              { field: 'from', message: 'must be an ISO 8601 instant, e.g. 2026-05-01T00:00:00Z' },
            ],
          },
        };
      }
      const action = url.searchParams.get('action');
      const rows = [SIGNED_IN, KEY_CREATED].filter((row) => !action || row.action === action);
      const page = Number(url.searchParams.get('page'));
      const size = Number(url.searchParams.get('size'));
      return {
        body: auditPageFixture(rows.slice(page * size, page * size + size), {
          page,
          size,
          total: rows.length,
        }),
      };
    },
    '/api/v1/admin/audit/verify': () => ({
      body: verification ?? { intact: true, rowsChecked: 2, lastSeq: 2 },
    }),
  });
  return { ...mock, asked };
}

function renderView(url = '/admin/audit', locale: 'en' | 'ko' = 'en') {
  return renderRoutes(
    [{ path: '/admin/audit', element: <AuditLogView timeZone="Asia/Seoul" /> }],
    url,
    { locale },
  );
}

describe('AuditLogView', () => {
  it('lists rows in the reader’s zone and expands one to its values', async () => {
    serve();
    const user = userEvent.setup();
    renderView();
    const rows = await screen.findAllByTestId('audit-row');
    expect(rows).toHaveLength(2);
    const first = within(rows[0] as HTMLElement);
    // 23:30:15 UTC is 08:30:15 the next morning in Seoul
    expect(first.getByText(/^May 5, 2026, 08:30:15/)).toBeInTheDocument();
    expect(first.getByRole('link', { name: 'user.signed-in' })).toHaveAttribute(
      'href',
      '/admin/audit?action=user.signed-in',
    );
    expect(first.getByText('c7677b45-2dc2-4664-8c91-e731628d75a8')).toBeInTheDocument();
    expect(first.getByText('127.0.0.1')).toBeInTheDocument();

    const toggle = within(rows[1] as HTMLElement).getByRole('button', {
      name: 'Show details of row 1',
    });
    expect(toggle).toHaveAttribute('aria-expanded', 'false');
    await user.click(toggle);
    expect(toggle).toHaveAttribute('aria-expanded', 'true');
    const details = screen.getByTestId('audit-details');
    expect(within(details).getByText(/"scopes": "read"/)).toBeInTheDocument();
    expect(within(details).getByText('None recorded.')).toBeInTheDocument();
    expect(within(details).getByText('Mozilla/5.0 (X11; Linux x86_64)')).toBeInTheDocument();
    await user.click(toggle);
    expect(screen.queryByTestId('audit-details')).not.toBeInTheDocument();
  });

  it('keeps the filters in the URL, asks the server for them and exports the same rows', async () => {
    const { asked } = serve();
    const user = userEvent.setup();
    const { router } = renderView();
    await screen.findAllByTestId('audit-row');
    expect(screen.getByTestId('audit-export')).toHaveAttribute(
      'href',
      '/api/v1/admin/audit/export.csv',
    );

    await user.type(screen.getByLabelText('Action'), 'api-key.created');
    // 09:00 in Seoul is midnight UTC
    await user.type(screen.getByLabelText('From'), '2026-05-01T09:00');
    await user.click(screen.getByRole('button', { name: 'Apply filters' }));
    await waitFor(() =>
      expect(router.state.location.search).toBe(
        '?action=api-key.created&from=2026-05-01T00%3A00%3A00Z',
      ),
    );
    await waitFor(() => expect(screen.getAllByTestId('audit-row')).toHaveLength(1));
    expect(asked.at(-1)?.toString()).toBe(
      'action=api-key.created&from=2026-05-01T00%3A00%3A00Z&page=0&size=50',
    );
    expect(screen.getByTestId('audit-export')).toHaveAttribute(
      'href',
      '/api/v1/admin/audit/export.csv?action=api-key.created&from=2026-05-01T00%3A00%3A00Z',
    );
    expect(screen.getByLabelText('From')).toHaveValue('2026-05-01T09:00');

    await user.click(screen.getByRole('button', { name: 'Clear filters' }));
    await waitFor(() => expect(router.state.location.search).toBe(''));
    expect(screen.getByLabelText('Action')).toHaveValue('');
  });

  it('pages through the rows', async () => {
    serve();
    const user = userEvent.setup();
    const { router } = renderView('/admin/audit?size=1');
    expect(await screen.findByTestId('audit-range')).toHaveTextContent('Rows 1–1 of 2');
    expect(screen.getByRole('button', { name: 'Previous' })).toBeDisabled();
    await user.click(screen.getByRole('button', { name: 'Next' }));
    await waitFor(() => expect(router.state.location.search).toBe('?page=1&size=1'));
    expect(await screen.findByText('api-key.created')).toBeInTheDocument();
    expect(screen.getByTestId('audit-range')).toHaveTextContent('Rows 2–2 of 2');
    expect(screen.getByRole('button', { name: 'Next' })).toBeDisabled();
  });

  it('says when no row matches', async () => {
    serve();
    renderView('/admin/audit?action=user.locked');
    expect(await screen.findByText('No rows match these filters.')).toBeInTheDocument();
  });

  it('shows the server’s reason under a filter it refused', async () => {
    serve();
    renderView('/admin/audit?from=nonsense');
    expect(await screen.findByTestId('audit-filter-from-error')).toHaveTextContent(
      'must be an ISO 8601 instant',
    );
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });

  it('verifies the chain and says it is intact', async () => {
    serve();
    const user = userEvent.setup();
    renderView();
    await user.click(screen.getByRole('button', { name: 'Verify chain' }));
    expect(await screen.findByTestId('audit-chain')).toHaveTextContent(
      'The chain is intact: 2 rows checked, through row 2.',
    );
  });

  it('shows where the chain first breaks, in Korean', async () => {
    serve({
      intact: false,
      rowsChecked: 16,
      lastSeq: 16,
      firstBroken: {
        seq: 17,
        kind: 'ROW_ALTERED',
        detail: 'seq 17: the row was changed: its contents hash to 1b4f, but it stores 6030',
        expected: '1b4f',
        found: '6030',
      },
    });
    const user = userEvent.setup();
    renderView('/admin/audit', 'ko');
    await user.click(screen.getByRole('button', { name: '체인 검증' }));
    const outcome = await screen.findByRole('alert');
    expect(outcome).toHaveTextContent('17번 행에서 체인이 끊어졌습니다.');
    expect(outcome).toHaveTextContent('기록된 뒤에 행 내용이 바뀌었습니다.');
    expect(outcome).toHaveTextContent('그 앞의 16행은 온전합니다.');
    expect(within(outcome).getByText('1b4f')).toBeInTheDocument();
  });
});
