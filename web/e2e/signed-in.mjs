// Specs of pages that need an account: sign a fresh one up, and call the API as it.
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';

const PASSWORD = 'violet canoe drums at noon';

/**
 * Signs a new account up through the sign-up page (as specs/accounts.mjs does), so the page's
 * browser context holds its session.
 * @param {import('playwright-core').Page} page
 * @returns {Promise<string>} the account's email
 */
export async function signUp(page) {
  const email = `e2e-${randomUUID().slice(0, 8)}@example.com`;
  await page.goto('/sign-up');
  await page.getByRole('heading', { level: 1, name: 'Sign up' }).waitFor();
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Password', { exact: true }).fill(PASSWORD);
  await page.getByRole('button', { name: 'Sign up' }).click();
  await page.waitForURL(/\/markets$/);
  await page.getByTestId('account-name').waitFor();
  return email;
}

/**
 * Calls the API as the account signed in on `page` (its session cookie, and the CSRF header a
 * session needs for anything but reading).
 * @param {import('playwright-core').Page} page
 * @param {string} method
 * @param {string} path
 */
export async function sessionFetch(page, method, path) {
  const cookies = await page.context().cookies();
  const xsrf = cookies.find((cookie) => cookie.name === 'XSRF-TOKEN')?.value;
  return page.request.fetch(path, {
    method,
    headers: { Accept: 'application/json', ...(xsrf ? { 'X-XSRF-TOKEN': xsrf } : {}) },
  });
}

/**
 * GETs JSON as the account signed in on `page`.
 * @param {import('playwright-core').Page} page
 * @param {string} path
 * @returns {Promise<any>}
 */
export async function sessionJson(page, path) {
  const response = await sessionFetch(page, 'GET', path);
  const text = await response.text();
  assert.ok(response.ok(), `GET ${path} answered ${response.status()}: ${text.slice(0, 500)}`);
  return JSON.parse(text);
}
