import { toProblem } from '@/lib/api/problem';
import { calendarDate } from '@/lib/format';
import { paramDefaults, paramField } from '@/lib/strategy-params';

import type { BacktestRequest, Instrument, Strategy, StrategyParam } from '../api/types';

/** What the form holds: text as typed, so a half-typed number is not lost on re-render. */
export interface BacktestFormValues {
  symbol: string;
  interval: string;
  /** YYYY-MM-DD, both inclusive. */
  from: string;
  to: string;
  strategy: string;
  /** Parameter values by name, as typed. */
  params: Record<string, string>;
  cash: string;
  /** Commission in percent of traded value (0.1 means 0.1 %); the API takes a fraction. */
  commissionPercent: string;
  /** Monte Carlo runs over the closed trades: 0 for none, else 100 to 10,000. */
  monteCarloRuns: string;
  monteCarloResampling: MonteCarloResampling;
}

export type MonteCarloResampling = 'BOOTSTRAP' | 'SHUFFLE';

/** Messages by field: `symbol`, `cash`, `commission`, `params.period`, … */
export type FieldErrors = Record<string, string>;

export const DEFAULT_CASH = '100000';
export const DEFAULT_COMMISSION_PERCENT = '0.1';
/** The server's bounds on cash and commission (a fraction up to 0.1, i.e. 10 %). */
export const MAX_CASH = 1_000_000_000_000;
export const MAX_COMMISSION_PERCENT = 10;
/** The server's Monte Carlo defaults and bounds. */
export const DEFAULT_MONTE_CARLO_RUNS = '1000';
export const DEFAULT_MONTE_CARLO_RESAMPLING: MonteCarloResampling = 'BOOTSTRAP';
export const MIN_MONTE_CARLO_RUNS = 100;
export const MAX_MONTE_CARLO_RUNS = 10_000;

export { paramDefaults, paramField };

/** A number from what was typed (thousands separators allowed); undefined if it is not one. */
export function parseNumber(text: string | undefined): number | undefined {
  const trimmed = (text ?? '').trim().replace(/,/g, '');
  if (trimmed === '') return undefined;
  const value = Number(trimmed);
  return Number.isFinite(value) ? value : undefined;
}

/** Why a parameter value breaks its schema (the server's own checks), or undefined. */
export function checkParam(param: StrategyParam, text: string | undefined): string | undefined {
  const value = parseNumber(text);
  if (value === undefined) return 'Enter a number.';
  if (param.type === 'INTEGER' && !Number.isInteger(value)) return 'Must be a whole number.';
  if (value < param.min || value > param.max) {
    const plain = (bound: number) => bound.toLocaleString('en-US', { maximumFractionDigits: 12 });
    return `Must be from ${plain(param.min)} to ${plain(param.max)}.`;
  }
  return undefined;
}

/** The series' first and last bar as calendar dates in the instrument's zone. */
export function coverageRange(
  instrument: Instrument | undefined,
  interval: string,
): { from: string; to: string } {
  const series = instrument?.series.find((item) => item.interval === interval);
  if (!instrument || !series) return { from: '', to: '' };
  return {
    from: series.firstBar ? calendarDate(series.firstBar, instrument.timezone) : '',
    to: series.lastBar ? calendarDate(series.lastBar, instrument.timezone) : '',
  };
}

/** The interval a new form starts on: daily when the instrument has it, else its first series. */
export function defaultInterval(instrument: Instrument | undefined): string {
  const intervals = instrument?.series.map((item) => item.interval) ?? [];
  return intervals.includes('1d') ? '1d' : (intervals[0] ?? '');
}

/** A fresh form for an instrument and strategy, with every default filled in. */
export function initialValues(
  instrument: Instrument | undefined,
  strategy: Strategy | undefined,
): BacktestFormValues {
  const interval = defaultInterval(instrument);
  return {
    symbol: instrument?.symbol ?? '',
    interval,
    ...coverageRange(instrument, interval),
    strategy: strategy?.id ?? '',
    params: paramDefaults(strategy),
    cash: DEFAULT_CASH,
    commissionPercent: DEFAULT_COMMISSION_PERCENT,
    monteCarloRuns: DEFAULT_MONTE_CARLO_RUNS,
    monteCarloResampling: DEFAULT_MONTE_CARLO_RESAMPLING,
  };
}

interface FormProblem {
  message: string;
  /** True when no request can be written (a missing choice, text that is not a number). */
  blocking: boolean;
}

function numberProblem(text: string, check: (value: number) => string | undefined) {
  const value = parseNumber(text);
  if (value === undefined) return { message: 'Enter a number.', blocking: true };
  const message = check(value);
  return message ? { message, blocking: false } : undefined;
}

