import { toProblem } from '@/lib/api/problem';
import { paramDefaults, paramField } from '@/lib/strategy-params';

import type { BotLimits, BotRequest, Strategy, TradingAccount } from '../api/types';

import type { BotsMessages } from './messages';

export const LIMIT_NAMES = [
  'maxOrderNotional',
  'maxPositionQuantity',
  'maxOpenOrders',
  'maxDailyLoss',
  'maxDrawdown',
] as const;
export type LimitName = (typeof LIMIT_NAMES)[number];

/** What the form holds: text as typed, so a half-typed number survives a re-render. */
export interface BotFormValues {
  name: string;
  accountId: string;
  strategy: string;
  params: Record<string, string>;
  symbol: string;
  interval: string;
  /** YYYY-MM-DDTHH:mm in UTC, or empty for the first stored bar. */
  replayFrom: string;
  barsPerSecond: string;
  capital: string;
  /** Percent of traded value (0.1 means 0.1 %); the API takes a fraction. */
  commissionPercent: string;
  /** Empty for no limit; maxDrawdown in percent. */
  limits: Record<LimitName, string>;
}

export const INTERVALS = ['1m', '5m', '15m', '1h', '4h', '1d', '1w'] as const;
export const MAX_PACE = 1000;
/**
 * The pace sent for a live bot, which goes at the market's: the server still checks the field
 * (1 to 1000) but a live bot does not read it.
 */
export const LIVE_PACE = 1;

/** The form's fields that only a paper bot has: a live bot neither replays nor simulates fees. */
export const PAPER_ONLY_FIELDS = ['replayFrom', 'barsPerSecond', 'commission'] as const;

/**
 * The accounts a bot can trade on, paper ones first so that a new form never starts on a live
 * account unasked.
 */
export function botAccounts(accounts: readonly TradingAccount[]): TradingAccount[] {
  return [...accounts.filter((a) => !a.live), ...accounts.filter((a) => a.live)];
}

/** Errors by field key, as the server names them: `capital`, `params.lower`, `limits.maxOpenOrders`. */
export type FieldErrors = Record<string, string>;

const NO_LIMITS: Record<LimitName, string> = {
  maxOrderNotional: '',
  maxPositionQuantity: '',
  maxOpenOrders: '',
  maxDailyLoss: '',
  maxDrawdown: '',
};

/**
 * A new form: the first account and strategy, BTC-USD hourly, or what the URL carries (a backtest's
 * "Run as paper bot": `strategy`, `symbol`, `interval`, `capital`, `commission` as a fraction,
 * `replayFrom`, and `p.<name>` per parameter).
 */
export function initialBotValues(
  accounts: readonly TradingAccount[],
  strategies: readonly Strategy[],
  search: URLSearchParams = new URLSearchParams(),
): BotFormValues {
  const strategy = strategies.find((item) => item.id === search.get('strategy')) ?? strategies[0];
  const params = paramDefaults(strategy);
  for (const name of Object.keys(params)) {
    const given = search.get(`p.${name}`);
    if (given !== null) params[name] = given;
  }
  const commission = Number(search.get('commission'));
  const symbol = search.get('symbol') ?? 'BTC-USD';
  return {
    name: search.has('strategy') ? `${strategy?.id ?? 'bot'} ${symbol}` : '',
    accountId: accounts[0]?.id ?? '',
    strategy: strategy?.id ?? '',
    params,
    symbol,
    interval: search.get('interval') ?? '1h',
    replayFrom: toMinuteInput(search.get('replayFrom')),
    barsPerSecond: search.get('barsPerSecond') ?? '50',
    capital: search.get('capital') ?? '10000',
    commissionPercent:
      search.has('commission') && Number.isFinite(commission)
        ? String(Number((commission * 100).toPrecision(12)))
        : '0.1',
    limits: { ...NO_LIMITS },
  };
}

/** An instant as a datetime-local input shows it in UTC: `2019-10-17T00:00`. */
function toMinuteInput(iso: string | null): string {
  if (!iso) return '';
  const time = Date.parse(iso);
  return Number.isNaN(time) ? '' : new Date(time).toISOString().slice(0, 16);
}

