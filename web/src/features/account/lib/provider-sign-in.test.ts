import { describe, expect, it } from 'vitest';

import { providerChallenge, providerReturnOf } from './provider-sign-in';

describe('providerReturnOf', () => {
  it('reads a refusal code', () => {
    expect(providerReturnOf(new URLSearchParams('error=oidc-email-not-verified'))).toEqual({
      status: 'failed',
      code: 'oidc-email-not-verified',
    });
  });

  it('replaces anything that is not a code', () => {
    for (const odd of ['<b>x</b>', 'Some Words', '', 'a'.repeat(65)]) {
      expect(providerReturnOf(new URLSearchParams({ error: odd }))).toEqual({
        status: 'failed',
        code: 'oidc-sign-in-failed',
      });
    }
  });

  it('reads a pending second factor, and nothing else', () => {
    expect(providerReturnOf(new URLSearchParams('second-factor=required'))).toEqual({
      status: 'second-factor',
    });
    expect(providerReturnOf(new URLSearchParams('second-factor=maybe'))).toEqual({
      status: 'none',
    });
    expect(providerReturnOf(new URLSearchParams('next=%2Fmarkets'))).toEqual({ status: 'none' });
  });
});

describe('providerChallenge', () => {
  it('waits five minutes for a code or a recovery code', () => {
    expect(providerChallenge(new Date('2026-05-04T09:30:00Z'))).toEqual({
      secondFactor: 'required',
      methods: ['totp', 'recovery-code'],
      expiresAt: '2026-05-04T09:35:00.000Z',
    });
  });
});
