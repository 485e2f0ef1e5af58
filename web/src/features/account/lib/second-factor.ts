import type { SecondFactorRequest } from '../api/types';

/** An authenticator code as typed or pasted ("123 456"): the digits only. */
export function normaliseCode(input: string): string {
  return input.replace(/[\s-]/g, '');
}

export function isSixDigitCode(code: string): boolean {
  return /^\d{6}$/.test(code);
}

/** The body for /login/2fa or DELETE /users/2fa: a six-digit code, else a recovery code. */
export function secondFactorRequestOf(input: string, recovery: boolean): SecondFactorRequest {
  return recovery ? { recoveryCode: input.trim() } : { code: normaliseCode(input) };
}

/** The base32 secret of an otpauth:// URI, in groups of four for typing by hand. */
export function secretOf(otpauthUri: string): string | undefined {
  const raw = /[?&]secret=([^&#]+)/i.exec(otpauthUri)?.[1];
  if (!raw) return undefined;
  const secret = decodeURIComponent(raw).toUpperCase();
  return secret.match(/.{1,4}/g)?.join(' ');
}
