import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';

import { apiJson, barCount } from '../api.mjs';
import { eventually, screenshot, withPage } from '../browser.mjs';

import { expectChartBars } from './pages.mjs';

/** @param {(number | null)[]} values */
function lastNumber(values) {
  for (let index = values.length - 1; index >= 0; index--) {
    const value = values[index];
    if (typeof value === 'number') return value;
  }
  return undefined;
}

/**
 * @param {import('playwright-core').Page} page
 * @param {string} name
 */
async function addIndicator(page, name) {
  const picker = page.getByTestId('indicator-picker');
  await picker.getByLabel('Indicator').selectOption(name);
  await picker.getByRole('button', { name: 'Add' }).click();
}

/** @param {import('../sage.test.mjs').E2eEnv} env */
export function symbolIndicatorsSpecs(env) {
  test('SPY takes Bollinger over the price and an RSI panel whose last value is the API’s', async () => {
    const spyBars = await barCount(env.baseUrl, 'SPY', '1d');
    const rsi = await apiJson(
      env.baseUrl,
      '/api/v1/instruments/SPY/indicators?name=rsi&period=14&interval=1d',
    );
    const expected = lastNumber(rsi.values.rsi);
    assert.equal(typeof expected, 'number', 'the API computes an RSI for SPY');
    const quote = await apiJson(env.baseUrl, '/api/v1/instruments/SPY/quote');

    await withPage(env, async (session) => {
      const { page } = session;
      await page.goto('/markets/SPY');
      await expectChartBars(session, { interval: '1d', expected: spyBars });
      const header = page.getByTestId('symbol-quote');
      assert.equal(await header.getAttribute('data-source'), quote.source);
      assert.equal(
        (await page.getByTestId('quote-source').textContent())?.trim(),
        quote.source,
        'the quote says where it comes from',
      );

      await addIndicator(page, 'bollinger');
      await addIndicator(page, 'rsi');
      const chart = page.getByTestId('price-chart');
      await eventually(
        async () =>
          assert.deepEqual(
            await chart.evaluate((element) => ({
              indicators: element.getAttribute('data-indicators'),
              panes: element.getAttribute('data-pane-count'),
            })),
            // Price with the bands, volume, RSI.
            { indicators: 'bollinger rsi', panes: '3' },
          ),
        { session },
      );

      const rsiValue = page.locator(
        '[data-testid="indicator-legend-item"][data-indicator="rsi"] [data-output="rsi"]',
      );
      assert.equal(Number(await rsiValue.getAttribute('data-value')), expected);
      assert.equal(
        (await rsiValue.textContent())?.trim(),
        /** @type {number} */ (expected).toFixed(2),
      );
      const bands = page.locator(
        '[data-testid="indicator-legend-item"][data-indicator="bollinger"] [data-output]',
      );
      assert.deepEqual(
        await bands.evaluateAll((spans) => spans.map((span) => span.getAttribute('data-output'))),
        ['middle', 'upper', 'lower'],
      );
      // The RSI pane sits under the volume pane: bring the chart's foot into view for the picture.
      await page.locator('.chart-footnote').scrollIntoViewIfNeeded();
      await screenshot(page, 'symbol-spy-indicators.png');

      // The chart's indicators are in the URL: a reload draws them again.
      assert.match(
        page.url(),
        /[?&]ind=bollinger%3Aperiod%3D20%2CstdDev%3D2&ind=rsi%3Aperiod%3D14$/,
      );
      await page.reload();
      await eventually(
        async () => assert.equal(await chart.getAttribute('data-indicators'), 'bollinger rsi'),
        { session },
      );

      // Out-of-range parameters are refused in the form, before any request.
      const picker = page.getByTestId('indicator-picker');
      await picker.getByLabel('Indicator').selectOption('ema');
      await picker.getByLabel('period', { exact: true }).fill('0');
      await picker.getByRole('button', { name: 'Add' }).click();
      assert.match((await picker.getByRole('alert').textContent()) ?? '', /between 1 and 500/);

      await page.getByRole('button', { name: 'Remove RSI(14)' }).click();
      await eventually(
        async () => assert.equal(await chart.getAttribute('data-indicators'), 'bollinger'),
        { session },
      );
      assert.equal(await chart.getAttribute('data-pane-count'), '2');
    });
  });

  test('the CSV link downloads the bars in view, with a header line', async () => {
    await withPage(env, async (session) => {
      const { page } = session;
      await page.goto('/markets/SPY');
      await expectChartBars(session, {
        interval: '1d',
        expected: await barCount(env.baseUrl, 'SPY', '1d'),
      });
      const link = page.getByTestId('bars-csv-link');
      const href = await eventually(
        async () => {
          const value = (await link.getAttribute('href')) ?? '';
          assert.match(value, /[?&]from=\d{4}-\d{2}-\d{2}&to=\d{4}-\d{2}-\d{2}&format=csv$/);
          return value;
        },
        { session },
      );
      const url = new URL(href, env.baseUrl);
      const [download] = await Promise.all([page.waitForEvent('download'), link.click()]);
      const path = await download.path();
      const lines = readFileSync(path, 'utf8').trim().split(/\r?\n/);
      assert.equal(lines[0], 'time,open,high,low,close,volume');

      // The same range as JSON: one CSV line per bar.
      url.searchParams.delete('format');
      const json = await apiJson(env.baseUrl, `${url.pathname}${url.search}`);
      assert.ok(json.count > 200, `a year of daily bars is in view, saw ${json.count}`);
      assert.equal(lines.length - 1, json.count, 'one line per bar in view');
      assert.equal(lines.at(-1)?.split(',')[0], json.bars.at(-1).time);
    });
  });
}
