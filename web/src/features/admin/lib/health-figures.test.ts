import { describe, expect, it } from 'vitest';

import { durationOf, formatBytes, heapPercent } from './health-figures';

describe('formatBytes', () => {
  it('uses binary units with a decimal only for small values', () => {
    expect(formatBytes(512, 'en')).toBe('512 B');
    expect(formatBytes(268_435_456, 'en')).toBe('256 MiB');
    expect(formatBytes(1_610_612_736, 'en')).toBe('1.5 GiB');
    expect(formatBytes(4_294_967_296, 'ko')).toBe('4 GiB');
    expect(formatBytes(-1, 'en')).toBe('—');
  });
});

it('heapPercent rounds, and has no answer without a maximum', () => {
  expect(heapPercent(268_435_456, 1_073_741_824)).toBe(25);
  expect(heapPercent(1, 0)).toBeUndefined();
  expect(heapPercent(1, -1)).toBeUndefined();
});

it('durationOf splits seconds into days, hours and minutes', () => {
  expect(durationOf(59)).toEqual({ days: 0, hours: 0, minutes: 0 });
  expect(durationOf(93_784)).toEqual({ days: 1, hours: 2, minutes: 3 });
});
