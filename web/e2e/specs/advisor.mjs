import assert from 'node:assert/strict';
import { test } from 'node:test';

import { eventually, screenshot, withPage } from '../browser.mjs';
import { sessionFetch, sessionJson, signUp } from '../signed-in.mjs';

/** A chat's page; its id is the first group. */
export const CHAT_PATH =
  /\/advisor\/([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})$/;
const BTC_QUOTE = '/api/v1/instruments/BTC-USD/quote';
const HANGUL = /[\uAC00-\uD7A3]/;
/** An answer is written from market data in well under a second; the stream adds little. */
const ANSWER_TIMEOUT_MS = 60_000;

/**
 * @typedef {object} Citation
 * @property {number} start
 * @property {number} end
 * @property {string} source
 */

/**
 * @typedef {object} ChatMessage
 * @property {string} role
 * @property {string} status
 * @property {string} content
 * @property {string} [mode]
 * @property {string} [language]
 * @property {Citation[]} citations
 */

/**
 * The advisor's answers on the page, oldest first.
 * @param {import('playwright-core').Page} page
 */
function answers(page) {
  return page.locator('[data-testid="advisor-message"][data-role="ADVISOR"]');
}

/**
 * Waits until the page holds `count` answers and the last is written to the end.
 * @param {import('../browser.mjs').Session} session
 * @param {number} count
 */
export async function waitForAnswer(session, count) {
  const all = answers(session.page);
  await eventually(
    async () => {
      assert.equal(await all.count(), count, `${count} answers on the page`);
      assert.equal(
        await all.nth(count - 1).getAttribute('data-status'),
        'COMPLETE',
        'the last answer is complete',
      );
    },
    { session, timeoutMs: ANSWER_TIMEOUT_MS },
  );
  return all.nth(count - 1);
}

