// Page-object helpers shared by the specs: selectors live here, not in every test.
import assert from 'node:assert/strict';

import { eventually } from '../browser.mjs';

/** @typedef {import('../browser.mjs').Session} Session */

/** @param {import('playwright-core').Page} page */
export function rowSymbols(page) {
  return page
    .locator('[data-testid="instrument-table"] tbody tr')
    .evaluateAll((rows) => rows.map((row) => row.getAttribute('data-symbol')));
}

/** @param {import('playwright-core').Page} page */
export function searchBox(page) {
  return page.getByRole('searchbox', { name: 'Search instruments' });
}

/**
 * Waits until the chart has drawn `expected` bars for `interval`; returns the drawn count.
 * @param {Session} session
 * @param {{ interval: string, expected: number }} want
 */
export async function expectChartBars(session, { interval, expected }) {
  const chart = session.page.getByTestId('price-chart');
  return eventually(
    async () => {
      const drawn = await chart.evaluate((element) => ({
        interval: element.getAttribute('data-interval'),
        count: element.getAttribute('data-bar-count'),
      }));
      assert.deepEqual(
        drawn,
        { interval, count: String(expected) },
        `chart should hold ${expected} ${interval} bars`,
      );
      return Number(drawn.count);
    },
    { session, timeoutMs: 30_000 },
  );
}

/**
 * The pressed button of a segmented control, by its test id.
 * @param {import('playwright-core').Page} page
 * @param {string} testId
 */
export function pressedValues(page, testId) {
  return page
    .getByTestId(testId)
    .locator('button[aria-pressed="true"]')
    .evaluateAll((buttons) => buttons.map((button) => button.getAttribute('data-value')));
}

/**
 * @param {import('playwright-core').Page} page
 * @param {string} testId
 * @param {string} value
 */
export function segmentButton(page, testId, value) {
  return page.getByTestId(testId).locator(`button[data-value="${value}"]`);
}

/**
 * Waits until the chart with `testId` carries `attribute` = `expected` (charts write what they
 * drew into data attributes after each setData).
 * @param {Session} session
 * @param {string} testId
 * @param {string} attribute
 * @param {number} expected
 */
export async function chartAttribute(session, testId, attribute, expected) {
  const chart = session.page.getByTestId(testId);
  return eventually(
    async () => {
      assert.equal(
        await chart.getAttribute(attribute),
        String(expected),
        `${testId} ${attribute} should be ${expected}`,
      );
    },
    { session, timeoutMs: 30_000 },
  );
}
