import assert from 'node:assert/strict';
import { test } from 'node:test';
import { setTimeout as sleep } from 'node:timers/promises';

import { eventually, screenshot, withPage } from '../browser.mjs';

/**
 * The shared e2e server runs with replay on (see sage.test.mjs), so the stored hourly BTC-USD bars
 * stream as ticks labelled "replay".
 * @param {import('../sage.test.mjs').E2eEnv} env
 */
export function livePricesSpecs(env) {
  test('the markets table streams the replayed BTC-USD price, labelled "replay"', async () => {
    await withPage(env, async (session) => {
      const { page } = session;
      await page.goto('/markets');
      const cell = page.locator(
        '[data-testid="instrument-table"] tbody tr[data-symbol="BTC-USD"] [data-testid="instrument-price"]',
      );
      const value = cell.locator('.instrument-price-value');

      // Until the first tick the cell shows the stored last close (data-source="close").
      await eventually(
        async () =>
          assert.equal(
            await cell.getAttribute('data-source'),
            'replay',
            'the BTC-USD price comes from the replay stream',
          ),
        { session },
      );
      const label = cell.getByText('replay', { exact: true });
      assert.ok(await label.isVisible(), 'the "replay" label is visible');

      const first = (await value.textContent())?.trim() ?? '';
      assert.match(first, /^\d[\d,]*\.\d+$/, `a price in the cell, saw "${first}"`);
      // 50 bars a second, four ticks each: the price moves within a second or two.
      const second = await eventually(
        async () => {
          await sleep(500);
          const now = (await value.textContent())?.trim() ?? '';
          assert.notEqual(now, first, 'the price cell changed value');
          return now;
        },
        { session, timeoutMs: 10_000 },
      );
      assert.match(second, /^\d[\d,]*\.\d+$/, `a price in the cell, saw "${second}"`);
      assert.ok(await label.isVisible(), 'the "replay" label is still visible');

      // Instruments without intraday bars are not replayed: they keep their stored last close.
      const spy = page.locator(
        '[data-testid="instrument-table"] tbody tr[data-symbol="SPY"] [data-testid="instrument-price"]',
      );
      assert.equal(await spy.getAttribute('data-source'), 'close');
      await screenshot(page, 'markets-live.png');
    });
  });
}
