import assert from 'node:assert/strict';
import { createHmac, randomUUID } from 'node:crypto';
import { test } from 'node:test';
import { setTimeout as sleep } from 'node:timers/promises';

import { eventually, screenshot, withPage } from '../browser.mjs';

export const PASSWORD = 'violet canoe drums at noon';

/** An address no earlier run used (the test server's database outlives no run, but be safe). */
export function uniqueEmail() {
  return `e2e-${randomUUID().slice(0, 8)}@example.com`;
}

/**
 * @param {import('playwright-core').Page} page
 * @param {{ email: string, password: string, displayName?: string }} account
 */
export async function fillSignUp(page, { email, password, displayName }) {
  await page.goto('/sign-up');
  await page.getByRole('heading', { level: 1, name: 'Sign up' }).waitFor();
  await page.getByLabel('Email').fill(email);
  if (displayName) await page.getByLabel('Display name').fill(displayName);
  await page.getByLabel('Password', { exact: true }).fill(password);
  await page.getByRole('button', { name: 'Sign up' }).click();
}

/**
 * @param {import('playwright-core').Page} page
 * @param {{ email: string, password: string }} account
 */
export async function fillSignIn(page, { email, password }) {
  await page.getByRole('heading', { level: 1, name: 'Sign in' }).waitFor();
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Password', { exact: true }).fill(password);
  await page.getByRole('button', { name: 'Sign in' }).click();
}

/**
 * Decodes RFC 4648 base32 (the otpauth secret; spaces and padding ignored).
 * @param {string} text
 */
function base32Decode(text) {
  const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';
  let bits = '';
  for (const char of text.replace(/[\s=]/g, '').toUpperCase()) {
    const value = alphabet.indexOf(char);
    if (value < 0) throw new Error(`not base32: ${char}`);
    bits += value.toString(2).padStart(5, '0');
  }
  const bytes = [];
  for (let index = 0; index + 8 <= bits.length; index += 8) {
    bytes.push(Number.parseInt(bits.slice(index, index + 8), 2));
  }
  return Buffer.from(bytes);
}

/**
 * The RFC 6238 code (HMAC-SHA1, 6 digits, 30 s) of `secret` at `time` milliseconds.
 * @param {string} secret
 * @param {number} [time]
 */
export function totp(secret, time = Date.now()) {
  const counter = Buffer.alloc(8);
  counter.writeBigUInt64BE(BigInt(Math.floor(time / 1000 / 30)));
  const digest = createHmac('sha1', base32Decode(secret)).update(counter).digest();
  const offset = digest[digest.length - 1] & 0x0f;
  const value = digest.readUInt32BE(offset) & 0x7fffffff;
  return String(value % 1_000_000).padStart(6, '0');
}

/**
 * A code of the administrator's second factor that the server has not seen: it refuses a code
 * once used, so a later sign-in in the same 30 seconds takes the next period's code (accepted 30
 * seconds early), or waits for it.
 * @param {import('../sage.test.mjs').E2eAdmin} admin
 * @param {string} secret
 */
async function freshAdminCode(admin, secret) {
  const now = Math.floor(Date.now() / 30_000);
  const step = Math.max(now, (admin.lastCodeStep ?? -1) + 1);
  if (step > now + 1) await sleep((step - 1) * 30_000 - Date.now() + 1_000);
  admin.lastCodeStep = step;
  return totp(secret, step * 30_000);
}

/**
 * Signs the administrator (env.admin) in on `page`. An administrator without a second factor may
 * only set one up, so the first spec to sign them in enrols one and keeps its secret on `admin`;
 * later ones answer its code. Either way the page ends signed in.
 * @param {import('playwright-core').Page} page
 * @param {import('../sage.test.mjs').E2eAdmin} admin
 * @returns {Promise<{ enrolled: boolean }>} whether this sign-in enrolled the second factor
 */
