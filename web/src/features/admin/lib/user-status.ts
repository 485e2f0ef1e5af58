import type { StaffAccount } from '../api/types';

/**
 * Whether an account can sign in now: locked by an administrator (until one unlocks it), locked
 * for a while after repeated failed sign-ins, or active. A sign-in lock that has run out is over.
 */
export type UserStatus =
  | { kind: 'active' }
  | { kind: 'locked'; since?: string }
  | { kind: 'sign-in-locked'; until: string };

export function userStatus(
  account: Pick<StaffAccount, 'locked' | 'lockedAt' | 'signInLockedUntil'>,
  now: Date,
): UserStatus {
  if (account.locked) return { kind: 'locked', since: account.lockedAt };
  const until = account.signInLockedUntil;
  if (until && new Date(until).getTime() > now.getTime()) return { kind: 'sign-in-locked', until };
  return { kind: 'active' };
}
