import { describe, expect, it } from 'vitest';

import { safeNextPath, signInPath, withNext } from './next-path';

describe('safeNextPath', () => {
  it('keeps paths on this site, with their query', () => {
    expect(safeNextPath('/watchlists')).toBe('/watchlists');
    expect(safeNextPath('/watchlists?list=abc')).toBe('/watchlists?list=abc');
  });

  it('refuses other origins and odd values', () => {
    for (const next of [
      '//evil.example',
      '/\\evil.example',
      'https://evil.example',
      'x',
      '',
      null,
    ]) {
      expect(safeNextPath(next)).toBe('/markets');
    }
  });

  it('does not loop back to the sign-in pages', () => {
    expect(safeNextPath('/sign-in?next=/x')).toBe('/markets');
    expect(safeNextPath('/sign-up')).toBe('/markets');
  });
});

describe('signInPath', () => {
  it('carries where to come back to', () => {
    expect(signInPath('/settings')).toBe('/sign-in?next=%2Fsettings');
    expect(signInPath('/watchlists?list=1')).toBe('/sign-in?next=%2Fwatchlists%3Flist%3D1');
  });

  it('drops the default and unsafe targets', () => {
    expect(signInPath()).toBe('/sign-in');
    expect(signInPath('//evil.example')).toBe('/sign-in');
  });

  it('withNext leaves the default out', () => {
    expect(withNext('/sign-up', '/markets')).toBe('/sign-up');
    expect(withNext('/sign-up', '/settings')).toBe('/sign-up?next=%2Fsettings');
  });
});
