import assert from 'node:assert/strict';
import { test } from 'node:test';

import { eventually, screenshot, withPage } from '../browser.mjs';
import { sessionJson, signUp } from '../signed-in.mjs';

const BOT_PATH = /\/bots\/([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})$/;

/**
 * @param {import('playwright-core').Locator} locator
 * @param {string} name
 */
async function numberAttribute(locator, name) {
  return Number((await locator.getAttribute(name)) ?? 'NaN');
}

/** @param {import('../sage.test.mjs').E2eEnv} env */
export function botsSpecs(env) {
  test('opens a paper account, runs a grid bot on BTC-USD 1h, watches it trade, stops it', async () => {
    await withPage(env, async (session) => {
      const { page } = session;
      await signUp(page);

      // A paper account through its form.
      await page.goto('/trading/accounts');
      await page.getByRole('heading', { level: 1, name: 'Trading accounts' }).waitFor();
      await page.getByText('No trading accounts yet').waitFor();
      const paperForm = page.getByRole('form', { name: 'Open paper account' });
      await paperForm.getByLabel('Name').fill('E2E practice');
      await paperForm.getByLabel('Currency').fill('USD');
      await paperForm.getByLabel('Amount').fill('10000');
      await paperForm.getByRole('button', { name: 'Open paper account' }).click();
      await page.getByTestId('account-opened').waitFor();
      const account = page.getByTestId('trading-account');
      await account.waitFor();
      assert.match(await account.locator('tr[data-currency="USD"]').innerText(), /10,000\.00/);

      // A grid bot through the new-bot form: the grid spans 20 % around the first replayed price.
      await page
        .getByRole('navigation', { name: 'Main' })
        .getByRole('link', { name: 'Bots' })
        .click();
      await page.getByRole('heading', { level: 1, name: 'Bots' }).waitFor();
      const form = page.getByRole('form', { name: 'New bot' });
      await form.getByLabel('Name', { exact: true }).fill('E2E grid');
      await form.getByLabel('Account', { exact: true }).selectOption({ label: 'E2E practice' });
      await form.getByLabel('Strategy', { exact: true }).selectOption('grid');
      await form.locator('input[data-param="levels"]').fill('10');
      await form.locator('input[data-param="quantityPerLevel"]').fill('0.05');
      await form.getByLabel('Symbol').fill('BTC-USD');
      await form.getByLabel('Interval').selectOption('1h');
      await form.getByLabel('Replay from').fill('2019-06-01T00:00');
      await form.getByLabel('Pace (bars a second)').fill('50');
      await form.getByLabel('Capital').fill('10000');
      await form.getByTestId('create-bot').click();
      await page.waitForURL(BOT_PATH);
      const id = BOT_PATH.exec(new URL(page.url()).pathname)?.[1];
      assert.ok(id, 'the bot page names the bot');
      const created = await sessionJson(page, `/api/v1/bots/${id}`);
      assert.equal(created.strategy, 'grid');
      assert.equal(created.symbol, 'BTC-USD');
      assert.equal(created.interval, '1h');
      assert.equal(created.params.quantityPerLevel, 0.05);
      assert.equal(created.state, 'NEW');

      await page.getByRole('heading', { level: 1, name: 'E2E grid' }).waitFor();
      await page.getByRole('button', { name: 'Start', exact: true }).click();
      const state = page.getByTestId('bot-state').first();
      await eventually(
        async () => assert.equal(await state.getAttribute('data-state'), 'RUNNING'),
        {
          session,
        },
      );

      // Orders are placed and filled: the fills table fills up as the bars replay.
      await eventually(
        async () => {
          assert.ok(
            (await page.getByTestId('bot-fills').locator('tbody tr').count()) > 0,
            'the fills table has rows',
          );
          assert.ok(
            (await page
              .locator('[data-testid="bot-orders"] tr[data-order-state="FILLED"]')
              .count()) > 0,
            'some orders are filled',
          );
        },
        { session, timeoutMs: 30_000 },
      );

      // The equity chart has points and its last value moves while the bot runs.
      const equityChart = page.getByTestId('bot-equity-chart');
      await eventually(
        async () => assert.ok((await numberAttribute(equityChart, 'data-point-count')) > 1),
        { session },
      );
      const firstValue = await equityChart.getAttribute('data-last-value');
      await eventually(
        async () =>
          assert.notEqual(
            await equityChart.getAttribute('data-last-value'),
            firstValue,
            'the last equity moves as bars replay',
          ),
        { session },
      );

      // A marker per fill on the price chart.
      const priceChart = page.getByTestId('bot-price-chart');
      await eventually(
        async () => {
          assert.ok((await numberAttribute(priceChart, 'data-bar-count')) > 1, 'bars drawn');
          assert.ok((await numberAttribute(priceChart, 'data-marker-count')) > 0, 'markers drawn');
        },
        { session, timeoutMs: 30_000 },
      );
      await screenshot(page, 'bot-running.png');
      await priceChart.scrollIntoViewIfNeeded();
      await screenshot(page, 'bot-trades.png');

      // Stop, after the inline confirmation: the reason shows and no order stays open.
      await page.getByRole('button', { name: 'Stop', exact: true }).click();
      await page.getByTestId('stop-confirm').getByRole('button', { name: 'Stop the bot' }).click();
      await eventually(
        async () => assert.equal(await state.getAttribute('data-state'), 'STOPPED'),
        {
          session,
        },
      );
      assert.match(await page.getByTestId('bot-state-reason').innerText(), /Stopped · Reason: .+/);
      await eventually(
        async () => {
          const orders = await sessionJson(page, `/api/v1/bots/${id}/orders`);
          const open = orders.items.filter((/** @type {{state: string}} */ order) =>
            ['NEW', 'SUBMITTED', 'PARTIALLY_FILLED'].includes(order.state),
          );
          assert.equal(open.length, 0, 'no order stays open after the stop');
          assert.ok(
            orders.items.some((/** @type {{state: string}} */ order) => order.state === 'CANCELED'),
            'the open grid orders were cancelled',
          );
        },
        { session },
      );
      const stopped = await sessionJson(page, `/api/v1/bots/${id}`);
      assert.equal(stopped.openOrders, 0);
      // The page, too, reads the orders until none is open (the stop answers before the venue
      // cancels them), without a reload.
      const ordersTable = page.getByTestId('bot-orders');
      await eventually(
        async () => {
          assert.equal(
            await ordersTable
              .locator(
                'tr[data-order-state="NEW"], tr[data-order-state="SUBMITTED"], tr[data-order-state="PARTIALLY_FILLED"]',
              )
              .count(),
            0,
            'the orders table shows no open order',
          );
          assert.ok(
            (await ordersTable.locator('tr[data-order-state="CANCELED"]').count()) > 0,
            'the orders table shows the cancelled ones',
          );
        },
        { session },
      );
      // The kill switch on the Bots page: nothing left running, so it stops none.
      await page.getByRole('link', { name: '← Bots' }).click();
      await page.getByRole('heading', { level: 1, name: 'Bots' }).waitFor();
      const row = page.locator(`tr[data-bot-id="${id}"]`);
      await eventually(async () => assert.match(await row.innerText(), /E2E grid[\s\S]*Stopped/i), {
        session,
      });
      await page.getByRole('button', { name: 'Kill switch' }).click();
      await page.getByRole('button', { name: 'Stop all bots' }).click();
      assert.equal(
        await page.getByTestId('kill-switch-result').innerText(),
        'The kill switch stopped 0 bots. Live orders cancelled: 0.',
      );
    });
  });
}
