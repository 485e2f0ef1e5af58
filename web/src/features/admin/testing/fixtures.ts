import type { StaffAccount, StaffAccountPage, SystemHealth } from '../api/types';

export function staffAccountFixture(overrides: Partial<StaffAccount> = {}): StaffAccount {
  return {
    id: '7d1e2f30-4a5b-4c6d-8e9f-0a1b2c3d4e5f',
    email: 'jane@example.com',
    displayName: 'Jane',
    role: 'USER',
    tier: 'FREE',
    emailVerified: true,
    locked: false,
    createdAt: '2026-05-04T23:30:15Z',
    ...overrides,
  };
}

export function staffAccountPageFixture(
  items: StaffAccount[],
  overrides: Partial<StaffAccountPage> = {},
): StaffAccountPage {
  return { items, page: 0, size: 25, total: items.length, ...overrides };
}

export function systemHealthFixture(overrides: Partial<SystemHealth> = {}): SystemHealth {
  return {
    status: 'UP',
    components: [
      { name: 'db', status: 'UP' },
      { name: 'diskSpace', status: 'UP' },
    ],
    version: '0.1.0',
    startedAt: '2026-05-04T23:30:15Z',
    uptimeSeconds: 93_784,
    javaVersion: '25.0.1',
    availableProcessors: 2,
    heapUsedBytes: 268_435_456,
    heapMaxBytes: 1_073_741_824,
    ...overrides,
  };
}
