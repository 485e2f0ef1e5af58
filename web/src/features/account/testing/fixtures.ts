import type { Profile, Session, Watchlist } from '../api/types';

export function sessionFixture(overrides: Partial<Session> = {}): Session {
  return {
    id: '3f0e4a57-4f1b-4a53-9a0e-1f6f5e4b2c11',
    email: 'jane@example.com',
    displayName: 'Jane',
    role: 'USER',
    tier: 'FREE',
    emailVerified: false,
    secondFactorEnrolmentRequired: false,
    secondFactorVerified: false,
    ...overrides,
  };
}

/** A new account's profile: the server's defaults. */
export function profileFixture(overrides: Partial<Profile> = {}): Profile {
  return {
    id: '3f0e4a57-4f1b-4a53-9a0e-1f6f5e4b2c11',
    email: 'jane@example.com',
    displayName: 'Jane',
    role: 'USER',
    tier: 'FREE',
    emailVerified: false,
    locale: 'en',
    timeZone: 'UTC',
    baseCurrency: 'USD',
    experienceLevel: 'BEGINNER',
    riskTolerance: 'MODERATE',
    notifications: { inApp: true, email: false, push: false },
    ...overrides,
  };
}

export function watchlistFixture(overrides: Partial<Watchlist> = {}): Watchlist {
  return {
    id: '0b7c2b0e-0000-4000-8000-000000000001',
    name: 'Watchlist',
    position: 0,
    symbols: [],
    ...overrides,
  };
}

/** Sets or clears the readable cookie the server keeps beside a session. */
export function setSessionHint(present: boolean): void {
  document.cookie = present
    ? 'XSRF-TOKEN=test-token; path=/'
    : 'XSRF-TOKEN=; path=/; expires=Thu, 01 Jan 1970 00:00:00 GMT';
}
