import type { Bot } from '../api/types';

/** Profit or loss so far: equity against the capital it started with. */
export function botPnl(bot: Pick<Bot, 'equity' | 'capital'>): number {
  return bot.equity - bot.capital;
}

const QUANTITY = new Intl.NumberFormat('en-US', { maximumFractionDigits: 8 });

/** A position or order size as exact as a lot allows (0.05 BTC, not 0): `1,250.5`, `0.01`. */
export function formatQuantity(value: number | null | undefined): string {
  return value === null || value === undefined || !Number.isFinite(value)
    ? '—'
    : QUANTITY.format(value);
}
