// Direct API calls, so specs compare what the page drew with what the server says.
import assert from 'node:assert/strict';

/**
 * @param {string} baseUrl
 * @param {string} path
 * @returns {Promise<any>}
 */
export async function apiJson(baseUrl, path) {
  const response = await fetch(`${baseUrl}${path}`, { headers: { Accept: 'application/json' } });
  const text = await response.text();
  assert.ok(response.ok, `GET ${path} answered ${response.status}: ${text.slice(0, 500)}`);
  return JSON.parse(text);
}

/**
 * @param {string} baseUrl
 * @param {string} symbol
 * @param {string} interval
 * @returns {Promise<number>}
 */
export async function barCount(baseUrl, symbol, interval) {
  const body = await apiJson(
    baseUrl,
    `/api/v1/instruments/${encodeURIComponent(symbol)}/bars?interval=${interval}`,
  );
  assert.equal(typeof body.count, 'number', `bars response for ${symbol} ${interval} has no count`);
  assert.equal(body.bars.length, body.count, `${symbol} ${interval}: count differs from bars sent`);
  return body.count;
}
