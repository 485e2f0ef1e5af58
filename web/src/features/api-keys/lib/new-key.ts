import type { ApiKey, ApiKeyRequest, Scope } from '../api/types';

/** Scopes in the order the form lists them; `admin` only for administrators. */
export const SCOPES: readonly Scope[] = ['read', 'trade', 'admin'];

/** Expiry choices in days; the server takes 1 to 365 and no "never". */
export const EXPIRY_CHOICES = [7, 30, 90, 180, 365] as const;
export const DEFAULT_EXPIRY_DAYS = 90;

/** The longest name the server keeps. */
export const NAME_MAX = 64;

export interface NewKey {
  name: string;
  scopes: readonly Scope[];
  expiresInDays: number;
}

export type NewKeyProblem = 'name-missing' | 'name-too-long' | 'scopes-missing';

/** The form's own checks, by field; the server checks again and has the last word. */
export function checkNewKey(form: NewKey): Partial<Record<'name' | 'scopes', NewKeyProblem>> {
  const name = form.name.trim();
  return {
    ...(name === '' ? { name: 'name-missing' as const } : {}),
    ...(name.length > NAME_MAX ? { name: 'name-too-long' as const } : {}),
    ...(form.scopes.length === 0 ? { scopes: 'scopes-missing' as const } : {}),
  };
}

export function apiKeyRequestOf(form: NewKey): ApiKeyRequest {
  return {
    name: form.name.trim(),
    scopes: SCOPES.filter((scope) => form.scopes.includes(scope)),
    expiresInDays: form.expiresInDays,
  };
}

/**
 * What the key starts with, from its id (keys are `sage_<id without dashes>_<secret>`): enough
 * to tell keys apart and to find one in a config file, nothing that would let anyone use it.
 */
export function keyPrefix(id: string): string {
  return `sage_${id.replace(/-/g, '').slice(0, 8)}…`;
}

export function isExpired(key: Pick<ApiKey, 'expiresAt'>, now: Date): boolean {
  return key.expiresAt !== undefined && new Date(key.expiresAt).getTime() <= now.getTime();
}
