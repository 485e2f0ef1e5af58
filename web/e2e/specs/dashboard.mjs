import assert from 'node:assert/strict';
import { test } from 'node:test';

import { apiJson } from '../api.mjs';
import { eventually, screenshot, withPage } from '../browser.mjs';

import { rowSymbols } from './pages.mjs';

/** What the page shows for a change in percent points: `+4.70%`, `-0.34%`. */
function percentText(/** @type {number} */ value) {
  const format = new Intl.NumberFormat('en-US', {
    minimumFractionDigits: 2,
    maximumFractionDigits: 2,
    signDisplay: 'exceptZero',
  });
  return `${format.format(value)}%`;
}

/** @param {import('../sage.test.mjs').E2eEnv} env */
export function dashboardSpecs(env) {
  test('the Korean top movers match the trending API, in order and by change', async () => {
    const movers = await apiJson(env.baseUrl, '/api/v1/market/trending?market=KR&limit=5');
    assert.ok(movers.gainers.length > 0, 'the bundled KRX data has gainers');
    const first = movers.gainers[0];

    await withPage(env, async (session) => {
      const { page } = session;
      await page.goto('/markets');
      await page.getByRole('tab', { name: 'Korea' }).click();
      const gainers = page.locator(
        '[data-testid="movers"][data-market="KR"] [data-testid="movers-gainers"]',
      );
      await eventually(
        async () => {
          const symbols = await gainers
            .locator('tbody tr')
            .evaluateAll((rows) => rows.map((row) => row.getAttribute('data-symbol')));
          assert.deepEqual(
            symbols,
            movers.gainers.map((/** @type {{symbol: string}} */ mover) => mover.symbol),
            'the gainers the API lists, in its order',
          );
        },
        { session },
      );
      const firstRow = gainers.locator('tbody tr').first();
      assert.equal(
        (await firstRow.getByTestId('mover-change').textContent())?.replace(/[▲▼]/g, '').trim(),
        percentText(first.changePercent),
        `the first KR gainer ${first.symbol} shows the API's change`,
      );
      assert.match(
        (await page.locator('.movers-session').textContent()) ?? '',
        /As of \w{3} \d{1,2}, \d{4}, the latest stored session/,
        'the session date is said, as historical',
      );

      // A mover's symbol opens its page.
      await firstRow.getByRole('link', { name: first.symbol }).click();
      await page.waitForURL(new RegExp(`/markets/${first.symbol}$`));
    });
  });

  test('every watch-table row with stored history draws its last 30 closes, and Fear & Greed explains it is off', async () => {
    const response = await fetch(`${env.baseUrl}/api/v1/market/fear-greed?days=30`);
    const problem = await response.json();
    assert.equal(response.status, 503, 'the offline server has no Fear & Greed provider');
    assert.equal(problem.code, 'fear-greed-not-configured');

    const listed = await apiJson(env.baseUrl, '/api/v1/instruments?limit=200');
    const withHistory = new Set(
      listed.items
        .filter((/** @type {{series: unknown[]}} */ item) => item.series.length > 0)
        .map((/** @type {{symbol: string}} */ item) => item.symbol),
    );

    await withPage(env, async (session) => {
      const { page } = session;
      await page.goto('/markets');
      const rows = await eventually(
        async () => {
          const symbols = await rowSymbols(page);
          assert.ok(
            symbols.length >= 8,
            `the bundled instruments are listed, saw ${symbols.length}`,
          );
          return symbols;
        },
        { session },
      );

      const sparklines = await eventually(
        async () => {
          const drawn = await page
            .locator('[data-testid="instrument-table"] tbody tr')
            .evaluateAll((trs) =>
              trs.map((tr) => {
                const svg = tr.querySelector('svg[data-testid="row-sparkline"]');
                return {
                  symbol: tr.getAttribute('data-symbol'),
                  role: svg?.getAttribute('role'),
                  label: svg?.getAttribute('aria-label'),
                  points: Number(svg?.getAttribute('data-points') ?? 0),
                  path: svg?.querySelector('path')?.getAttribute('d') ?? '',
                };
              }),
            );
          assert.equal(drawn.length, rows.length);
          for (const line of drawn) {
            if (!withHistory.has(line.symbol ?? '')) {
              // listed without stored bars (BTC-USDT, for the live Binance stream): nothing to draw
              assert.equal(line.role, undefined, `${line.symbol} has no history, so no sparkline`);
              continue;
            }
            assert.equal(line.role, 'img', `${line.symbol} has a sparkline image`);
            assert.equal(line.points, 30, `${line.symbol} draws 30 closes`);
            assert.match(line.path, /^M[\d.]+ [\d.]+( L[\d.]+ [\d.]+){29}$/);
            assert.match(
              line.label ?? '',
              new RegExp(`^${line.symbol} last 30 closes, (up|down) \\d+\\.\\d%|unchanged$`),
            );
          }
          return drawn;
        },
        { session },
      );
      assert.equal(sparklines.length, rows.length);
      assert.ok(
        sparklines.filter((line) => line.role === 'img').length >= 8,
        'every bundled series draws one',
      );

      const notice = page.getByTestId('fear-greed-off');
      await notice.waitFor();
      assert.equal(await notice.getAttribute('role'), 'status');
      const text = (await notice.textContent()) ?? '';
      assert.ok(text.includes('not switched on'), `the notice says the index is off: ${text}`);
      assert.ok(text.includes(problem.detail), 'the notice quotes how to switch it on');
      assert.equal(await page.getByRole('alert').count(), 0, 'no error is shown');
      await screenshot(page, 'markets-dashboard.png');
    });
  });
}
