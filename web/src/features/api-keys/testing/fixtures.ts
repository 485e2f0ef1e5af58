import type { ApiKey, IssuedApiKey } from '../api/types';

export function apiKeyFixture(overrides: Partial<ApiKey> = {}): ApiKey {
  return {
    id: '5a1c9e2f-7b3d-4c8e-9f10-2a3b4c5d6e7f',
    name: 'Nightly backtests',
    scopes: ['read'],
    createdAt: '2026-05-04T09:30:00Z',
    expiresAt: '2099-08-02T09:30:00Z',
    ...overrides,
  };
}

/** The key as the server answers it once: `sage_<id without dashes>_<43 characters>`. */
export function issuedApiKeyFixture(overrides: Partial<ApiKey> = {}): IssuedApiKey {
  const apiKey = apiKeyFixture(overrides);
  return {
    key: `sage_${apiKey.id.replace(/-/g, '')}_${'s3cr3t-'.repeat(6)}x`,
    apiKey,
  };
}
