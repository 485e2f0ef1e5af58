/**
 * Number and date formatting for market data. Prices follow the currency's usual minor units
 * (KRW and JPY have none, USD two) unless a price needs more to be exact (sub-cent crypto, 1/16 fractions).
 */

const LOCALE = 'en-US';

/** Minor-unit digits for the currencies Sage lists; ISO 4217 defaults cover the rest. */
const CURRENCY_DECIMALS: Record<string, number> = {
  KRW: 0,
  JPY: 0,
  USD: 2,
  EUR: 2,
  GBP: 2,
  USDT: 2,
  USDC: 2,
};

const MAX_PRICE_DECIMALS = 8;

export function currencyDecimals(currency: string): number {
  const known = CURRENCY_DECIMALS[currency.toUpperCase()];
  if (known !== undefined) return known;
  try {
    return (
      new Intl.NumberFormat(LOCALE, { style: 'currency', currency }).resolvedOptions()
        .maximumFractionDigits ?? 2
    );
  } catch {
    // Not an ISO code (e.g. a crypto asset): show enough digits for small unit prices.
    return 2;
  }
}

/**
 * Digits after the decimal point a value needs, ignoring binary floating-point noise
 * (a server-computed change of 1.2999999999998 needs one digit, not thirteen).
 */
export function decimalsOf(value: number): number {
  if (!Number.isFinite(value)) return 0;
  const tolerance = 1e-9 * Math.max(1, Math.abs(value));
  for (let digits = 0; digits < MAX_PRICE_DECIMALS; digits++) {
    if (Math.abs(Number(value.toFixed(digits)) - value) <= tolerance) return digits;
  }
  return MAX_PRICE_DECIMALS;
}

/** Price digits: the currency's minor units, more only if the value itself needs them. */
export function priceDecimals(value: number, currency: string): number {
  return Math.min(Math.max(currencyDecimals(currency), decimalsOf(value)), MAX_PRICE_DECIMALS);
}

const numberFormats = new Map<string, Intl.NumberFormat>();

function numberFormat(options: Intl.NumberFormatOptions): Intl.NumberFormat {
  const key = JSON.stringify(options);
  let format = numberFormats.get(key);
  if (!format) {
    format = new Intl.NumberFormat(LOCALE, options);
    numberFormats.set(key, format);
  }
  return format;
}

const DASH = '—';

function missing(value: number | null | undefined): value is null | undefined {
  return value === null || value === undefined || !Number.isFinite(value);
}

/** `2,385,000` for KRW, `135.56` for USD, `0.00001234` where the price needs it. */
export function formatPrice(value: number | null | undefined, currency: string): string {
  if (missing(value)) return DASH;
  const digits = priceDecimals(value, currency);
  return numberFormat({ minimumFractionDigits: digits, maximumFractionDigits: digits }).format(
    value,
  );
}

/** A price change with an explicit sign: `+15,000`, `−1.25`. */
export function formatChange(value: number | null | undefined, currency: string): string {
  if (missing(value)) return DASH;
  const digits = priceDecimals(value, currency);
  return numberFormat({
    minimumFractionDigits: digits,
    maximumFractionDigits: digits,
    signDisplay: 'exceptZero',
  }).format(value);
}

/** Percent points (0.63 means 0.63 %), always with a sign: `+0.63%`. */
export function formatPercent(value: number | null | undefined): string {
  if (missing(value)) return DASH;
  return `${numberFormat({
    minimumFractionDigits: 2,
    maximumFractionDigits: 2,
    signDisplay: 'exceptZero',
  }).format(value)}%`;
}

/** Volumes in compact form: `4.01M`, `812K`, `1.2B`; small volumes as they are. */
export function formatVolume(value: number | null | undefined): string {
  if (missing(value)) return DASH;
  if (Math.abs(value) < 10_000) return numberFormat({ maximumFractionDigits: 4 }).format(value);
  return numberFormat({ notation: 'compact', maximumFractionDigits: 2 }).format(value);
}

export function formatCount(value: number | null | undefined): string {
  if (missing(value)) return DASH;
  return numberFormat({ maximumFractionDigits: 0 }).format(value);
}

export type ChangeDirection = 'up' | 'down' | 'flat';

export function changeDirection(value: number | null | undefined): ChangeDirection {
  if (missing(value) || value === 0) return 'flat';
  return value > 0 ? 'up' : 'down';
}

const dateFormats = new Map<string, Intl.DateTimeFormat>();

