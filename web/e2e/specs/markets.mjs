import assert from 'node:assert/strict';
import { test } from 'node:test';

import { barCount, apiJson } from '../api.mjs';
import { eventually, screenshot, withPage } from '../browser.mjs';

import { expectChartBars, pressedValues, rowSymbols, searchBox, segmentButton } from './pages.mjs';

/** The catalogue: the bundled series, and BTC-USDT (no history; the Binance stream's pair). */
const CATALOGUE = [
  'SPY',
  '005930',
  '000660',
  '005380',
  '035420',
  '051910',
  'KOSPI',
  'BTC-USD',
  'BTC-USDT',
];

/** @param {import('../sage.test.mjs').E2eEnv} env */
export function marketsSpecs(env) {
  test('lands on /markets with the bundled instruments, finds SPY and charts all its bars', async () => {
    const apiList = await apiJson(env.baseUrl, '/api/v1/instruments');
    const spyBars = await barCount(env.baseUrl, 'SPY', '1d');

    await withPage(env, async (session) => {
      const { page } = session;
      await page.goto('/');
      await page.waitForURL(/\/markets$/);

      const symbols = await eventually(
        async () => {
          const rows = await rowSymbols(page);
          assert.equal(
            rows.length,
            9,
            `expected the 9 catalogued instruments (8 with bundled history, and BTC-USDT), saw ${rows.join(', ')}`,
          );
          return rows;
        },
        { session },
      );
      assert.deepEqual(
        [...symbols].sort(),
        apiList.items.map((/** @type {{symbol: string}} */ item) => item.symbol).sort(),
        'the table lists what the API lists',
      );
      assert.deepEqual([...symbols].sort(), [...CATALOGUE].sort(), 'the catalogued instruments');
      await screenshot(page, 'markets.png');

      await searchBox(page).fill('SPY');
      await page.waitForURL(/\/markets\?q=SPY$/);
      await eventually(async () => assert.deepEqual(await rowSymbols(page), ['SPY']), {
        session,
      });

      await page.locator('[data-testid="instrument-table"] tbody tr[data-symbol="SPY"]').click();
      await page.waitForURL(/\/markets\/SPY$/);
      await page.getByRole('heading', { level: 1, name: /SPY/ }).waitFor();
      await expectChartBars(session, { interval: '1d', expected: spyBars });

      // Daily charts open on one year; 5Y and back to 1Y must move the pressed state along.
      assert.deepEqual(await pressedValues(page, 'range-buttons'), ['1Y']);
      await segmentButton(page, 'range-buttons', '5Y').click();
      assert.deepEqual(await pressedValues(page, 'range-buttons'), ['5Y']);
      await segmentButton(page, 'range-buttons', '1Y').click();
      assert.deepEqual(await pressedValues(page, 'range-buttons'), ['1Y']);
      assert.equal(
        await page.getByTestId('interval-toggle').count(),
        0,
        'SPY has one interval, so no interval toggle',
      );
      await screenshot(page, 'symbol-spy.png');
    });
  });

  test('Korean search "삼성" finds 005930, opened from the keyboard, with its bars drawn', async () => {
    const expected = await barCount(env.baseUrl, '005930', '1d');
    await withPage(env, async (session) => {
      const { page } = session;
      await page.goto('/markets');
      await searchBox(page).fill('삼성');
      // The full list also holds 005930, so wait for the debounced search to narrow it.
      await page.waitForURL(/[?&]q=/);
      await eventually(
        async () => {
          const rows = await rowSymbols(page);
          assert.ok(rows.includes('005930'), '005930 listed');
          assert.ok(!rows.includes('SPY'), 'the search narrowed the table');
        },
        { session },
      );

      // ↓ from the search box focuses the first row, Enter opens it.
      const rows = await rowSymbols(page);
      await searchBox(page).press('ArrowDown');
      for (let index = 0; index < rows.indexOf('005930'); index++) {
        await page.keyboard.press('ArrowDown');
      }
      await page.keyboard.press('Enter');
      await page.waitForURL(/\/markets\/005930$/);
      await page.getByText('삼성전자').first().waitFor();
      await expectChartBars(session, { interval: '1d', expected });
    });
  });

  test('BTC-USD switches from daily to hourly bars', async () => {
    const daily = await barCount(env.baseUrl, 'BTC-USD', '1d');
    const hourly = await barCount(env.baseUrl, 'BTC-USD', '1h');
    await withPage(env, async (session) => {
      const { page } = session;
      await page.goto('/markets/BTC-USD');
      await expectChartBars(session, { interval: '1d', expected: daily });
      assert.deepEqual(await pressedValues(page, 'interval-toggle'), ['1d']);

      await segmentButton(page, 'interval-toggle', '1h').click();
      await expectChartBars(session, { interval: '1h', expected: hourly });
      assert.deepEqual(await pressedValues(page, 'interval-toggle'), ['1h']);
      assert.match(page.url(), /[?&]interval=1h\b/);
      // Hourly charts open on one month.
      assert.deepEqual(await pressedValues(page, 'range-buttons'), ['1M']);
      await screenshot(page, 'symbol-btc-usd-1h.png');
    });
  });
}
