// Debian's Chromium driven by playwright-core (browser downloads are unreachable here), and a
// page wrapper that records console errors and uncaught exceptions so specs can fail on them.
import assert from 'node:assert/strict';
import { existsSync, mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';

import { chromium } from 'playwright-core';

export const VIEWPORT = { width: 1280, height: 800 };

export function outDir() {
  return resolve(process.env.SAGE_E2E_OUT || 'target/e2e');
}

export async function launchChromium() {
  const executablePath = process.env.SAGE_CHROMIUM || '/usr/bin/chromium';
  if (!existsSync(executablePath)) {
    throw new Error(
      `Browser tests need Chromium: apt-get install chromium (looked for ${executablePath})`,
    );
  }
  return chromium.launch({
    executablePath,
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}

/**
 * Answers the test server gives by design and the browser logs as failed loads: offline Sage has no
 * Fear & Greed provider, so the dashboard's request gets 503 fear-greed-not-configured on every
 * visit to /markets (the page shows a notice instead; the dashboard spec checks it).
 */
const EXPECTED_FAILED_RESOURCES = [/\/api\/v1\/market\/fear-greed(\?|$)/];

/**
 * @typedef {object} Session
 * @property {import('playwright-core').Page} page
 * @property {string[]} consoleErrors
 * @property {string[]} pageErrors
 * @property {() => void} assertClean throws if the page logged an error that was not allowed
 * @property {() => Promise<void>} close
 */

/**
 * @param {import('playwright-core').Browser} browser
 * @param {string} baseUrl
 * @param {{ allowConsole?: RegExp[] }} [options] console errors the spec expects (e.g. a 404)
 * @returns {Promise<Session>}
 */
export async function openSession(browser, baseUrl, options = {}) {
  const context = await browser.newContext({ baseURL: baseUrl, viewport: VIEWPORT });
  const page = await context.newPage();
  page.setDefaultTimeout(20_000);
  /** @type {string[]} */
  const consoleErrors = [];
  /** @type {string[]} */
  const pageErrors = [];
  page.on('console', (message) => {
    if (message.type() !== 'error') return;
    const text = message.text();
    if ((options.allowConsole ?? []).some((pattern) => pattern.test(text))) return;
    const location = message.location();
    if (
      text.startsWith('Failed to load resource') &&
      EXPECTED_FAILED_RESOURCES.some((pattern) => pattern.test(location.url))
    ) {
      return;
    }
    consoleErrors.push(`${text} (${location.url}:${location.lineNumber})`);
  });
  page.on('pageerror', (error) => pageErrors.push(error.stack ?? error.message));

  return {
    page,
    consoleErrors,
    pageErrors,
    assertClean() {
      assert.deepEqual(
        { uncaught: pageErrors, console: consoleErrors },
        { uncaught: [], console: [] },
        'the page logged errors',
      );
    },
    close: () => context.close(),
  };
}

/** Diagnostics to append to a failure: what the page said, and where it was. */
/** @param {Session} session */
export function describeSession(session) {
  const lines = [`url: ${session.page.url()}`];
  if (session.pageErrors.length)
    lines.push(`uncaught errors:\n  ${session.pageErrors.join('\n  ')}`);
  if (session.consoleErrors.length) {
    lines.push(`console errors:\n  ${session.consoleErrors.join('\n  ')}`);
  }
  return lines.join('\n');
}

/**
 * Retries `check` until it stops throwing or the time is up, then rethrows its last error
 * (an assertion message says far more than "timed out").
 * @template T
 * @param {() => Promise<T>} check
 * @param {{ timeoutMs?: number, session?: Session }} [options]
 * @returns {Promise<T>}
 */
export async function eventually(check, { timeoutMs = 20_000, session } = {}) {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    try {
      return await check();
    } catch (error) {
      if (Date.now() >= deadline) {
        if (session && error instanceof Error) {
          error.message = `${error.message}\n${describeSession(session)}`;
        }
        throw error;
      }
      await sleep(200);
    }
  }
}

/**
 * @param {import('playwright-core').Page} page
 * @param {string} name
 */
export async function screenshot(page, name) {
  const dir = outDir();
  mkdirSync(dir, { recursive: true });
  const path = join(dir, name);
  await page.screenshot({ path, fullPage: false });
  return path;
}

/**
 * Runs `spec` on a fresh page; fails it if the page logged errors, and adds the page's errors and
 * URL to any failure message.
 * @param {{ browser: import('playwright-core').Browser | undefined, baseUrl: string }} env
 * @param {(session: Session) => Promise<void>} spec
 * @param {{ allowConsole?: RegExp[] }} [options]
 */
export async function withPage(env, spec, options) {
  assert.ok(env.browser, 'Chromium did not start');
  const session = await openSession(env.browser, env.baseUrl, options);
  try {
    await spec(session);
    session.assertClean();
  } catch (error) {
    if (error instanceof Error && !error.message.includes('url: ')) {
      error.message = `${error.message}\n${describeSession(session)}`;
    }
    throw error;
  } finally {
    await session.close();
  }
}
