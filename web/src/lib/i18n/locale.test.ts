import { afterEach, describe, expect, it } from 'vitest';

import {
  browserLocale,
  initialLocale,
  isLocale,
  LOCALE_STORAGE_KEY,
  rememberLocale,
} from './locale';

afterEach(() => localStorage.clear());

describe('browserLocale', () => {
  it('takes the first language Sage speaks, region ignored', () => {
    expect(browserLocale(['ko-KR', 'en-US'])).toBe('ko');
    expect(browserLocale(['fr-FR', 'en-GB', 'ko'])).toBe('en');
    expect(browserLocale(['de', 'KO'])).toBe('ko');
  });

  it('falls back to English', () => {
    expect(browserLocale(['fr', 'ja'])).toBe('en');
    expect(browserLocale([])).toBe('en');
  });
});

describe('initialLocale', () => {
  it('prefers the choice remembered in this browser', () => {
    rememberLocale('ko');
    expect(localStorage.getItem(LOCALE_STORAGE_KEY)).toBe('ko');
    expect(initialLocale()).toBe('ko');
  });

  it('ignores a stored value that is not a locale', () => {
    localStorage.setItem(LOCALE_STORAGE_KEY, 'xx');
    expect(initialLocale()).toBe(browserLocale());
  });
});

it('isLocale accepts exactly en and ko', () => {
  expect([isLocale('en'), isLocale('ko'), isLocale('EN'), isLocale(undefined)]).toEqual([
    true,
    true,
    false,
    false,
  ]);
});
