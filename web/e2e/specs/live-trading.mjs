import assert from 'node:assert/strict';
import { test } from 'node:test';

import { eventually, screenshot, withPage } from '../browser.mjs';
import { sessionJson } from '../signed-in.mjs';

import { accountName, fillSignIn, fillSignUp, PASSWORD, totp, uniqueEmail } from './accounts.mjs';

// Binance's documented example key pair (its "Signed endpoint examples"), which no account holds;
// the fake exchange (fake-binance.mjs) checks no signature.
const API_KEY = 'vmPUZE6mv9SD5VNHk4HlWFsOr6aKE2zvsw0MuIgwCIPy6utIco14y7Ju91duEh8A';
const API_SECRET = 'NhqPtmdSJYdKjVHjA7PZj4Mge3R5YNiP1e3UZjInClVN65XAbvqqM6A7H5fATj0j';

/**
 * Turns two-factor sign-in on through the security settings, then signs out and in again with a
 * code, so the session has proved a second factor (live trading needs one).
 * @param {import('playwright-core').Page} page
 * @param {{ email: string, password: string }} account
 */
async function enrolSecondFactorAndSignInAgain(page, account) {
  await page.goto('/settings/security');
  await page.getByRole('button', { name: 'Set up' }).click();
  const secret = await page.locator('.two-factor-secret').innerText();
  await page.getByLabel('Authentication code').fill(totp(secret));
  await page.getByRole('button', { name: 'Turn on' }).click();
  await page.getByRole('list', { name: 'Your recovery codes' }).waitFor();
  await page.getByRole('button', { name: 'I have saved them' }).click();
  await page.getByText(/On since /).waitFor();

  await page.getByRole('button', { name: 'Sign out' }).click();
  await page.waitForURL(/\/sign-in$/);
  await fillSignIn(page, account);
  // The code the set-up used is spent; the next period's is accepted 30 seconds early.
  await page.getByLabel('Authentication code').fill(totp(secret, Date.now() + 30_000));
  await page.getByRole('button', { name: 'Verify' }).click();
  await page.waitForURL(/\/markets$/);
  await accountName(page).waitFor();
}

/**
 * @param {import('playwright-core').Page} page
 * @param {string} name
 */
async function fillConnectForm(page, name) {
  const form = page.getByRole('form', { name: 'Connect exchange account' });
  await form.getByLabel('Name').fill(name);
  await form.getByLabel('Exchange').selectOption('binance');
  await form.getByLabel('API key').fill(API_KEY);
  await form.getByLabel('API secret').fill(API_SECRET);
  await form.getByRole('button', { name: 'Connect exchange account' }).click();
  return form;
}

