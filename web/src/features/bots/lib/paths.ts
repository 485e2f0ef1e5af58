export const BOTS_PATH = '/bots';
export const TRADING_ACCOUNTS_PATH = '/trading/accounts';

export function botPath(id: string): string {
  return `${BOTS_PATH}/${encodeURIComponent(id)}`;
}

export function tradingAccountPath(id: string): string {
  return `${TRADING_ACCOUNTS_PATH}/${encodeURIComponent(id)}`;
}

/** The account feature's two-factor settings page (features do not import each other). */
export const SECURITY_SETTINGS_PATH = '/settings/security';
