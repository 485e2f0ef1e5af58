import { describe, expect, it } from 'vitest';

import { apiKeyRequestOf, checkNewKey, isExpired, keyPrefix } from './new-key';

describe('checkNewKey', () => {
  it('wants a name of at most 64 characters and at least one scope', () => {
    expect(checkNewKey({ name: '  ', scopes: [], expiresInDays: 90 })).toEqual({
      name: 'name-missing',
      scopes: 'scopes-missing',
    });
    expect(checkNewKey({ name: 'x'.repeat(65), scopes: ['read'], expiresInDays: 90 })).toEqual({
      name: 'name-too-long',
    });
    expect(
      checkNewKey({ name: ` ${'x'.repeat(64)} `, scopes: ['read'], expiresInDays: 9 }),
    ).toEqual({});
  });
});

describe('apiKeyRequestOf', () => {
  it('trims the name and lists scopes in a fixed order', () => {
    expect(
      apiKeyRequestOf({ name: ' Nightly ', scopes: ['admin', 'read'], expiresInDays: 30 }),
    ).toEqual({ name: 'Nightly', scopes: ['read', 'admin'], expiresInDays: 30 });
  });
});

describe('keyPrefix', () => {
  it('is the start of the key, taken from its id', () => {
    expect(keyPrefix('3f0e4a57-4f1b-4a53-9a0e-1f6f5e4b2c11')).toBe('sage_3f0e4a57…');
  });
});

describe('isExpired', () => {
  it('is true from the expiry on, never without one', () => {
    const now = new Date('2026-05-04T12:00:00Z');
    expect(isExpired({ expiresAt: '2026-05-04T12:00:00Z' }, now)).toBe(true);
    expect(isExpired({ expiresAt: '2026-05-04T12:00:01Z' }, now)).toBe(false);
    expect(isExpired({}, now)).toBe(false);
  });
});
