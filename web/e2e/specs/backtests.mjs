import assert from 'node:assert/strict';
import { test } from 'node:test';

import { apiJson } from '../api.mjs';
import { eventually, screenshot, withPage } from '../browser.mjs';
import { sessionFetch, sessionJson, signUp } from '../signed-in.mjs';

import { chartAttribute } from './pages.mjs';

const ID_PATTERN = /\/backtests\/([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})$/;

/** The screen's own format for a return: a fraction as signed percent with two decimals. */
const RETURN_FORMAT = new Intl.NumberFormat('en-US', {
  minimumFractionDigits: 2,
  maximumFractionDigits: 2,
  signDisplay: 'exceptZero',
});

/** @param {number} fraction */
function formatReturn(fraction) {
  return `${RETURN_FORMAT.format(fraction * 100)}%`;
}

const SHARE_FORMAT = new Intl.NumberFormat('en-US', {
  minimumFractionDigits: 2,
  maximumFractionDigits: 2,
});

/** @param {number} fraction a share such as a drawdown, as the screen shows it: `8.33%` */
function formatShare(fraction) {
  return `${SHARE_FORMAT.format(fraction * 100)}%`;
}

/**
 * @param {import('playwright-core').Page} page
 * @param {string} metric
 * @param {'strategy' | 'buy-and-hold'} column
 */
function metricCell(page, metric, column) {
  return page
    .getByTestId('metrics-table')
    .locator(`tr[data-metric="${metric}"] td[data-column="${column}"]`);
}

/**
 * Signs a new account up (backtests are their owner's) and opens the form.
 * @param {import('playwright-core').Page} page
 */
async function openForm(page) {
  await signUp(page);
  await page.goto('/backtests');
  await page.getByRole('heading', { level: 1, name: 'Backtests' }).waitFor();
  await page.getByLabel('Instrument').selectOption('SPY');
  await page.getByLabel('Strategy', { exact: true }).selectOption('rsi-threshold');
}

