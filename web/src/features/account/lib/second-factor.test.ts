import { describe, expect, it } from 'vitest';

import { isSixDigitCode, normaliseCode, secondFactorRequestOf, secretOf } from './second-factor';

describe('second factor input', () => {
  it('reads a code typed with spaces or a dash', () => {
    expect(normaliseCode(' 123 456 ')).toBe('123456');
    expect(normaliseCode('123-456')).toBe('123456');
    expect(isSixDigitCode('123456')).toBe(true);
    expect(isSixDigitCode('12345')).toBe(false);
    expect(isSixDigitCode('12345a')).toBe(false);
  });

  it('sends a code or a recovery code', () => {
    expect(secondFactorRequestOf('123 456', false)).toEqual({ code: '123456' });
    expect(secondFactorRequestOf(' k7hqp-2mzxa ', true)).toEqual({ recoveryCode: 'k7hqp-2mzxa' });
  });

  it('shows the secret of an otpauth URI in groups of four', () => {
    expect(
      secretOf(
        'otpauth://totp/Sage%3Aj***%40example.com?secret=JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP&issuer=Sage',
      ),
    ).toBe('JBSW Y3DP EHPK 3PXP JBSW Y3DP EHPK 3PXP');
    expect(secretOf('otpauth://totp/Sage?issuer=Sage')).toBeUndefined();
  });
});
