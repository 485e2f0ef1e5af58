// Browser specs against the real Sage server: `npm run e2e` (node --test e2e/).
// SAGE_JAR (+ SAGE_JAVA) starts the packaged server; SAGE_BASE_URL uses a running one.
import { after, before, describe } from 'node:test';

import { launchChromium, outDir } from './browser.mjs';
import { startSage } from './sage-server.mjs';
import { accountSpecs } from './specs/accounts.mjs';
import { backtestsSpecs } from './specs/backtests.mjs';
import { dashboardSpecs } from './specs/dashboard.mjs';
import { livePricesSpecs } from './specs/live-prices.mjs';
import { marketsSpecs } from './specs/markets.mjs';
import { navigationSpecs } from './specs/navigation.mjs';
import { symbolIndicatorsSpecs } from './specs/symbol-indicators.mjs';
import { sweepsSpecs } from './specs/sweeps.mjs';

/**
 * @typedef {object} E2eEnv
 * @property {string} baseUrl
 * @property {import('playwright-core').Browser | undefined} browser
 */

/** @type {E2eEnv} */
const env = { baseUrl: '', browser: undefined };
/** @type {import('./sage-server.mjs').SageServer | undefined} */
let server;

before(async () => {
  // Chromium first: a missing browser should fail in a second, not after a server start.
  env.browser = await launchChromium();
  // Replay adds ticks of the hourly BTC-USD bars (50 bars a second) for the live price specs;
  // no other spec asserts a price on the screens that show them.
  server = await startSage({
    outDir: outDir(),
    // The specs load market screens far faster than a person does, all from 127.0.0.1: the stocks
    // limit (100 a minute by default) is raised for them; every other limit keeps its default.
    args: [
      '--sage.market.replay.enabled=true',
      '--sage.market.replay.speed=50',
      '--sage.rate-limits.groups.stocks.per-minute=5000',
      // Backtests and sweeps are their owner's, so each of their specs signs a new account up;
      // with the account specs that is more sign-ups a minute than sign-in's 10 from one address.
      '--sage.rate-limits.groups.login.per-minute=100',
    ],
  });
  env.baseUrl = server.baseUrl;
});

after(async () => {
  await env.browser?.close();
  await server?.stop();
});

describe('markets', () => marketsSpecs(env));
describe('markets dashboard', () => dashboardSpecs(env));
describe('symbol indicators and export', () => symbolIndicatorsSpecs(env));
describe('live prices', () => livePricesSpecs(env));
describe('backtests', () => backtestsSpecs(env));
describe('sweeps', () => sweepsSpecs(env));
describe('navigation and placeholders', () => navigationSpecs(env));
describe('accounts', () => accountSpecs(env));