/** @param {import('../sage.test.mjs').E2eEnv} env */
export function backtestsSpecs(env) {
  test('runs rsi-threshold on SPY with the defaults, shows the result, then deletes it', async () => {
    const strategies = await apiJson(env.baseUrl, '/api/v1/strategies');
    const rsi = strategies.items.find(
      (/** @type {{id: string}} */ item) => item.id === 'rsi-threshold',
    );
    assert.ok(rsi, 'the server offers rsi-threshold');

    await withPage(env, async (session) => {
      const { page } = session;
      await openForm(page);
      // The inputs come from the schema, with its defaults.
      for (const param of rsi.params) {
        assert.equal(
          Number(await page.locator(`input[data-param="${param.name}"]`).inputValue()),
          param.defaultValue,
          `${param.name} starts on its default`,
        );
      }
      await page.getByTestId('run-backtest').click();
      await page.waitForURL(ID_PATTERN);
      const id = ID_PATTERN.exec(new URL(page.url()).pathname)?.[1];
      assert.ok(id, 'the result page names the backtest');

      const backtest = await sessionJson(page, `/api/v1/backtests/${id}`);
      assert.equal(backtest.symbol, 'SPY');
      assert.equal(backtest.strategy, 'rsi-threshold');
      await page.getByRole('heading', { level: 1, name: /rsi-threshold on SPY/ }).waitFor();
      assert.equal(
        (await metricCell(page, 'totalReturn', 'strategy').innerText()).trim(),
        formatReturn(backtest.performance.totalReturn),
        'the metrics table shows the total return the API reports',
      );
      assert.equal(
        (await metricCell(page, 'totalReturn', 'buy-and-hold').innerText()).trim(),
        formatReturn(backtest.buyAndHold.totalReturn),
      );
      assert.equal(
        (await metricCell(page, 'tradeCount', 'strategy').innerText()).trim(),
        String(backtest.performance.tradeCount),
      );

      // The Monte Carlo of the trades sits under the metrics, beside the trades in order.
      const monteCarlo = page.getByTestId('monte-carlo');
      await monteCarlo.waitFor();
      assert.equal(await monteCarlo.getAttribute('data-status'), backtest.monteCarlo.status);
      if (backtest.monteCarlo.status === 'DONE') {
        const drawdownOf = async (/** @type {string} */ row) =>
          (
            await monteCarlo
              .locator(`tr[data-row="${row}"] td[data-column="max-drawdown"]`)
              .innerText()
          ).trim();
        assert.equal(
          await drawdownOf('historical'),
          formatShare(backtest.monteCarlo.historicalMaxDrawdown),
          'the trades-in-order drawdown is the API figure',
        );
        assert.equal(await drawdownOf('p95'), formatShare(backtest.monteCarlo.maxDrawdown.p95));
        assert.equal(await drawdownOf('worst'), formatShare(backtest.monteCarlo.maxDrawdown.worst));
        assert.match(
          await page.getByTestId('monte-carlo-beyond').innerText(),
          /of runs drew down more than 1\.5 ×/,
        );
      } else {
        assert.equal(
          (await page.getByTestId('monte-carlo-message').innerText()).trim(),
          backtest.monteCarlo.detail,
        );
      }

      await monteCarlo.scrollIntoViewIfNeeded();
      await screenshot(page, 'backtest-monte-carlo.png');
      await page.getByRole('heading', { level: 1 }).scrollIntoViewIfNeeded();

      await chartAttribute(session, 'equity-chart', 'data-point-count', backtest.curve.length);
      await chartAttribute(session, 'equity-chart', 'data-drawdown-count', backtest.curve.length);
      await chartAttribute(session, 'trade-chart', 'data-bar-count', backtest.bars);
      await chartAttribute(session, 'trade-chart', 'data-marker-count', backtest.fills.length);
      assert.equal(
        await page.getByTestId('trades-table').locator('tbody tr').count(),
        backtest.trades.length,
        'one row per round trip',
      );
      await screenshot(page, 'backtest-spy.png');

      // Back to the list: the run is kept, newest first, and can be deleted.
      await page.getByRole('link', { name: '← Backtests' }).click();
      await page.waitForURL(/\/backtests$/);
      const row = page.locator(`[data-testid="backtest-list"] tbody tr[data-backtest-id="${id}"]`);
      await row.waitFor();
      assert.equal(
        await page
          .locator('[data-testid="backtest-list"] tbody tr')
          .first()
          .getAttribute('data-backtest-id'),
        id,
        'the newest backtest comes first',
      );
      page.once('dialog', (dialog) => void dialog.accept());
      await row.getByTestId('delete-backtest').click();
      await eventually(async () => assert.equal(await row.count(), 0, 'the row is gone'), {
        session,
      });
      const gone = await sessionFetch(page, 'GET', `/api/v1/backtests/${id}`);
      assert.equal(gone.status(), 404, 'the server no longer keeps it');
    });
  });

  test('a signed-out visitor is sent to sign in, and the backtest of one user is not another’s', async () => {
    /** @type {string | undefined} */
    let id;
    await withPage(
      env,
      async (session) => {
        const { page } = session;
        await page.goto('/backtests');
        await page.waitForURL(/\/sign-in\?next=%2Fbacktests$/);
        await page.getByRole('heading', { level: 1, name: 'Sign in' }).waitFor();
        assert.equal(await page.getByTestId('run-backtest').count(), 0, 'no form before sign-in');

        await openForm(page);
        await page.getByTestId('run-backtest').click();
        await page.waitForURL(ID_PATTERN);
        id = ID_PATTERN.exec(new URL(page.url()).pathname)?.[1];
        assert.ok(id, 'the result page names the backtest');
      },
      // The session check of the signed-out visit answers 401 by design.
      { allowConsole: [/status of 401/] },
    );
    await withPage(
      env,
      async (session) => {
        const { page } = session;
        await signUp(page);
        await page.goto(`/backtests/${id}`);
        await page.getByRole('heading', { level: 1, name: 'No backtest with this id' }).waitFor();
        await page.goto('/backtests');
        await page.getByText('No backtests kept yet.').waitFor();
      },
      // Another user's backtest answers 404, as a missing one does; the browser logs it.
      { allowConsole: [/status of 404/] },
    );
  });

  test('a period below the schema minimum shows the check and the server problem', async () => {
    await withPage(
      env,
      async (session) => {
        const { page } = session;
        await openForm(page);
        await page.locator('input[data-param="period"]').fill('1');
        assert.equal(
          (await page.getByTestId('bt-param-period-error').first().innerText()).trim(),
          'Must be from 2 to 500.',
        );
        await page.getByTestId('run-backtest').click();
        const alert = page.getByRole('alert');
        await alert.waitFor();
        const text = await alert.innerText();
        assert.match(text, /The backtest did not run/);
        assert.match(text, /invalid-parameters/);
        assert.match(text, /period must lie in \[2, 500\]/);
        assert.match(page.url(), /\/backtests$/, 'the form stays open');
        await screenshot(page, 'backtest-bad-period.png');
      },
      // The browser logs the API's 400 answer itself; it is the point of this test.
      { allowConsole: [/status of 400/] },
    );
  });
}
