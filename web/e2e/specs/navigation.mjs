import assert from 'node:assert/strict';
import { test } from 'node:test';

import { withPage } from '../browser.mjs';

const MODULE_PAGES = [
  ['/portfolio', 'Portfolio'],
  ['/alerts', 'Alerts'],
];

/** @param {import('../sage.test.mjs').E2eEnv} env */
export function navigationSpecs(env) {
  test('an unknown symbol says so and links back to Markets', async () => {
    await withPage(
      env,
      async ({ page }) => {
        await page.goto('/markets/NOPE');
        await page.getByRole('heading', { level: 1, name: 'No instrument named NOPE' }).waitFor();
        await page.getByRole('link', { name: 'Back to Markets' }).click();
        await page.waitForURL(/\/markets$/);
      },
      // The browser itself logs the API's 404 response; that one is expected here.
      { allowConsole: [/status of 404/] },
    );
  });

  test('an unknown route shows the not-found page', async () => {
    await withPage(env, async ({ page }) => {
      await page.goto('/no/such/page');
      await page.getByRole('heading', { level: 1, name: 'Page not found' }).waitFor();
      assert.match(await page.getByTestId('not-found').innerText(), /\/no\/such\/page/);
    });
  });

  test('each planned module has a page that says it is not available yet', async () => {
    await withPage(env, async ({ page }) => {
      for (const [path, title] of MODULE_PAGES) {
        await page.goto(path);
        await page.getByRole('heading', { level: 1, name: title }).waitFor();
        assert.match(
          await page.locator('main').innerText(),
          /not available in this build yet/,
          `${path} explains that the module is not available`,
        );
        assert.equal(
          await page.locator('main').getByRole('button').count(),
          0,
          `${path} offers no controls`,
        );
      }
      // The navigation reaches them too.
      await page
        .getByRole('navigation', { name: 'Main' })
        .getByRole('link', { name: 'Markets' })
        .click();
      await page.waitForURL(/\/markets$/);
    });
  });
}
