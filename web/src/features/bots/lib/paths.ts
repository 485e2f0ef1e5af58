export const BOTS_PATH = '/bots';
export const TRADING_ACCOUNTS_PATH = '/trading/accounts';

export function botPath(id: string): string {
  return `${BOTS_PATH}/${encodeURIComponent(id)}`;
}
