import assert from 'node:assert/strict';
import { test } from 'node:test';

import { eventually, screenshot, withPage } from '../browser.mjs';
import { sessionJson, signUp } from '../signed-in.mjs';

import { CHAT_PATH, waitForAnswer } from './advisor.mjs';

/**
 * @typedef {object} CallOutcome
 * @property {string} id
 * @property {string} messageId
 * @property {string} symbol
 * @property {string} stance
 * @property {string} status
 */

/** @param {import('../sage.test.mjs').E2eEnv} env */
export function shadowPortfolioSpecs(env) {
  test('adds the offline advisor’s BTC call to the shadow portfolio and sees it there', async () => {
    await withPage(env, async (session) => {
      const { page } = session;
      await signUp(page);

      // A new account tracks nothing yet.
      await page
        .getByRole('navigation', { name: 'Main' })
        .getByRole('link', { name: 'Shadow portfolio' })
        .click();
      await page.waitForURL(/\/shadow-portfolio$/);
      await page.getByRole('heading', { level: 1, name: 'Shadow portfolio' }).waitFor();
      await page.getByTestId('shadow-empty').waitFor();

      // Ask the offline advisor; its answer makes one call, on BTC-USD.
      await page
        .getByRole('navigation', { name: 'Main' })
        .getByRole('link', { name: 'Advisor', exact: true })
        .click();
      await page.waitForURL(/\/advisor$/);
      const box = page.getByRole('textbox', { name: 'Your question' });
      await box.fill('How is BTC doing?');
      await box.press('Enter');
      await page.waitForURL(CHAT_PATH);
      const chatId = CHAT_PATH.exec(new URL(page.url()).pathname)?.[1];
      assert.ok(chatId, 'the address names the chat');
      const answer = await waitForAnswer(session, 1);

      const card = answer.locator('[data-testid="signal-card"][data-symbol="BTC-USD"]');
      await card.waitFor();
      assert.equal(await answer.getByTestId('signal-card').count(), 1, 'one call');
      assert.match(await card.getByTestId('signal-horizon').innerText(), /30 days/);
      assert.match(await card.getByTestId('signal-confidence').innerText(), /^\d+%$/);
      assert.match(await card.getByTestId('signal-price').innerText(), /\d/);
      // The advisor never places orders: the card links to trading for a person to act.
      assert.equal(
        await card.getByRole('link', { name: 'Trade it yourself' }).getAttribute('href'),
        '/trading/accounts',
      );

      // The kept answer carries the call the stream sent.
      const kept = await sessionJson(page, `/api/v1/chats/${chatId}`);
      const advisorAnswer = kept.messages.find(
        (/** @type {{ role: string }} */ message) => message.role === 'ADVISOR',
      );
      assert.ok(advisorAnswer, 'the answer is kept');
      assert.deepEqual(
        advisorAnswer.signals.map((/** @type {{ symbol: string }} */ signal) => signal.symbol),
        ['BTC-USD'],
      );

      const add = card.getByTestId('add-to-shadow');
      await eventually(async () => assert.equal(await add.isEnabled(), true), { session });
      await add.click();
      await card.getByTestId('signal-tracked').waitFor();
      assert.match(await card.getByTestId('signal-tracked').innerText(), /Tracked/);
      await screenshot(page, 'advisor-signal.png');

      /** @type {{ calls: CallOutcome[] }} */
      const report = await sessionJson(page, '/api/v1/shadow-portfolio');
      assert.deepEqual(
        report.calls.map((call) => [call.symbol, call.messageId, call.status]),
        [['BTC-USD', advisorAnswer.id, 'OPEN']],
      );

      // The portfolio page lists the call.
      await card.getByRole('link', { name: 'Open the shadow portfolio' }).click();
      await page.waitForURL(/\/shadow-portfolio$/);
      await page.getByRole('heading', { level: 1, name: 'Shadow portfolio' }).waitFor();
      const row = page.locator('[data-testid="shadow-call"][data-symbol="BTC-USD"]');
      await row.waitFor();
      assert.equal(await page.getByTestId('shadow-call').count(), 1, 'one call tracked');
      assert.equal(await row.getAttribute('data-status'), 'OPEN');
      assert.equal(await row.getAttribute('data-call-id'), report.calls[0]?.id);
      assert.equal(await page.getByTestId('shadow-empty').count(), 0);
      assert.equal((await page.getByTestId('summary-calls').innerText()).trim(), '1');
      assert.equal((await page.getByTestId('summary-open').innerText()).trim(), '1');
      await screenshot(page, 'shadow-portfolio.png');
    });
  });
}