export async function signInAsAdmin(page, admin) {
  await page.goto('/sign-in');
  await fillSignIn(page, admin);
  const code = page.getByLabel('Authentication code');
  const setUp = page.getByRole('button', { name: 'Set up' });
  await code.or(setUp).first().waitFor();
  if (await setUp.isVisible()) {
    await page.waitForURL(/\/settings\/security$/);
    await page.getByText(/set up two-factor authentication before you use/).waitFor();
    await setUp.click();
    const secret = await page.locator('.two-factor-secret').innerText();
    admin.totpSecret = secret;
    await code.fill(await freshAdminCode(admin, secret));
    await page.getByRole('button', { name: 'Turn on' }).click();
    await page.getByRole('list', { name: 'Your recovery codes' }).waitFor();
    await page.getByRole('button', { name: 'I have saved them' }).click();
    await page.getByText(/On since /).waitFor();
    return { enrolled: true };
  }
  assert.ok(
    admin.totpSecret,
    'the administrator has a second factor but no spec kept its secret: set SAGE_E2E_ADMIN_TOTP_SECRET',
  );
  await code.fill(await freshAdminCode(admin, admin.totpSecret));
  await page.getByRole('button', { name: 'Verify' }).click();
  await page.waitForURL((url) => !url.pathname.startsWith('/sign-in'));
  await accountName(page).waitFor();
  return { enrolled: false };
}

/** @param {import('playwright-core').Page} page */
export function accountName(page) {
  return page.getByTestId('account-name');
}

