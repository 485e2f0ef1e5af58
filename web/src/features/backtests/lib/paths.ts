export const BACKTESTS_PATH = '/backtests';

export function backtestPath(id: string): string {
  return `${BACKTESTS_PATH}/${encodeURIComponent(id)}`;
}

export function sweepPath(id: string): string {
  return `${BACKTESTS_PATH}/sweeps/${encodeURIComponent(id)}`;
}

/** What a paper bot needs from a backtest to run the same strategy. */
export interface PaperBotSource {
  strategy: string;
  params: Record<string, number>;
  symbol: string;
  interval: string;
  cash: number;
  commission: number;
  firstBar: string;
}

/**
 * The new-bot form (on the Bots page) filled in from a backtest: the bot form reads `strategy`,
 * `symbol`, `interval`, `capital`, `commission` (a fraction), `replayFrom` and `p.<name>`.
 */
export function paperBotPath(source: PaperBotSource): string {
  const search = new URLSearchParams({
    strategy: source.strategy,
    symbol: source.symbol,
    interval: source.interval,
    capital: String(source.cash),
    commission: String(source.commission),
    replayFrom: source.firstBar,
  });
  for (const [name, value] of Object.entries(source.params)) search.set(`p.${name}`, String(value));
  return `/bots?${search.toString()}`;
}
