import assert from 'node:assert/strict';
import { test } from 'node:test';

import { eventually, screenshot, withPage } from '../browser.mjs';
import { sessionFetch, sessionJson, signUp } from '../signed-in.mjs';

const ID_PATTERN =
  /\/backtests\/sweeps\/([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})$/;

/**
 * @param {import('playwright-core').Page} page
 * @param {string} name
 * @param {[string, string, string]} range from, to, step
 */
async function sweepParam(page, name, [from, to, step]) {
  await page.getByLabel(`${name}: fixed or swept`, { exact: true }).selectOption('sweep');
  await page.getByLabel(`${name} from`, { exact: true }).fill(from);
  await page.getByLabel(`${name} to`, { exact: true }).fill(to);
  await page.getByLabel(`${name} step`, { exact: true }).fill(step);
}

/**
 * Signs a new account up (sweeps are their owner's) and opens the sweep form.
 * @param {import('playwright-core').Page} page
 */
async function openSweepForm(page) {
  await signUp(page);
  await page.goto('/backtests');
  await page.getByRole('heading', { level: 1, name: 'Backtests' }).waitFor();
  await page.getByTestId('backtest-mode').getByRole('button', { name: 'Sweep' }).click();
  // The mode goes through the URL: until the sweep form is in, the labels below still find the
  // single-run form, and choices made there vanish when it is replaced (CI failure).
  await page.getByRole('heading', { level: 2, name: 'New sweep' }).waitFor();
  await page.getByTestId('start-sweep').waitFor();
  await page.getByLabel('Instrument').selectOption('SPY');
  await page.getByLabel('Strategy', { exact: true }).selectOption('rsi-threshold');
}

const BACKTEST_PATTERN = /\/backtests\/([0-9a-f-]{36})$/;

