import assert from 'node:assert/strict';
import { test } from 'node:test';

import { screenshot, withPage } from '../browser.mjs';

import { accountName, fillSignUp, PASSWORD, uniqueEmail } from './accounts.mjs';

/**
 * @param {string} baseUrl
 * @param {string} path
 * @param {string} bearer an API key or an access token
 * @param {RequestInit} [init]
 */
function callWith(baseUrl, path, bearer, init = {}) {
  return fetch(`${baseUrl}${path}`, {
    ...init,
    headers: { Authorization: `Bearer ${bearer}`, ...init.headers },
  });
}

/** @param {Response} response */
async function problemCode(response) {
  const body = /** @type {{ code?: string }} */ (await response.json());
  return body.code;
}

/** @param {import('../sage.test.mjs').E2eEnv} env */
export function apiKeySpecs(env) {
  test('a read key is shown once, works against the API, and stops working when rotated or deleted', async () => {
    const email = uniqueEmail();
    await withPage(env, async (session) => {
      const { page } = session;
      await fillSignUp(page, { email, password: PASSWORD });
      await page.waitForURL(/\/markets$/);
      await accountName(page).waitFor();

      await page.goto('/settings');
      await page.getByRole('link', { name: 'API keys for scripts and tools' }).click();
      await page.waitForURL(/\/settings\/api-keys$/);
      await page.getByRole('heading', { level: 1, name: 'API keys' }).waitFor();
      await page.getByText('No API keys yet').waitFor();
      assert.equal(await page.getByRole('checkbox', { name: 'admin' }).count(), 0);

      await page.getByLabel('Name').fill('E2E read key');
      assert.equal(await page.getByRole('checkbox', { name: 'read' }).isChecked(), true);
      assert.equal(await page.getByRole('checkbox', { name: 'trade' }).isChecked(), false);
      await page.getByLabel('Expires after').selectOption('30');
      await page.getByRole('button', { name: 'Create key' }).click();

      const revealed = page.getByTestId('revealed-api-key');
      await revealed.waitFor();
      const key = (await revealed.innerText()).trim();
      assert.match(key, /^sage_[0-9a-f]{32}_[A-Za-z0-9_-]{43}$/);
      await page.getByText('you won’t see it again', { exact: false }).waitFor();
      const row = page.getByTestId('api-key-row').filter({ hasText: 'E2E read key' });
      await row.getByText(`${key.slice(0, 13)}…`).waitFor();
      await screenshot(page, 'api-key-created.png');
      const stored = await page.evaluate(() =>
        JSON.stringify([{ ...localStorage }, { ...sessionStorage }]),
      );
      assert.ok(!stored.includes(key), 'the key is kept in no browser storage');

      // The key works as a bearer credential, within its read scope only.
      const profile = await callWith(env.baseUrl, '/api/v1/users/profile', key);
      assert.equal(profile.status, 200);
      assert.equal(/** @type {{ email: string }} */ (await profile.json()).email, email);
      const trade = await callWith(env.baseUrl, '/api/v1/users/secrets', key, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: '{}',
      });
      assert.equal(trade.status, 403, 'a read key may not store exchange credentials');

      // ...and exchanges for an access token that works too.
      const issued = await callWith(env.baseUrl, '/api/v1/auth/token', key, { method: 'POST' });
      assert.equal(issued.status, 200);
      const tokens =
        /** @type {{ accessToken: string, refreshToken: string, scopes: string[] }} */ (
          await issued.json()
        );
      assert.deepEqual(tokens.scopes, ['read']);
      assert.equal(
        (await callWith(env.baseUrl, '/api/v1/users/profile', tokens.accessToken)).status,
        200,
      );

      await page.getByRole('button', { name: 'I have copied it' }).click();
      assert.equal(await revealed.count(), 0, 'the key is gone from the page');
      await page.reload();
      await row.waitFor();
      assert.doesNotMatch(await row.innerText(), /Never\s*$/, 'the key’s use is shown');
      assert.ok(!(await page.content()).includes(key), 'a reload does not show the key again');

      // Rotating gives a new key once; the old one and its tokens stop working at once.
      await row.getByRole('button', { name: 'Rotate E2E read key' }).click();
      await page.getByRole('button', { name: 'Rotate', exact: true }).click();
      await page.getByRole('heading', { name: 'The new secret of “E2E read key”' }).waitFor();
      const rotated = (await revealed.innerText()).trim();
      assert.notEqual(rotated, key);
      assert.equal(rotated.slice(0, 38), key.slice(0, 38), 'the same key id');
      const old = await callWith(env.baseUrl, '/api/v1/users/profile', key);
      assert.equal(old.status, 401);
      assert.equal(await problemCode(old), 'invalid-api-key');
      assert.equal((await callWith(env.baseUrl, '/api/v1/users/profile', rotated)).status, 200);
      await page.getByRole('button', { name: 'I have copied it' }).click();

      // Deleting it ends the key at once.
      await row.getByRole('button', { name: 'Delete E2E read key' }).click();
      await page.getByText('Anything using it stops working at once.', { exact: false }).waitFor();
      await page.getByRole('button', { name: 'Delete', exact: true }).click();
      await page.getByText('No API keys yet').waitFor();
      const deleted = await callWith(env.baseUrl, '/api/v1/users/profile', rotated);
      assert.equal(deleted.status, 401);
      assert.equal(await problemCode(deleted), 'invalid-api-key');
      assert.equal(
        (await callWith(env.baseUrl, '/api/v1/auth/token', rotated, { method: 'POST' })).status,
        401,
      );
    });
  });
}
