import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';

import { eventually, screenshot, withPage } from '../browser.mjs';

import { accountName, fillSignUp, PASSWORD, signInAsAdmin, uniqueEmail } from './accounts.mjs';

const CSV_HEADER =
  'seq,occurred_at,actor,action,entity_type,entity_id,old_value,new_value,ip,user_agent,request_id,prev_hash,hash';

/** @param {import('../sage.test.mjs').E2eEnv} env */
export function auditSpecs(env) {
  test('the first administrator signs in with a second factor (enrolling it if no spec has), then reads sign-ins, filters, verifies the chain and exports them', async () => {
    await withPage(
      env,
      async (session) => {
        const { page } = session;
        // An administrator without a second factor may only set one up: the first spec to sign
        // them in does, whichever that is.
        await signInAsAdmin(page, env.admin);

        const who = await page.request.get('/api/v1/auth/session');
        const admin = /** @type {{ id: string }} */ (await who.json());

        await page.goto('/settings');
        await page.getByRole('link', { name: 'Audit log' }).click();
        await page.waitForURL(/\/admin\/audit$/);
        await page.getByRole('heading', { level: 1, name: 'Audit log' }).waitFor();
        const rows = page.getByTestId('audit-row');
        await rows.first().waitFor();
        // The administrator's own sign-in is there, under their id.
        await rows
          .filter({ has: page.getByRole('link', { name: admin.id, exact: true }) })
          .filter({ hasText: 'user.signed-in' })
          .first()
          .waitFor();

        await page.getByLabel('Action').fill('user.signed-in');
        await page.getByRole('button', { name: 'Apply filters' }).click();
        await page.waitForURL(/\/admin\/audit\?action=user\.signed-in$/);
        const actions = page.getByTestId('audit-action');
        // The previous page stays on screen until the filtered one arrives.
        const shown = await eventually(
          async () => {
            const texts = (await actions.allInnerTexts()).map((text) => text.trim());
            assert.ok(texts.length >= 1);
            assert.deepEqual([...new Set(texts)], ['user.signed-in'], 'only sign-ins are listed');
            return texts;
          },
          { session },
        );
        const range = await page.getByTestId('audit-range').innerText();
        const total = Number(/of ([\d,]+)/.exec(range)?.[1]?.replace(/,/g, ''));
        assert.ok(total >= shown.length, range);

        await rows
          .first()
          .getByRole('button', { name: /^Show details of row \d+$/ })
          .click();
        const details = page.getByTestId('audit-details');
        await details.getByText('User agent').waitFor();
        assert.match(await details.innerText(), /[0-9a-f]{64}/, 'the row’s hash is shown');

        await page.getByRole('button', { name: 'Verify chain' }).click();
        const outcome = page.getByTestId('audit-chain');
        await outcome.waitFor();
        assert.match(await outcome.innerText(), /^The chain is intact: [\d,]+ rows checked/);
        await screenshot(page, 'audit-log.png');

        const link = page.getByTestId('audit-export');
        assert.equal(
          await link.getAttribute('href'),
          '/api/v1/admin/audit/export.csv?action=user.signed-in',
        );
        const [download] = await Promise.all([page.waitForEvent('download'), link.click()]);
        assert.equal(download.suggestedFilename(), 'audit-log.csv');
        const lines = readFileSync(await download.path(), 'utf8')
          .trim()
          .split(/\r?\n/);
        assert.equal(lines[0], CSV_HEADER);
        assert.equal(lines.length - 1, total, 'one line per row the filter matches');
        assert.ok(
          lines.slice(1).every((line) => line.split(',')[3] === 'user.signed-in'),
          'the export has the same filter',
        );
        assert.ok(lines.slice(1).some((line) => line.split(',')[2] === admin.id));
      },
      // The session check on /sign-in before signing in answers 401 by design.
      { allowConsole: [/status of 401/] },
    );
  });

  test('a user who is not an administrator is told the audit log is not for them', async () => {
    await withPage(env, async (session) => {
      const { page } = session;
      await fillSignUp(page, { email: uniqueEmail(), password: PASSWORD });
      await page.waitForURL(/\/markets$/);
      await accountName(page).waitFor();
      await page.goto('/admin/audit');
      await page.getByRole('heading', { level: 2, name: 'Not allowed' }).waitFor();
      await page
        .getByText('Only administrators may read the audit log.', { exact: false })
        .waitFor();
      assert.equal(await page.getByTestId('audit-table').count(), 0);
      const answer = await page.request.get('/api/v1/admin/audit');
      assert.equal(answer.status(), 403, 'the server refuses them too');
    });
  });
}