function dateFormat(timeZone: string, withTime: boolean): Intl.DateTimeFormat {
  const key = `${timeZone}|${withTime}`;
  let format = dateFormats.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat(LOCALE, {
      timeZone,
      year: 'numeric',
      month: 'short',
      day: 'numeric',
      ...(withTime ? { hour: '2-digit', minute: '2-digit', hourCycle: 'h23' } : {}),
    });
    dateFormats.set(key, format);
  }
  return format;
}

/** `Feb 14, 2018` in the instrument's own time zone (a KRX session date, not the viewer's). */
export function formatDate(iso: string | null | undefined, timeZone: string): string {
  if (!iso) return DASH;
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return DASH;
  return dateFormat(timeZone, false).format(date);
}

export function formatDateTime(iso: string | null | undefined, timeZone: string): string {
  if (!iso) return DASH;
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return DASH;
  return dateFormat(timeZone, true).format(date);
}

/** The calendar year of an instant in a time zone. */
export function yearIn(iso: string, timeZone: string): number {
  const parts = new Intl.DateTimeFormat(LOCALE, { timeZone, year: 'numeric' }).formatToParts(
    new Date(iso),
  );
  return Number(parts.find((part) => part.type === 'year')?.value);
}

/** `1999–2020` (or one year) for a coverage span. */
export function formatYearSpan(fromIso: string, toIso: string, timeZone: string): string {
  const from = yearIn(fromIso, timeZone);
  const to = yearIn(toIso, timeZone);
  if (!Number.isFinite(from) || !Number.isFinite(to)) return DASH;
  return from === to ? String(from) : `${from}–${to}`;
}

/**
 * A fraction as percent with two decimals: `0.2534` → `+25.34%` (signed, for returns) or
 * `25.34%` (unsigned, for shares such as exposure and win rate).
 */
export function formatFraction(
  value: number | null | undefined,
  options: { signed?: boolean } = {},
): string {
  if (missing(value)) return DASH;
  return `${numberFormat({
    minimumFractionDigits: 2,
    maximumFractionDigits: 2,
    signDisplay: options.signed ? 'exceptZero' : 'auto',
  }).format(value * 100)}%`;
}

/** A dimensionless ratio such as Sharpe or profit factor: `1.27`, `−0.41`. */
export function formatRatio(value: number | null | undefined): string {
  if (missing(value)) return DASH;
  return numberFormat({ minimumFractionDigits: 2, maximumFractionDigits: 2 }).format(value);
}

/** A money amount in the currency's minor units, with its code: `100,000.00 USD`. */
export function formatMoney(value: number | null | undefined, currency: string): string {
  if (missing(value)) return DASH;
  const digits = currencyDecimals(currency);
  return `${numberFormat({ minimumFractionDigits: digits, maximumFractionDigits: digits }).format(
    value,
  )} ${currency}`;
}

/** A money amount in the currency's minor units, without the code, for table cells: `104,880.84`. */
export function formatAmount(value: number | null | undefined, currency: string): string {
  if (missing(value)) return DASH;
  const digits = currencyDecimals(currency);
  return numberFormat({ minimumFractionDigits: digits, maximumFractionDigits: digits }).format(
    value,
  );
}

/** A signed money amount without the code, for P&L columns: `+1,234.50`, `−12.00`. */
export function formatSignedMoney(value: number | null | undefined, currency: string): string {
  if (missing(value)) return DASH;
  const digits = currencyDecimals(currency);
  return numberFormat({
    minimumFractionDigits: digits,
    maximumFractionDigits: digits,
    signDisplay: 'exceptZero',
  }).format(value);
}

/** A whole number of days: `1 day`, `312 days`. */
export function formatDays(value: number | null | undefined): string {
  if (missing(value)) return DASH;
  const days = Math.round(value);
  return `${numberFormat({ maximumFractionDigits: 0 }).format(days)} ${days === 1 ? 'day' : 'days'}`;
}

const calendarFormats = new Map<string, Intl.DateTimeFormat>();

/**
 * The calendar date (YYYY-MM-DD) of an instant in a time zone: a KRX bar opening at
 * 2018-02-14T00:00Z is on 2018-02-14 in Seoul; an instant that is not a date gives ''.
 */
export function calendarDate(iso: string, timeZone: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return '';
  let format = calendarFormats.get(timeZone);
  if (!format) {
    format = new Intl.DateTimeFormat('en-US', {
      timeZone,
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
    });
    calendarFormats.set(timeZone, format);
  }
  const parts = format.formatToParts(date);
  const part = (type: Intl.DateTimeFormatPartTypes) =>
    parts.find((item) => item.type === type)?.value ?? '';
  return `${part('year')}-${part('month')}-${part('day')}`;
}