/** @param {import('../sage.test.mjs').E2eEnv} env */
export function accountSpecs(env) {
  test('signs up, signs out, signs in again and keeps SPY on a watchlist across a reload', async () => {
    const account = { email: uniqueEmail(), password: PASSWORD, displayName: 'E2E Trader' };
    await withPage(
      env,
      async (session) => {
        const { page } = session;
        await fillSignUp(page, account);
        await page.waitForURL(/\/markets$/);
        await eventually(
          async () => assert.equal((await accountName(page).innerText()).trim(), 'E2E Trader'),
          { session },
        );

        await page.getByRole('button', { name: 'Sign out' }).click();
        await page.waitForURL(/\/sign-in$/);
        await page.getByText('You have signed out.').waitFor();
        assert.equal(await accountName(page).count(), 0, 'no name once signed out');

        // A page that needs an account sends the visitor to sign in, then back.
        await page.goto('/watchlists');
        await page.waitForURL(/\/sign-in\?next=%2Fwatchlists$/);
        await fillSignIn(page, account);
        await page.waitForURL(/\/watchlists$/);
        await accountName(page).waitFor();

        const panel = page.getByTestId('watchlist-panel');
        await panel.getByRole('heading', { level: 2, name: 'Watchlist' }).waitFor();
        await panel.getByRole('textbox', { name: 'Symbol' }).fill('spy');
        await panel.getByRole('button', { name: 'Add', exact: true }).click();
        const spy = panel.getByRole('link', { name: 'SPY', exact: true });
        await spy.waitFor();
        assert.equal(await spy.getAttribute('href'), '/markets/SPY');

        await page.reload();
        await page
          .getByTestId('watchlist-symbols')
          .getByRole('link', { name: 'SPY', exact: true })
          .waitFor();
        assert.equal((await accountName(page).innerText()).trim(), 'E2E Trader');
        await screenshot(page, 'watchlists.png');

        // Removing it empties the list again, as the server keeps it.
        await page.getByRole('button', { name: 'Remove SPY' }).click();
        await page.getByText('This list is empty').waitFor();
      },
      // The session check on /watchlists while signed out answers 401 by design.
      { allowConsole: [/status of 401/] },
    );
  });

  test('turns on two-factor authentication, then signs in with a code and turns it off with a recovery code', async () => {
    const account = { email: uniqueEmail(), password: PASSWORD };
    await withPage(
      env,
      async (session) => {
        const { page } = session;
        await fillSignUp(page, account);
        await page.waitForURL(/\/markets$/);
        await accountName(page).waitFor();

        await page.goto('/settings');
        await page.getByRole('link', { name: /Two-factor authentication/ }).click();
        await page.waitForURL(/\/settings\/security$/);
        await page.getByRole('heading', { level: 1, name: 'Sign-in security' }).waitFor();
        await page.getByRole('button', { name: 'Set up' }).click();
        await page
          .getByRole('img', { name: 'QR code to add Sage to an authenticator app' })
          .waitFor();
        const secret = await page.locator('.two-factor-secret').innerText();
        await screenshot(page, 'two-factor-set-up.png');
        await page.getByLabel('Authentication code').fill(totp(secret));
        await page.getByRole('button', { name: 'Turn on' }).click();
        const codes = page.getByRole('list', { name: 'Your recovery codes' }).getByRole('listitem');
        await codes.first().waitFor();
        assert.equal(await codes.count(), 10);
        const recoveryCode = (await codes.first().innerText()).trim();
        await screenshot(page, 'two-factor-recovery-codes.png');
        await page.getByRole('button', { name: 'I have saved them' }).click();
        await page.getByText(/On since .*10 recovery codes left\./).waitFor();

        await page.getByRole('button', { name: 'Sign out' }).click();
        await page.waitForURL(/\/sign-in$/);
        await fillSignIn(page, account);
        const code = page.getByLabel('Authentication code');
        await code.waitFor();
        assert.equal(await code.getAttribute('autocomplete'), 'one-time-code');
        // The code the set-up used is spent; the next period's is accepted 30 seconds early.
        await code.fill(totp(secret, Date.now() + 30_000));
        await page.getByRole('button', { name: 'Verify' }).click();
        await page.waitForURL(/\/markets$/);
        await accountName(page).waitFor();

        await page.goto('/settings/security');
        await page.getByLabel('Code or recovery code').fill(recoveryCode);
        await page.getByRole('button', { name: 'Turn off' }).click();
        await page.getByText('Two-factor authentication is now off.').waitFor();
      },
      // The session check on /sign-in after signing out answers 401 by design.
      { allowConsole: [/status of 401/] },
    );
  });

  test('a refused short password shows the server’s reason under the password field', async () => {
    await withPage(
      env,
      async (session) => {
        const { page } = session;
        await fillSignUp(page, { email: uniqueEmail(), password: 'short' });
        const error = page.getByTestId('sign-up-password-error');
        await error.waitFor();
        assert.match(await error.innerText(), /at least 12 characters \(it has 5\)/);
        const input = page.getByLabel('Password', { exact: true });
        assert.equal(await input.getAttribute('aria-invalid'), 'true');
        assert.match(
          (await input.getAttribute('aria-describedby')) ?? '',
          /sign-up-password-error/,
          'the reason is read out with the field',
        );
        assert.match(page.url(), /\/sign-up$/, 'no account, no sign-in');
        assert.equal(await accountName(page).count(), 0);
      },
      // The register call answers 400 by design.
      { allowConsole: [/status of 400/] },
    );
  });

  test('settings switch the interface to Korean and keep it after a reload', async () => {
    await withPage(env, async (session) => {
      const { page } = session;
      await fillSignUp(page, { email: uniqueEmail(), password: PASSWORD });
      await page.waitForURL(/\/markets$/);
      await accountName(page).waitFor();
      await page.goto('/settings');
      await page.getByRole('heading', { level: 1, name: 'Settings' }).waitFor();
      await page.getByRole('combobox', { name: 'Language' }).selectOption('ko');
      await page.getByLabel('Base currency').selectOption('KRW');
      await page.getByLabel('Time zone').fill('Asia/Seoul');
      await page.getByRole('button', { name: 'Save' }).click();
      await page.getByRole('heading', { level: 1, name: '설정' }).waitFor();
      await page.getByText('설정을 저장했습니다.').waitFor();

      await page.reload();
      await page.getByRole('heading', { level: 1, name: '설정' }).waitFor();
      assert.equal(await page.getByLabel('기준 통화').inputValue(), 'KRW');
      assert.equal(await page.getByLabel('시간대').inputValue(), 'Asia/Seoul');
      assert.equal(await page.locator('html').getAttribute('lang'), 'ko');
      await page.getByRole('button', { name: '로그아웃' }).waitFor();
      await screenshot(page, 'settings-ko.png');
    });
  });
}