/** @param {import('../sage.test.mjs').E2eEnv} env */
export function liveTradingSpecs(env) {
  test('connects a Binance account with two-factor sign-in, places a limit order, cancels it', async (t) => {
    if (!env.fakeBinance) {
      t.skip('needs the fake Binance the tests start (not with SAGE_BASE_URL)');
      return;
    }
    const account = { email: uniqueEmail(), password: PASSWORD };
    await withPage(
      env,
      async (session) => {
        const { page } = session;
        await fillSignUp(page, account);
        await page.waitForURL(/\/markets$/);
        await accountName(page).waitFor();
        await enrolSecondFactorAndSignInAgain(page, account);

        // Connect: Sage asks the (fake) exchange what the key may do, then shows its balances.
        await page.goto('/trading/accounts');
        await page.getByRole('heading', { level: 1, name: 'Trading accounts' }).waitFor();
        const form = await fillConnectForm(page, 'E2E Binance');
        await page.getByTestId('account-connected').waitFor();
        assert.equal(await form.getByLabel('API secret').inputValue(), '', 'the secret is cleared');
        const card = page.locator('[data-testid="trading-account"][data-live="true"]');
        await card.waitFor();
        assert.match(await card.getByTestId('account-venue').innerText(), /Binance · Key vmPU…/);
        await card.getByTestId('live-badge').waitFor();
        await card.locator('tr[data-currency="BTC"]').waitFor();
        await card.locator('tr[data-currency="LTC"]').waitFor();
        assert.equal(
          await card.locator('th', { hasText: 'Deposited' }).count(),
          0,
          'a live account has no deposits',
        );
        await screenshot(page, 'live-account-connected.png');

        // The account's page: a bad quantity is refused beside its field.
        await card.getByRole('link', { name: 'E2E Binance' }).click();
        await page.waitForURL(/\/trading\/accounts\/[0-9a-f-]{36}$/);
        const accountId = new URL(page.url()).pathname.split('/').pop();
        await page.getByRole('heading', { level: 1, name: /E2E Binance/ }).waitFor();
        const ticket = page.getByRole('form', { name: 'Place an order' });
        await ticket.getByLabel('Symbol').fill('LTCBTC');
        await ticket.getByLabel('Side').selectOption('BUY');
        await ticket.getByLabel('Order type').selectOption('LIMIT');
        await ticket.getByLabel('Quantity').fill('0');
        await ticket.getByLabel('Limit price').fill('0.1');
        await ticket.getByRole('button', { name: 'Review order' }).click();
        assert.match(
          await page.getByTestId('ticket-quantity-error').innerText(),
          /Must be more than 0/,
        );

        // A limit buy through the confirmation, which restates it.
        await ticket.getByLabel('Quantity').fill('1');
        await ticket.getByRole('button', { name: 'Review order' }).click();
        assert.equal(
          await page.getByTestId('order-sentence').innerText(),
          'Buy 1 LTCBTC at 0.1 limit, good till cancelled, on E2E Binance (Binance)',
        );
        await page.getByRole('button', { name: 'Confirm' }).click();
        const result = page.getByTestId('order-result');
        await result.waitFor();
        assert.equal(await result.getAttribute('data-order-state'), 'SUBMITTED');
        const orders = page.getByTestId('account-orders');
        const row = orders.locator('tbody tr').first();
        await eventually(
          async () => assert.equal(await row.getAttribute('data-order-state'), 'SUBMITTED'),
          { session },
        );
        assert.match(await row.innerText(), /LTCBTC/);
        const [order] = (await sessionJson(page, `/api/v1/orders?accountId=${accountId}`)).items;
        assert.equal(order.state, 'SUBMITTED');
        assert.equal(order.quantity, 1);
        assert.equal(order.limitPrice, 0.1);
        assert.ok(
          env.fakeBinance?.requests.includes('POST /api/v3/order'),
          'the order reached the exchange',
        );
        await screenshot(page, 'live-order-submitted.png');

        // Cancel, after a confirmation.
        await row.getByRole('button', { name: 'Cancel' }).click();
        await page.getByTestId('cancel-order-confirm').waitFor();
        await page.getByRole('button', { name: 'Cancel the order' }).click();
        await eventually(
          async () => assert.equal(await row.getAttribute('data-order-state'), 'CANCELED'),
          { session },
        );
        assert.equal(await row.getByRole('button', { name: 'Cancel' }).count(), 0);
        assert.ok(env.fakeBinance?.requests.includes('DELETE /api/v3/order'));
      },
      // The session check on /sign-in after signing out answers 401 by design.
      { allowConsole: [/status of 401/] },
    );
  });

  test('connecting without a second factor says to turn on two-factor sign-in', async () => {
    await withPage(
      env,
      async (session) => {
        const { page } = session;
        await fillSignUp(page, { email: uniqueEmail(), password: PASSWORD });
        await page.waitForURL(/\/markets$/);
        await accountName(page).waitFor();
        await page.goto('/trading/accounts');
        await fillConnectForm(page, 'No 2FA');
        const notice = page.getByTestId('second-factor-required');
        await notice.waitFor();
        assert.match(await notice.innerText(), /second factor/);
        assert.equal(
          await notice.getByRole('link', { name: 'Sign-in security' }).getAttribute('href'),
          '/settings/security',
        );
        assert.equal(await page.getByTestId('trading-account').count(), 0);
      },
      // The connect call answers 403 by design.
      { allowConsole: [/status of 403/] },
    );
  });
}
