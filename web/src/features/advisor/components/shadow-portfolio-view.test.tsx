import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';

import { mockFetch } from '@/testing/mock-fetch';
import { renderRoutes } from '@/testing/render';

import type { ShadowReport } from '../api/types';
import {
  CALL_ID,
  CLOSED_CALL_ID,
  callFixture,
  emptyReportFixture,
  reportFixture,
} from '../testing/fixtures';

import { ShadowPortfolioView } from './shadow-portfolio-view';

// lightweight-charts draws on a canvas jsdom lacks; the figures and tables are the subject.
vi.mock('./shadow-performance-chart', () => ({
  ShadowPerformanceChart: ({ points }: { points: unknown[] }) => (
    <div data-testid="shadow-performance-chart" data-point-count={points.length} />
  ),
}));

function renderView({ locale = 'en' }: { locale?: 'en' | 'ko' } = {}) {
  return renderRoutes(
    [{ path: '/shadow-portfolio', element: <ShadowPortfolioView timeZone="UTC" /> }],
    '/shadow-portfolio',
    { locale },
  );
}

function serve(initial: ShadowReport, { removeStatus = 204 }: { removeStatus?: number } = {}) {
  let report = initial;
  const removed: string[] = [];
  const mock = mockFetch({
    '/api/v1/shadow-portfolio': () => ({ body: report }),
    [`/api/v1/shadow-portfolio/calls/${CALL_ID}`]: (_url, request) => {
      expect(request.method).toBe('DELETE');
      if (removeStatus !== 204) {
        return {
          status: removeStatus,
          body: {
            title: 'Not Found',
            status: removeStatus,
            code: 'call-not-found',
            detail: 'No call of yours with this id.',
          },
        };
      }
      removed.push(CALL_ID);
      report = { ...report, calls: report.calls.filter((call) => call.id !== CALL_ID) };
      return { status: 204 };
    },
  });
  return { ...mock, removed };
}

