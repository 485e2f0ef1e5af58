// Browser specs against the real Sage server: `npm run e2e` (node --test e2e/).
// SAGE_JAR (+ SAGE_JAVA) starts the packaged server; SAGE_BASE_URL uses a running one.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe } from 'node:test';

import { launchChromium, outDir } from './browser.mjs';
import { startFakeBinance } from './fake-binance.mjs';
import { startSage } from './sage-server.mjs';
import { accountSpecs } from './specs/accounts.mjs';
import { adminUsersSpecs } from './specs/admin-users.mjs';
import { advisorSpecs } from './specs/advisor.mjs';
import { apiKeySpecs } from './specs/api-keys.mjs';
import { auditSpecs } from './specs/audit.mjs';
import { backtestsSpecs } from './specs/backtests.mjs';
import { botsSpecs } from './specs/bots.mjs';
import { dashboardSpecs } from './specs/dashboard.mjs';
import { liveTradingSpecs } from './specs/live-trading.mjs';
import { livePricesSpecs } from './specs/live-prices.mjs';
import { marketsSpecs } from './specs/markets.mjs';
import { navigationSpecs } from './specs/navigation.mjs';
import { shadowPortfolioSpecs } from './specs/shadow-portfolio.mjs';
import { symbolIndicatorsSpecs } from './specs/symbol-indicators.mjs';
import { sweepsSpecs } from './specs/sweeps.mjs';

/**
 * @typedef {object} E2eEnv
 * @property {string} baseUrl
 * @property {import('playwright-core').Browser | undefined} browser
 * @property {import('./fake-binance.mjs').FakeBinance | undefined} fakeBinance the exchange live
 *   accounts connect to (not with SAGE_BASE_URL: that server's Binance is its own)
 * @property {E2eAdmin} admin the administrator the server creates at start (sage.identity.admin.*);
 *   with SAGE_BASE_URL, set SAGE_E2E_ADMIN_EMAIL and SAGE_E2E_ADMIN_PASSWORD to one of that
 *   server's administrators (and SAGE_E2E_ADMIN_TOTP_SECRET if they have a second factor)
 */

/**
 * @typedef {object} E2eAdmin
 * @property {string} email
 * @property {string} password
 * @property {string} [totpSecret] their second factor's secret, once a spec enrolled it
 *   (specs/accounts.mjs signInAsAdmin)
 * @property {number} [lastCodeStep] the 30-second period of the last code sent, which the server
 *   will not take again
 */

/** @type {E2eEnv} */
const env = {
  baseUrl: '',
  browser: undefined,
  fakeBinance: undefined,
  admin: {
    email: process.env.SAGE_E2E_ADMIN_EMAIL || 'e2e-admin@example.com',
    password: process.env.SAGE_E2E_ADMIN_PASSWORD || 'amber lantern over quiet hills',
    totpSecret: process.env.SAGE_E2E_ADMIN_TOTP_SECRET || undefined,
  },
};
/** @type {import('./sage-server.mjs').SageServer | undefined} */
let server;

before(async () => {
  // Chromium first: a missing browser should fail in a second, not after a server start.
  env.browser = await launchChromium();
  // The first administrator, as an operator configures one: the password in a file, so that it
  // stays out of the process list.
  const adminPasswordFile = join(outDir(), 'admin-password.txt');
  mkdirSync(outDir(), { recursive: true });
  writeFileSync(adminPasswordFile, `${env.admin.password}\n`, { mode: 0o600 });
  // The fake exchange first: the server is pointed at it when it starts.
  if (!process.env.SAGE_BASE_URL) env.fakeBinance = await startFakeBinance();
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
      // Every spec signs up or in from 127.0.0.1 (backtests and sweeps are their owner's, so
      // their specs sign a new account up too): more than the 10 a minute one address gets.
      '--sage.rate-limits.groups.login.per-minute=200',
      `--sage.identity.admin.email=${env.admin.email}`,
      `--sage.identity.admin.password-file=${adminPasswordFile}`,
      // Live accounts on Binance trade with the fake one (fake-binance.mjs).
      ...(env.fakeBinance
        ? [`--sage.trading.venues.binance.base-url=${env.fakeBinance.baseUrl}`]
        : []),
    ],
  });
  env.baseUrl = server.baseUrl;
});

after(async () => {
  await env.browser?.close();
  await server?.stop();
  await env.fakeBinance?.stop();
});

describe('markets', () => marketsSpecs(env));
describe('markets dashboard', () => dashboardSpecs(env));
describe('symbol indicators and export', () => symbolIndicatorsSpecs(env));
describe('live prices', () => livePricesSpecs(env));
describe('backtests', () => backtestsSpecs(env));
describe('sweeps', () => sweepsSpecs(env));
describe('bots', () => botsSpecs(env));
describe('live trading', () => liveTradingSpecs(env));
describe('advisor', () => advisorSpecs(env));
describe('shadow portfolio', () => shadowPortfolioSpecs(env));
describe('navigation and placeholders', () => navigationSpecs(env));
describe('accounts', () => accountSpecs(env));
describe('API keys', () => apiKeySpecs(env));
describe('audit log', () => auditSpecs(env));
describe('administration', () => adminUsersSpecs(env));