/** @param {import('../sage.test.mjs').E2eEnv} env */
export function sweepsSpecs(env) {
  test('sweeps rsi-threshold on SPY over period and low, maps it, then deletes it', async () => {
    await withPage(env, async (session) => {
      const { page } = session;
      await openSweepForm(page);
      await sweepParam(page, 'period', ['10', '20', '2']);
      await sweepParam(page, 'low', ['20', '30', '5']);
      await page.getByLabel('Rank by').selectOption('TOTAL_RETURN');
      assert.equal(
        (await page.getByTestId('combination-count').innerText()).trim(),
        '18 combinations',
      );
      await page.getByTestId('start-sweep').click();
      await page.waitForURL(ID_PATTERN);
      const id = ID_PATTERN.exec(new URL(page.url()).pathname)?.[1];
      assert.ok(id, 'the sweep page names the sweep');

      await page.locator('[data-testid="sweep-view"][data-status="DONE"]').waitFor({
        timeout: 60_000,
      });
      const sweep = await sessionJson(page, `/api/v1/sweeps/${id}`);
      assert.equal(sweep.status, 'DONE');
      assert.equal(sweep.combinations, 18);
      assert.equal(sweep.metric, 'TOTAL_RETURN');
      assert.equal(typeof sweep.best?.totalReturn, 'number', 'the API reports a best total return');

      const cells = page.getByTestId('sweep-heatmap').getByTestId('heatmap-cell');
      assert.equal(await cells.count(), 18, 'one cell per combination');
      const best = page.locator('[data-testid="heatmap-cell"][data-best]');
      assert.equal(await best.count(), 1, 'one best cell');
      assert.equal(
        Number(await best.getAttribute('data-value')),
        sweep.best.totalReturn,
        'the outlined cell holds the API best',
      );
      const title = (await best.getAttribute('title')) ?? '';
      assert.match(
        title,
        new RegExp(`period ${sweep.best.params.period} · low ${sweep.best.params.low}`),
      );
      const topRow = page.getByTestId('sweep-top').locator('tbody tr').first();
      assert.equal(
        await topRow.getAttribute('data-best'),
        'true',
        'the table starts with the best',
      );
      await screenshot(page, 'sweep-spy.png');

      // Backtest this: the top combination runs as a kept backtest with the same parameters.
      await topRow.getByTestId('backtest-this').click();
      await page.waitForURL(BACKTEST_PATTERN);
      const backtestId = BACKTEST_PATTERN.exec(new URL(page.url()).pathname)?.[1];
      const backtest = await sessionJson(page, `/api/v1/backtests/${backtestId}`);
      assert.deepEqual(backtest.params, sweep.best.params);
      assert.equal(backtest.performance.totalReturn, sweep.best.totalReturn);
      const removed = await sessionFetch(page, 'DELETE', `/api/v1/backtests/${backtestId}`);
      assert.equal(removed.status(), 204);

      await page.goto('/backtests');
      const row = page.locator(`[data-testid="sweep-list"] tbody tr[data-sweep-id="${id}"]`);
      await row.waitFor();
      page.once('dialog', (dialog) => void dialog.accept());
      await row.getByTestId('delete-sweep').click();
      await eventually(async () => assert.equal(await row.count(), 0, 'the row is gone'), {
        session,
      });
      const gone = await sessionFetch(page, 'GET', `/api/v1/sweeps/${id}`);
      assert.equal(gone.status(), 404, 'the server no longer keeps it');
    });
  });

  test('walks forward after the grid and shows one row per fold', async () => {
    await withPage(env, async (session) => {
      const { page } = session;
      await openSweepForm(page);
      await sweepParam(page, 'period', ['10', '20', '5']);
      await page.getByLabel('Rank by').selectOption('TOTAL_RETURN');
      await page.getByTestId('walk-forward-on').check();
      await page.getByLabel('Folds').fill('4');
      await page.getByLabel('Train bars').fill('1000');
      await page.getByLabel('Test bars').fill('500');
      assert.match(await page.getByTestId('walk-forward-need').innerText(), /need 3,000 bars/);
      await page.getByTestId('start-sweep').click();
      await page.waitForURL(ID_PATTERN);
      const id = ID_PATTERN.exec(new URL(page.url()).pathname)?.[1];
      await page.locator('[data-testid="sweep-view"][data-status="DONE"]').waitFor({
        timeout: 60_000,
      });
      const sweep = await sessionJson(page, `/api/v1/sweeps/${id}`);
      assert.equal(sweep.walkForward.folds, 4);
      assert.equal(sweep.walkForward.results.length, 4);

      const table = page.getByTestId('walk-forward-table');
      await table.waitFor();
      assert.equal(await table.locator('tbody tr').count(), 4, 'one row per fold');
      const first = sweep.walkForward.results[0];
      assert.equal(
        (await table.locator('tr[data-fold="0"] td[data-column="params"]').innerText()).trim(),
        `period ${first.params.period}`,
        'the fold names the period its train window chose',
      );
      assert.equal(
        (
          await table.locator('tr[data-fold="stitched"] td[data-column="oos-trades"]').innerText()
        ).trim(),
        String(sweep.walkForward.outOfSample.tradeCount),
      );
      await table.scrollIntoViewIfNeeded();
      await screenshot(page, 'sweep-walk-forward.png');
      const removed = await sessionFetch(page, 'DELETE', `/api/v1/sweeps/${id}`);
      assert.equal(removed.status(), 204);
    });
  });

  test('a step of 0 is sent and the server problem is shown', async () => {
    await withPage(
      env,
      async (session) => {
        const { page } = session;
        await openSweepForm(page);
        await sweepParam(page, 'period', ['10', '20', '0']);
        assert.match(await page.getByTestId('combination-count').innerText(), /not countable/);
        await page.getByTestId('start-sweep').click();
        const alert = page.getByRole('alert');
        await alert.waitFor();
        const text = await alert.innerText();
        assert.match(text, /The sweep did not start/);
        assert.match(text, /invalid-parameters/);
        assert.match(text, /step/);
        assert.match(page.url(), /\/backtests\?mode=sweep$/, 'the form stays open');
        await alert.scrollIntoViewIfNeeded();
        await screenshot(page, 'sweep-step-zero.png');
      },
      { allowConsole: [/status of 400/] },
    );
  });
}
