import { formatPrice } from '@/lib/format';

import type { FactUnit } from '../api/types';

const formats = new Map<number, Intl.NumberFormat>();

function decimals(value: number, digits: number): string {
  let format = formats.get(digits);
  if (!format) {
    format = new Intl.NumberFormat('en-US', {
      minimumFractionDigits: digits,
      maximumFractionDigits: digits,
    });
    formats.set(digits, format);
  }
  return format.format(value);
}

/**
 * A fact's exact value as the popover of a cited number shows it: money with its currency
 * (`64,321.87 USD`, more digits for a price under 1), percent points (`12.50%`), index values
 * whole when whole (`40`, `62.35`), days whole, plain numbers with up to 2 decimals.
 */
export function formatFactValue(value: number, unit: FactUnit, currency?: string | null): string {
  if (!Number.isFinite(value)) return '—';
  switch (unit) {
    case 'MONEY':
      return currency ? `${formatPrice(value, currency)} ${currency}` : decimals(value, 2);
    case 'PERCENT':
      return `${decimals(value, 2)}%`;
    case 'INDEX':
      return Number.isInteger(value) ? decimals(value, 0) : decimals(value, 2);
    case 'DAYS':
      return decimals(value, 0);
    case 'NUMBER':
      return new Intl.NumberFormat('en-US', { maximumFractionDigits: 2 }).format(value);
  }
}

/**
 * The source as a link target, when it is one of Sage's own API paths; anything else (a
 * provider's name, or a scheme such as `javascript:`) is shown as text, never linked.
 */
export function sourceHref(source: string): string | undefined {
  return /^\/api\/\S*$/.test(source) ? source : undefined;
}
