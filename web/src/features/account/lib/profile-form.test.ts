import { describe, expect, it } from 'vitest';

import { profileFixture } from '../testing/fixtures';

import { formValuesOf, timeZoneSuggestions, updateOf, withLocale } from './profile-form';

describe('profile form', () => {
  it('round-trips a profile into the update the server takes', () => {
    const profile = profileFixture({ displayName: ' Jane ' });
    expect(updateOf(formValuesOf(profile))).toEqual({
      displayName: 'Jane',
      locale: 'en',
      timeZone: 'UTC',
      baseCurrency: 'USD',
      experienceLevel: 'BEGINNER',
      riskTolerance: 'MODERATE',
      notifications: { inApp: true, email: false, push: false },
    });
  });

  it('sends an emptied display name as absent', () => {
    const values = { ...formValuesOf(profileFixture()), displayName: '   ' };
    expect(updateOf(values)).not.toHaveProperty('displayName');
  });

  it('withLocale changes only the language', () => {
    expect(withLocale(profileFixture(), 'ko')).toMatchObject({ locale: 'ko', timeZone: 'UTC' });
  });

  it('suggests UTC first, once', () => {
    const zones = timeZoneSuggestions();
    expect(zones[0]).toBe('UTC');
    expect(zones.filter((zone) => zone === 'UTC')).toHaveLength(1);
    expect(zones).toContain('Asia/Seoul');
  });
});
