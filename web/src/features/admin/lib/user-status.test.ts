import { expect, it } from 'vitest';

import { userStatus } from './user-status';

const NOW = new Date('2026-05-05T12:00:00Z');
const OPEN = { locked: false };

it('tells active, locked by an administrator and locked after failed sign-ins apart', () => {
  expect(userStatus(OPEN, NOW)).toEqual({ kind: 'active' });
  expect(userStatus({ ...OPEN, locked: true, lockedAt: '2026-05-04T09:00:00Z' }, NOW)).toEqual({
    kind: 'locked',
    since: '2026-05-04T09:00:00Z',
  });
  expect(userStatus({ ...OPEN, signInLockedUntil: '2026-05-05T12:15:00Z' }, NOW)).toEqual({
    kind: 'sign-in-locked',
    until: '2026-05-05T12:15:00Z',
  });
});

it('treats a sign-in lock that has run out as over', () => {
  expect(userStatus({ ...OPEN, signInLockedUntil: '2026-05-05T11:59:59Z' }, NOW)).toEqual({
    kind: 'active',
  });
});

it('names the administrator’s lock even while a sign-in lock runs too', () => {
  expect(userStatus({ locked: true, signInLockedUntil: '2026-05-05T12:15:00Z' }, NOW)).toEqual({
    kind: 'locked',
    since: undefined,
  });
});