/** @param {import('../sage.test.mjs').E2eEnv} env */
export function advisorSpecs(env) {
  test('asks the offline advisor about BTC in English, then in Korean in the same chat', async () => {
    await withPage(env, async (session) => {
      const { page } = session;
      await signUp(page);
      await page
        .getByRole('navigation', { name: 'Main' })
        .getByRole('link', { name: 'Advisor' })
        .click();
      await page.waitForURL(/\/advisor$/);
      await page.getByRole('heading', { level: 1, name: 'Advisor' }).waitFor();
      await page.getByRole('heading', { level: 2, name: 'New chat' }).waitFor();
      await page.getByText('No chats yet').waitFor();
      assert.equal(await page.getByTestId('starter-question').count(), 4, 'starter questions');

      const box = page.getByRole('textbox', { name: 'Your question' });
      const ask = page.getByTestId('ask');

      // A blank question cannot be sent: the button is disabled and Enter only says why.
      await box.fill('   ');
      assert.equal(await ask.isDisabled(), true, 'Ask is disabled for a blank question');
      await box.press('Enter');
      await page.getByTestId('question-error').waitFor();
      assert.equal(await page.getByTestId('advisor-message').count(), 0, 'nothing was asked');
      assert.match(new URL(page.url()).pathname, /\/advisor$/, 'no chat was opened');
      assert.deepEqual((await sessionJson(page, '/api/v1/chats')).items, [], 'no chat was kept');

      // The first question opens a chat and is asked in it.
      await box.fill('How is BTC doing?');
      assert.equal(await ask.isEnabled(), true);
      await box.press('Enter');
      await page.waitForURL(CHAT_PATH);
      const chatId = CHAT_PATH.exec(new URL(page.url()).pathname)?.[1];
      assert.ok(chatId, 'the address names the chat');

      const english = await waitForAnswer(session, 1);
      assert.equal(await english.getAttribute('data-mode'), 'offline');
      assert.equal(await english.getAttribute('data-language'), 'en');
      assert.equal(
        (await english.getByTestId('offline-badge').innerText()).trim(),
        'Offline analysis',
      );
      assert.equal(await english.getByTestId('streaming-indicator').count(), 0, 'not streaming');
      const englishText = english.getByTestId('answer-text');
      assert.match(await englishText.innerText(), /^Offline analysis/);
      assert.ok((await englishText.locator('p').count()) > 1, 'the answer is shown as paragraphs');

      // A number of the answer is cited with the BTC-USD quote; its popover links there.
      const quoted = english
        .locator('.advisor-cited-wrap')
        .filter({ has: page.locator(`a[href="${BTC_QUOTE}"]`) })
        .first();
      const number = quoted.getByTestId('citation');
      const cited = (await number.innerText()).trim();
      assert.match(cited, /\d/, 'the cited text is a number');
      assert.equal(await number.getAttribute('aria-expanded'), 'false');
      await number.click();
      const detail = quoted.getByTestId('citation-detail');
      await detail.waitFor();
      assert.equal(await number.getAttribute('aria-expanded'), 'true');
      assert.equal(await detail.getByRole('link').getAttribute('href'), BTC_QUOTE);
      assert.match(await detail.innerText(), /As of/);
      await screenshot(page, 'advisor-citation.png');
      await page.keyboard.press('Escape');
      await detail.waitFor({ state: 'hidden' });
      // The source is an API path the reader can open, with the session they have.
      const source = await sessionFetch(page, 'GET', BTC_QUOTE);
      assert.ok(source.ok(), `GET ${BTC_QUOTE} answered ${source.status()}`);

      // The server kept what the page shows: the cited characters are the number highlighted.
      const kept = await sessionJson(page, `/api/v1/chats/${chatId}`);
      assert.equal(kept.chat.title, 'How is BTC doing?', 'the chat is titled after its question');
      /** @type {ChatMessage[]} */
      const messages = kept.messages;
      assert.deepEqual(
        messages.map((message) => [message.role, message.status]),
        [
          ['USER', 'COMPLETE'],
          ['ADVISOR', 'COMPLETE'],
        ],
      );
      const answer = messages[1];
      assert.ok(answer);
      assert.equal(answer.mode, 'offline');
      assert.equal(answer.language, 'en');
      const quote = answer.citations.find((citation) => citation.source === BTC_QUOTE);
      assert.ok(quote, 'the answer cites the BTC-USD quote');
      assert.equal(answer.content.slice(quote.start, quote.end), cited);

      // The list names the chat after its first question and marks it open.
      const row = page.locator(`[data-testid="chat-row"][data-chat-id="${chatId}"]`);
      await eventually(
        async () => {
          const link = row.getByRole('link');
          assert.match(await link.innerText(), /How is BTC doing\?/);
          assert.equal(await link.getAttribute('aria-current'), 'page');
        },
        { session },
      );

      // A Korean question in the same chat gets a Korean answer.
      await eventually(async () => assert.equal(await box.isEnabled(), true), { session });
      await box.fill('비트코인 어때?');
      await box.press('Enter');
      const korean = await waitForAnswer(session, 2);
      assert.match(new URL(page.url()).pathname, new RegExp(`/advisor/${chatId}$`), 'same chat');
      assert.equal(await korean.getAttribute('data-mode'), 'offline');
      assert.equal(await korean.getAttribute('data-language'), 'ko');
      // The badge speaks the page's language; the answer its own.
      assert.equal(
        (await korean.getByTestId('offline-badge').innerText()).trim(),
        'Offline analysis',
      );
      const koreanText = korean.getByTestId('answer-text');
      assert.equal(await koreanText.getAttribute('lang'), 'ko');
      const written = await koreanText.innerText();
      assert.match(written, /^오프라인 분석/);
      assert.match(written.slice('오프라인 분석'.length), HANGUL, 'the answer is in Korean');
      assert.ok((await korean.getByTestId('citation').count()) > 0, 'its numbers are cited too');
      await screenshot(page, 'advisor.png');

      // A blank question cannot be sent in the chat either.
      await box.fill(' \n ');
      assert.equal(await ask.isDisabled(), true);
      await box.press('Enter');
      await page.getByTestId('question-error').waitFor();
      assert.equal(
        await page.getByTestId('advisor-message').count(),
        4,
        'two questions, two answers',
      );
      const after = await sessionJson(page, `/api/v1/chats/${chatId}`);
      assert.equal(after.messages.length, 4, 'the server kept no blank question');
    });
  });

  test('infers the profile from a question, refuses an unknown symbol, and lets the user set it', async () => {
    await withPage(
      env,
      async (session) => {
        const { page } = session;
        await signUp(page);
        await page.goto('/advisor');
        const panel = page.getByTestId('profile-panel');
        const experience = panel.getByTestId('profile-experience');
        await eventually(
          async () => {
            assert.match(await experience.innerText(), /Beginner/);
            assert.match(await experience.innerText(), /Assumed until you say/);
          },
          { session },
        );

        const box = page.getByRole('textbox', { name: 'Your question' });
        await box.fill("I'm an experienced trader and I like aggressive bets. How is BTC doing?");
        await box.press('Enter');
        await waitForAnswer(session, 1);
        // The answer's question said who asks: the panel reads it again once the answer is in.
        await eventually(
          async () => {
            assert.match(await experience.innerText(), /Expert/);
            assert.match(await experience.innerText(), /Inferred from your questions, 100% sure/);
            assert.match(await panel.getByTestId('profile-tolerance').innerText(), /High/);
            assert.match(await panel.getByTestId('profile-assets').innerText(), /BTC-USD/);
          },
          { session },
        );
        await experience.getByText('Why').click();
        await experience.getByRole('link', { name: /experienced trader/ }).waitFor();

        // An unknown symbol is refused under the field, and nothing changes.
        await panel.getByTestId('edit-profile').click();
        await panel.getByTestId('choose-assets').check();
        const assets = panel.getByLabel('Symbols, separated by commas');
        await assets.fill('BTC-USD, NOPE');
        await panel.getByLabel('Experience').selectOption('INTERMEDIATE');
        await panel.getByTestId('save-profile').click();
        await panel.getByText("Sage lists no asset 'NOPE'", { exact: true }).waitFor();
        const unchanged = await sessionJson(page, '/api/v1/advisor/profile');
        assert.equal(unchanged.experience.source, 'INFERRED', 'nothing was set');
        assert.equal(unchanged.assetsSource, 'INFERRED');

        await assets.fill('BTC-USD, SPY');
        await panel.getByTestId('save-profile').click();
        await eventually(
          async () => {
            assert.match(await experience.innerText(), /Intermediate/);
            assert.match(await experience.innerText(), /Set by you/);
            assert.match(
              await panel.getByTestId('profile-assets').innerText(),
              /BTC-USD[\s\S]*SPY/,
            );
          },
          { session },
        );
        await screenshot(page, 'advisor-profile.png');
        const set = await sessionJson(page, '/api/v1/advisor/profile');
        assert.equal(set.experience.value, 'INTERMEDIATE');
        assert.deepEqual(
          set.assets.map((/** @type {{ symbol: string }} */ asset) => asset.symbol),
          ['BTC-USD', 'SPY'],
        );

        // One step puts it all back to inference.
        await panel.getByTestId('reset-profile').click();
        await eventually(async () => assert.match(await experience.innerText(), /Expert/), {
          session,
        });
      },
      { allowConsole: [/status of 400/] },
    );
  });
}
