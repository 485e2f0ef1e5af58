import { describe, expect, it } from 'vitest';

import { hasFilters, searchOf, userQueryOf } from './user-query';

describe('userQueryOf', () => {
  it('reads the filters and the page from the URL', () => {
    expect(
      userQueryOf(
        new URLSearchParams('email=+jane%40example.com&role=ADMIN&tier=PRO&locked=true&page=2'),
      ),
    ).toEqual({
      email: 'jane@example.com',
      role: 'ADMIN',
      tier: 'PRO',
      locked: 'true',
      page: 2,
      size: 25,
    });
  });

  it('leaves out blanks and values the server does not know', () => {
    expect(userQueryOf(new URLSearchParams('email=+&role=ROOT&locked=maybe&size=500'))).toEqual({
      page: 0,
      size: 100,
    });
  });
});

describe('searchOf', () => {
  it('writes set filters, and paging only where it is not the default', () => {
    expect(searchOf({ email: ' ', role: 'SUPPORT', page: 0, size: 25 }).toString()).toBe(
      'role=SUPPORT',
    );
    expect(searchOf({ locked: 'false', page: 1, size: 50 }).toString()).toBe(
      'locked=false&page=1&size=50',
    );
  });

  it('round-trips through userQueryOf', () => {
    const query = { email: 'a@b.c', tier: 'FREE', page: 3, size: 100 } as const;
    expect(userQueryOf(searchOf(query))).toEqual(query);
  });
});

it('hasFilters ignores blanks', () => {
  expect([hasFilters({}), hasFilters({ email: ' ' }), hasFilters({ locked: 'false' })]).toEqual([
    false,
    false,
    true,
  ]);
});
