/**
 * The root of every query whose answer depends on who is signed in (the account's own pages, its
 * backtests and sweeps). Signing in, up or out removes everything under it, so a browser shared by
 * two people never shows one of them what the other loaded.
 */
export const USER_QUERY_KEY = ['account'] as const;
