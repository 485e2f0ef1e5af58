import assert from 'node:assert/strict';
import { test } from 'node:test';

import { eventually, screenshot, withPage } from '../browser.mjs';

import {
  accountName,
  fillSignIn,
  fillSignUp,
  PASSWORD,
  signInAsAdmin,
  uniqueEmail,
} from './accounts.mjs';

/**
 * What the server says of the session `page` holds now.
 * @param {import('playwright-core').Page} page
 */
async function sessionStatus(page) {
  return (await page.request.get('/api/v1/auth/session')).status();
}

/**
 * Signs in on the sign-in page and returns the server's answer to the sign-in request.
 * @param {import('playwright-core').Page} page
 * @param {{ email: string, password: string }} account
 */
async function signInAnswer(page, account) {
  await page.goto('/sign-in');
  const [answer] = await Promise.all([
    page.waitForResponse((response) => new URL(response.url()).pathname === '/api/v1/auth/login'),
    fillSignIn(page, account),
  ]);
  return answer;
}

/** @param {import('../sage.test.mjs').E2eEnv} env */
export function adminUsersSpecs(env) {
  test('the administration page shows the server’s health and leads to users', async () => {
    await withPage(
      env,
      async ({ page }) => {
        await signInAsAdmin(page, env.admin);
        await page
          .getByRole('navigation', { name: 'Main' })
          .getByRole('link', { name: 'Admin' })
          .click();
        await page.waitForURL(/\/admin$/);
        await page.getByRole('heading', { level: 1, name: 'Administration' }).waitFor();
        const status = page.getByTestId('health-status');
        await status.waitFor();
        assert.equal(await status.getAttribute('data-status'), 'UP');
        assert.equal((await status.innerText()).trim(), 'Up');
        assert.match(await page.getByTestId('health-heap').innerText(), /i?B of .*B \(\d+%\)/);
        await screenshot(page, 'admin-overview.png');
        await page.getByRole('main').getByRole('link', { name: 'Users' }).click();
        await page.waitForURL(/\/admin\/users$/);
        await page.getByRole('heading', { level: 1, name: 'Users' }).waitFor();
      },
      // The session check on /sign-in before signing in answers 401 by design.
      { allowConsole: [/status of 401/] },
    );
  });

  test('an administrator locks a user out, unlocks them, and ends their sessions', async () => {
    const account = { email: uniqueEmail(), password: PASSWORD };
    await withPage(
      env,
      async ({ page: userPage }) => {
        await fillSignUp(userPage, account);
        await userPage.waitForURL(/\/markets$/);
        await accountName(userPage).waitFor();
        assert.equal(await sessionStatus(userPage), 200);

        await withPage(
          env,
          async (session) => {
            const { page } = session;
            await signInAsAdmin(page, env.admin);
            await page.goto('/settings');
            await page.getByRole('main').getByRole('link', { name: 'Users' }).click();
            await page.waitForURL(/\/admin\/users$/);
            await page.getByRole('heading', { level: 1, name: 'Users' }).waitFor();
            const filters = page.getByRole('form', { name: 'Filters' });
            await filters.getByLabel('Email').fill(account.email);
            await filters.getByRole('button', { name: 'Apply filters' }).click();
            await page.waitForURL(
              new RegExp(`/admin/users\\?email=${encodeURIComponent(account.email)}$`),
            );
            const rows = page.getByTestId('user-row');
            // The previous page stays on screen until the filtered one arrives.
            await eventually(
              async () =>
                assert.deepEqual(
                  (await rows.allInnerTexts()).map((text) => text.split(/\s/)[0]),
                  [account.email],
                ),
              { session },
            );
            const row = rows.filter({ hasText: account.email });
            const status = row.getByTestId('user-status');
            const notice = page.getByTestId('users-notice');
            assert.equal((await status.innerText()).trim(), 'Active');

            await page.getByRole('button', { name: `Lock ${account.email}` }).click();
            const confirm = page.getByTestId('user-confirm');
            await confirm.getByText(`Lock ${account.email}?`, { exact: false }).waitFor();
            await confirm.getByRole('button', { name: 'Lock', exact: true }).click();
            await notice.getByText(`Locked ${account.email}.`).waitFor();
            await eventually(
              async () => assert.match(await status.innerText(), /^Locked by an administrator/),
              { session },
            );
            await screenshot(page, 'admin-users-locked.png');

            assert.equal(await sessionStatus(userPage), 401, 'the locked user is signed out');
            const refused = await signInAnswer(userPage, account);
            assert.equal(refused.status(), 403);
            const problem = /** @type {{ code: string }} */ (await refused.json());
            assert.equal(problem.code, 'account-locked');
            await userPage.getByRole('alert').getByText('account-locked').waitFor();

            await page.getByRole('button', { name: `Unlock ${account.email}` }).click();
            await notice.getByText(`Unlocked ${account.email}.`).waitFor();
            await eventually(
              async () => assert.equal((await status.innerText()).trim(), 'Active'),
              {
                session,
              },
            );

            const accepted = await signInAnswer(userPage, account);
            assert.equal(accepted.status(), 200);
            await userPage.waitForURL(/\/markets$/);
            await accountName(userPage).waitFor();
            assert.equal(await sessionStatus(userPage), 200);

            await page
              .getByRole('button', { name: `End every session of ${account.email}` })
              .click();
            await confirm.getByRole('button', { name: 'End sessions' }).click();
            await notice.getByText(`Ended every session of ${account.email}.`).waitFor();
            assert.equal(await sessionStatus(userPage), 401, 'the user’s session has ended');
          },
          // The session check on /sign-in before signing in answers 401 by design.
          { allowConsole: [/status of 401/] },
        );
      },
      // The user's session ends (401) and the locked sign-in is refused (403) by design.
      { allowConsole: [/status of 401/, /status of 403/] },
    );
  });
}
