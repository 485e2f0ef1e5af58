import { describe, expect, it } from 'vitest';

import { formatInstant } from './instant';

describe('formatInstant', () => {
  it('writes the instant in the given zone and language', () => {
    const iso = '2026-05-04T23:30:15Z';
    expect(formatInstant(iso, 'en', 'UTC', { seconds: true })).toBe('May 4, 2026, 23:30:15 UTC');
    expect(formatInstant(iso, 'en', 'Asia/Seoul')).toMatch(/^May 5, 2026, 08:30 (GMT\+9|KST)$/);
    expect(formatInstant(iso, 'ko', 'Asia/Seoul')).toMatch(/^2026년 5월 5일 /);
  });

  it('falls back to UTC for an unknown zone and a dash for nothing', () => {
    expect(formatInstant('2026-05-04T23:30:00Z', 'en', 'Mars/Olympus')).toBe(
      'May 4, 2026, 23:30 UTC',
    );
    expect(formatInstant(undefined, 'en', 'UTC')).toBe('—');
    expect(formatInstant('not a date', 'en', 'UTC')).toBe('—');
  });
});
