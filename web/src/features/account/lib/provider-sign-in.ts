import type { SecondFactorChallenge } from '../api/types';

/**
 * What the server's redirect back from a provider says, read from the sign-in page's query:
 * `?error=<code>` (a refused sign-in) or `?second-factor=required` (a pending session that
 * waits for the code, as after a right password).
 */
export type ProviderReturn =
  { status: 'none' } | { status: 'failed'; code: string } | { status: 'second-factor' };

/** Problem codes are lower-case words joined by hyphens; anything else is not the server's. */
const CODE = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

export function providerReturnOf(search: URLSearchParams): ProviderReturn {
  const error = search.get('error');
  if (error !== null) {
    return {
      status: 'failed',
      code: CODE.test(error) && error.length <= 64 ? error : 'oidc-sign-in-failed',
    };
  }
  if (search.get('second-factor') === 'required') return { status: 'second-factor' };
  return { status: 'none' };
}

/** How long the server keeps a pending sign-in (`Sessions.PENDING_SIGN_IN`). */
const PENDING_MINUTES = 5;

/** The challenge of a provider sign-in that waits for its second factor. */
export function providerChallenge(now: Date = new Date()): SecondFactorChallenge {
  return {
    secondFactor: 'required',
    methods: ['totp', 'recovery-code'],
    expiresAt: new Date(now.getTime() + PENDING_MINUTES * 60_000).toISOString(),
  };
}
