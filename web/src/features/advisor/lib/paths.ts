export const ADVISOR_PATH = '/advisor';

export function chatPath(id: string): string {
  return `${ADVISOR_PATH}/${encodeURIComponent(id)}`;
}

export const SHADOW_PORTFOLIO_PATH = '/shadow-portfolio';

/** Where a person trades: the advisor never places orders, it only links there. */
export const TRADING_PATH = '/trading/accounts';
