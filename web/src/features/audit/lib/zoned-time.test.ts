import { describe, expect, it } from 'vitest';

import { instantToWallTime, wallTimeToInstant } from './zoned-time';

describe('wallTimeToInstant', () => {
  it('reads the wall time in the given zone', () => {
    expect(wallTimeToInstant('2026-05-05T08:30', 'Asia/Seoul')).toBe('2026-05-04T23:30:00Z');
    expect(wallTimeToInstant('2026-05-05T08:30:15', 'UTC')).toBe('2026-05-05T08:30:15Z');
    expect(wallTimeToInstant('2026-07-01T12:00', 'America/New_York')).toBe('2026-07-01T16:00:00Z');
    expect(wallTimeToInstant('2026-01-01T12:00', 'America/New_York')).toBe('2026-01-01T17:00:00Z');
  });

  it('takes the first of a repeated hour and the time just after a skipped one', () => {
    // Berlin turns 03:00 CEST back to 02:00 CET on 25 October 2026: 02:30 happens twice.
    expect(wallTimeToInstant('2026-10-25T02:30', 'Europe/Berlin')).toBe('2026-10-25T00:30:00Z');
    // New York skips from 02:00 to 03:00 on 8 March 2026: 02:30 reads as 03:30 EDT.
    expect(wallTimeToInstant('2026-03-08T02:30', 'America/New_York')).toBe('2026-03-08T07:30:00Z');
  });

  it('gives nothing for text that is not a wall time or an unknown zone', () => {
    expect(wallTimeToInstant('yesterday', 'UTC')).toBeUndefined();
    expect(wallTimeToInstant('2026-05-05T08:30', 'Mars/Olympus')).toBeUndefined();
  });
});

describe('instantToWallTime', () => {
  it('is the inverse, with seconds only when there are some', () => {
    expect(instantToWallTime('2026-05-04T23:30:00Z', 'Asia/Seoul')).toBe('2026-05-05T08:30');
    expect(instantToWallTime('2026-05-04T23:30:15.5Z', 'UTC')).toBe('2026-05-04T23:30:15');
    expect(instantToWallTime('nonsense', 'UTC')).toBe('');
  });

  it('round-trips through wallTimeToInstant', () => {
    for (const zone of ['Asia/Seoul', 'America/New_York', 'Europe/Berlin', 'UTC']) {
      const iso = '2026-11-02T06:45:00Z';
      expect(wallTimeToInstant(instantToWallTime(iso, zone), zone)).toBe(iso);
    }
  });
});