function formProblems(
  values: BacktestFormValues,
  strategy: Strategy | undefined,
): Record<string, FormProblem> {
  const problems: Record<string, FormProblem> = {};
  const add = (field: string, problem: FormProblem | undefined) => {
    if (problem) problems[field] = problem;
  };
  if (!values.symbol) add('symbol', { message: 'Choose an instrument.', blocking: true });
  if (!values.interval) add('interval', { message: 'Choose an interval.', blocking: true });
  if (!values.strategy || !strategy) {
    add('strategy', { message: 'Choose a strategy.', blocking: true });
  }
  if (values.from && values.to && values.from > values.to) {
    add('from', { message: 'Must not be after To.', blocking: false });
  }
  for (const param of strategy?.params ?? []) {
    const message = checkParam(param, values.params[param.name]);
    if (message) {
      const blocking = parseNumber(values.params[param.name]) === undefined;
      add(paramField(param.name), { message, blocking });
    }
  }
  add(
    'cash',
    numberProblem(values.cash, (cash) =>
      cash <= 0 || cash > MAX_CASH ? 'Must be more than 0 and at most 1 trillion.' : undefined,
    ),
  );
  add(
    'commission',
    numberProblem(values.commissionPercent, (percent) =>
      percent < 0 || percent > MAX_COMMISSION_PERCENT
        ? `Must be from 0 to ${MAX_COMMISSION_PERCENT} %.`
        : undefined,
    ),
  );
  add(
    'monteCarlo.runs',
    numberProblem(values.monteCarloRuns, (runs) =>
      !Number.isInteger(runs) ||
      (runs !== 0 && (runs < MIN_MONTE_CARLO_RUNS || runs > MAX_MONTE_CARLO_RUNS))
        ? 'Must be 0 (none) or a whole number from 100 to 10,000.'
        : undefined,
    ),
  );
  return problems;
}

/**
 * Every problem the form can see before asking the server: missing choices, numbers that are
 * not numbers, and values outside the ranges the schema and the server publish.
 */
export function checkForm(values: BacktestFormValues, strategy: Strategy | undefined): FieldErrors {
  const errors: FieldErrors = {};
  for (const [field, problem] of Object.entries(formProblems(values, strategy))) {
    errors[field] = problem.message;
  }
  return errors;
}

/** Percent to fraction without binary noise: 0.1 → 0.001, not 0.0010000000000000002. */
export function percentToFraction(percent: number): number {
  return Number((percent / 100).toPrecision(12));
}

export type BuiltRequest =
  { ok: true; request: BacktestRequest } | { ok: false; errors: FieldErrors };

/**
 * The request body, or the problems that stop one being written at all (a choice missing or a
 * number that is not a number). Values out of range are sent: the server is the authority and
 * its problem is shown as it words it.
 */
export function buildRequest(
  values: BacktestFormValues,
  strategy: Strategy | undefined,
): BuiltRequest {
  const blocking: FieldErrors = {};
  for (const [field, problem] of Object.entries(formProblems(values, strategy))) {
    if (problem.blocking) blocking[field] = problem.message;
  }
  const cash = parseNumber(values.cash);
  const commission = parseNumber(values.commissionPercent);
  const runs = parseNumber(values.monteCarloRuns);
  const params: Record<string, number> = {};
  for (const param of strategy?.params ?? []) {
    const value = parseNumber(values.params[param.name]);
    if (value !== undefined) params[param.name] = value;
  }
  if (
    Object.keys(blocking).length > 0 ||
    !strategy ||
    cash === undefined ||
    commission === undefined ||
    runs === undefined
  ) {
    return { ok: false, errors: blocking };
  }
  return {
    ok: true,
    request: {
      strategy: strategy.id,
      symbol: values.symbol,
      interval: values.interval,
      ...(values.from ? { from: values.from } : {}),
      ...(values.to ? { to: values.to } : {}),
      params,
      cash,
      commission: percentToFraction(commission),
      // sent only when it differs from the server's default (1,000 bootstrap runs)
      ...(String(runs) !== DEFAULT_MONTE_CARLO_RUNS ||
      values.monteCarloResampling !== DEFAULT_MONTE_CARLO_RESAMPLING
        ? { monteCarlo: { runs, resampling: values.monteCarloResampling } }
        : {}),
    },
  };
}

const FORM_FIELDS = new Set([
  'symbol',
  'interval',
  'from',
  'to',
  'strategy',
  'cash',
  'commission',
  'monteCarlo.runs',
  'monteCarlo.resampling',
]);

/**
 * The server's field errors that name a form field (`cash`, `params.period`, `params[period]`),
 * keyed as the form keys them; others stay in the problem alert only.
 */
export function serverFieldErrors(error: unknown): FieldErrors {
  const result: FieldErrors = {};
  for (const { field, message } of toProblem(error).errors ?? []) {
    const param = /^params(?:\.|\[)['"]?([A-Za-z0-9_-]+)['"]?\]?$/.exec(field);
    const key = param ? paramField(param[1] ?? '') : FORM_FIELDS.has(field) ? field : undefined;
    if (key && !(key in result)) result[key] = message;
  }
  return result;
}
