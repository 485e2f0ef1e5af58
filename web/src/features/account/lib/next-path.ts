/** Where a signed-out visitor goes, and back: only paths on this site, never another origin. */
export const SIGN_IN_PATH = '/sign-in';
export const SIGN_UP_PATH = '/sign-up';
export const SETTINGS_PATH = '/settings';
/** Two-factor authentication; an administrator without it may only come here. */
export const SECURITY_PATH = '/settings/security';
export const WATCHLISTS_PATH = '/watchlists';
/** Where emailed links lead; the server writes these paths into its emails. */
export const RESET_PASSWORD_PATH = '/reset-password';
export const VERIFY_EMAIL_PATH = '/verify-email';
export const DEFAULT_AFTER_SIGN_IN = '/markets';

/**
 * The `next` parameter if it is a path on this site: `/x` but not `//host` or `/\host` (which
 * browsers read as another origin), nor the sign-in pages themselves.
 */
export function safeNextPath(next: string | null | undefined): string {
  if (!next || !next.startsWith('/') || next.startsWith('//') || next.startsWith('/\\')) {
    return DEFAULT_AFTER_SIGN_IN;
  }
  const path = next.split(/[?#]/)[0];
  if (path === SIGN_IN_PATH || path === SIGN_UP_PATH) return DEFAULT_AFTER_SIGN_IN;
  return next;
}

/** The sign-in page, coming back to `from` afterwards. */
export function signInPath(from?: string): string {
  const next = from ? safeNextPath(from) : DEFAULT_AFTER_SIGN_IN;
  return next === DEFAULT_AFTER_SIGN_IN
    ? SIGN_IN_PATH
    : `${SIGN_IN_PATH}?next=${encodeURIComponent(next)}`;
}

/** The same `next` carried between sign-in and sign-up. */
export function withNext(path: string, next: string): string {
  return next === DEFAULT_AFTER_SIGN_IN ? path : `${path}?next=${encodeURIComponent(next)}`;
}

/** The provider's start link, carrying where to come back to; the server checks it again. */
export function providerStart(signInUrl: string, next: string): string {
  if (next === DEFAULT_AFTER_SIGN_IN) return signInUrl;
  const separator = signInUrl.includes('?') ? '&' : '?';
  return `${signInUrl}${separator}next=${encodeURIComponent(next)}`;
}