describe('ShadowPortfolioView', () => {
  it('shows the summary, the calls, the record by horizon, the calibration and the curve', async () => {
    serve(reportFixture());
    renderView();
    const summary = await screen.findByTestId('shadow-summary');
    expect(within(summary).getByTestId('summary-calls')).toHaveTextContent('2');
    expect(within(summary).getByTestId('summary-open')).toHaveTextContent('1');
    expect(within(summary).getByTestId('summary-closed')).toHaveTextContent('1');
    expect(within(summary).getByTestId('summary-hitRate')).toHaveTextContent('100.00%');
    expect(within(summary).getByTestId('summary-averageReturn')).toHaveTextContent('+6.25%');
    expect(within(summary).getByTestId('summary-averageReturn')).toHaveClass('up');
    expect(within(summary).getByTestId('summary-averageBuyAndHold')).toHaveTextContent('-6.25%');

    const calls = screen.getAllByTestId('shadow-call');
    expect(calls.map((row) => row.dataset.symbol)).toEqual(['BTC-USD', 'ETH-USD']);
    const [open, closed] = calls;
    expect(open).toHaveAttribute('data-status', 'OPEN');
    expect(open).toHaveTextContent('Buy');
    expect(open).toHaveTextContent('60% · 30 days');
    expect(open).toHaveTextContent('64,321.87');
    expect(open).toHaveTextContent('66,000.00');
    expect(within(open!).getByTestId('call-return')).toHaveTextContent('+2.61%');
    expect(within(open!).getByTestId('call-status')).toHaveTextContent('Open');
    expect(closed).toHaveAttribute('data-call-id', CLOSED_CALL_ID);
    expect(closed).toHaveTextContent('Sell');
    expect(closed).toHaveTextContent('Apr 8, 2026');
    expect(within(closed!).getByTestId('call-status')).toHaveTextContent('Closed · right');

    const horizon = screen.getByTestId('shadow-by-horizon');
    expect(within(horizon).getByRole('row', { name: /7 days/ })).toHaveTextContent(
      '7 days11100.00%+6.25%-6.25%',
    );
    const calibration = screen.getByTestId('shadow-calibration');
    expect(within(calibration).getByRole('row', { name: /70–80%/ })).toHaveTextContent(
      '70–80%170.00%100.00%',
    );
    expect(screen.getByTestId('shadow-performance-chart')).toHaveAttribute('data-point-count', '1');
    expect(screen.queryByTestId('shadow-empty')).not.toBeInTheDocument();
  });

  it('says so when no call is tracked yet, and points to the advisor', async () => {
    serve(emptyReportFixture());
    renderView();
    const empty = await screen.findByTestId('shadow-empty');
    expect(empty).toHaveTextContent('No calls tracked yet');
    expect(within(empty).getByRole('link', { name: 'Ask the advisor' })).toHaveAttribute(
      'href',
      '/advisor',
    );
    expect(screen.queryByTestId('shadow-calls-table')).not.toBeInTheDocument();
    expect(screen.queryByTestId('shadow-performance-chart')).not.toBeInTheDocument();
  });

  it('shows open calls without a record until one closes', async () => {
    const report = reportFixture();
    serve({
      ...report,
      calls: report.calls.filter((call) => call.status === 'OPEN'),
      scorecard: emptyReportFixture().scorecard,
    });
    renderView();
    expect(await screen.findAllByTestId('shadow-call')).toHaveLength(1);
    expect(screen.getByTestId('summary-hitRate')).toHaveTextContent('—');
    expect(screen.getByTestId('shadow-no-curve')).toBeInTheDocument();
    expect(screen.queryByTestId('shadow-performance-chart')).not.toBeInTheDocument();
    expect(screen.queryByTestId('shadow-by-horizon')).not.toBeInTheDocument();
  });

  it('shows when an open call is scored, not the date of its latest close', async () => {
    serve({
      ...reportFixture(),
      calls: [callFixture({ exitAt: '2026-05-09T00:00:00Z', exitPrice: 65000 })],
    });
    renderView();
    const row = await screen.findByTestId('shadow-call');
    // made on May 4 with a 30-day horizon: scored at the first close from June 3
    expect(within(row).getByTestId('call-closes')).toHaveTextContent('Jun 3, 2026');
    expect(row).toHaveTextContent('May 9, 2026');
  });

  it('removes a call and reads the portfolio again', async () => {
    const { removed } = serve(reportFixture());
    const user = userEvent.setup();
    renderView();
    await user.click(await screen.findByRole('button', { name: 'Stop tracking the BTC-USD call' }));
    await waitFor(() => expect(screen.getAllByTestId('shadow-call')).toHaveLength(1));
    expect(removed).toEqual([CALL_ID]);
    expect(screen.getByTestId('shadow-call')).toHaveAttribute('data-symbol', 'ETH-USD');
  });

  it('shows the problem when a call cannot be removed', async () => {
    serve(reportFixture(), { removeStatus: 404 });
    const user = userEvent.setup();
    renderView();
    await user.click(await screen.findByRole('button', { name: 'Stop tracking the BTC-USD call' }));
    expect(await screen.findByTestId('remove-error')).toHaveTextContent(
      'Could not remove the call: No call of yours with this id.',
    );
    expect(screen.getAllByTestId('shadow-call')).toHaveLength(2);
  });

  it('shows the problem when the portfolio cannot be read', async () => {
    mockFetch({
      '/api/v1/shadow-portfolio': () => ({
        status: 503,
        body: { title: 'Unavailable', status: 503, detail: 'The database is away.' },
      }),
    });
    renderView();
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'Could not load the shadow portfolio',
    );
    expect(screen.getByRole('alert')).toHaveTextContent('The database is away.');
  });

  it('speaks Korean on a Korean page', async () => {
    serve(reportFixture());
    renderView({ locale: 'ko' });
    expect(await screen.findByRole('heading', { level: 2, name: '요약' })).toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 2, name: '확신도 보정' })).toBeInTheDocument();
    expect(screen.getAllByTestId('call-status')[1]).toHaveTextContent('종료 · 적중');
  });
});