function parse(text: string): number | undefined {
  const trimmed = text.trim().replace(/,/g, '');
  if (trimmed === '') return undefined;
  const value = Number(trimmed);
  return Number.isFinite(value) ? value : undefined;
}

export type BuiltBotRequest =
  { ok: true; request: BotRequest } | { ok: false; errors: FieldErrors };

/**
 * The request from the form, or what to fix first: the form's own checks, before the server's.
 * For a live account (`live`) the paper-only fields are neither checked nor sent as typed: no
 * replay start, the fixed {@link LIVE_PACE}, and no simulated commission (the exchange charges
 * its own fees).
 */
export function buildBotRequest(
  values: BotFormValues,
  strategy: Strategy | undefined,
  t: BotsMessages,
  live = false,
): BuiltBotRequest {
  const errors: FieldErrors = {};
  const number = (
    field: string,
    text: string,
    check: (value: number) => string | undefined,
    optional = false,
  ): number | undefined => {
    if (text.trim() === '') {
      if (!optional) errors[field] = t.required;
      return undefined;
    }
    const value = parse(text);
    if (value === undefined) {
      errors[field] = t.notANumber;
      return undefined;
    }
    const problem = check(value);
    if (problem) errors[field] = problem;
    return value;
  };
  const positive = (value: number) => (value > 0 ? undefined : t.mustBePositive);

  if (values.name.trim() === '') errors.name = t.required;
  if (values.accountId === '') errors.accountId = t.required;
  if (!strategy) errors.strategy = t.required;
  if (values.symbol.trim() === '') errors.symbol = t.required;

  const params: Record<string, number> = {};
  for (const param of strategy?.params ?? []) {
    const value = number(paramField(param.name), values.params[param.name] ?? '', (v) => {
      if (param.type === 'INTEGER' && !Number.isInteger(v)) {
        return t.wholeNumber(param.min, param.max);
      }
      return v < param.min || v > param.max ? t.outOfRange(param.min, param.max) : undefined;
    });
    if (value !== undefined) params[param.name] = value;
  }
  const barsPerSecond = live
    ? LIVE_PACE
    : number('barsPerSecond', values.barsPerSecond, (v) =>
        Number.isInteger(v) && v >= 1 && v <= MAX_PACE ? undefined : t.wholeNumber(1, MAX_PACE),
      );
  const capital = number('capital', values.capital, positive);
  const commission = live
    ? 0
    : number('commission', values.commissionPercent, (v) =>
        v < 0 || v > 10 ? t.outOfRange(0, 10) : undefined,
      );

  const limits: BotLimits = {};
  for (const name of LIMIT_NAMES) {
    const field = `limits.${name}`;
    const value = number(
      field,
      values.limits[name],
      name === 'maxOpenOrders'
        ? (v) => (Number.isInteger(v) && v >= 1 ? undefined : t.wholeNumber(1, 1000))
        : name === 'maxDrawdown'
          ? (v) => (v > 0 && v <= 100 ? undefined : t.outOfRange(0, 100))
          : positive,
      true,
    );
    if (value !== undefined) limits[name] = name === 'maxDrawdown' ? value / 100 : value;
  }

  if (Object.keys(errors).length > 0) return { ok: false, errors };
  const request: BotRequest = {
    name: values.name.trim(),
    accountId: values.accountId,
    strategy: values.strategy,
    params,
    symbol: values.symbol.trim(),
    interval: values.interval,
    barsPerSecond,
    capital: capital!,
    commission: Number(((commission ?? 0) / 100).toPrecision(12)),
    ...(values.replayFrom && !live ? { replayFrom: `${values.replayFrom}:00Z` } : {}),
    ...(Object.keys(limits).length > 0 ? { limits } : {}),
  };
  return { ok: true, request };
}

/** The server's word on each field it names (problem+json `errors`), by the form's field keys. */
export function serverBotErrors(error: unknown): FieldErrors {
  const result: FieldErrors = {};
  for (const { field, message } of toProblem(error).errors ?? []) {
    if (!field || !message) continue;
    result[field] = result[field] ? `${result[field]}; ${message}` : message;
  }
  return result;
}
