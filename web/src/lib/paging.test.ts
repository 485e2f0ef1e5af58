import { describe, expect, it } from 'vitest';

import { lastPage, pagingOf, writePaging } from './paging';

const RULES = { defaultSize: 25, maxSize: 100 };

describe('pagingOf', () => {
  it('reads page and size, keeping the size within the rules', () => {
    expect(pagingOf(new URLSearchParams('page=2&size=50'), RULES)).toEqual({ page: 2, size: 50 });
    expect(pagingOf(new URLSearchParams('size=1000'), RULES)).toEqual({ page: 0, size: 100 });
    expect(pagingOf(new URLSearchParams('size=0'), RULES)).toEqual({ page: 0, size: 1 });
  });

  it('falls back to the first page of the default size for nonsense', () => {
    expect(pagingOf(new URLSearchParams('page=-1&size=abc'), RULES)).toEqual({
      page: 0,
      size: 25,
    });
  });
});

it('writePaging leaves the defaults out of the URL', () => {
  const search = new URLSearchParams('email=a%40b.c');
  writePaging(search, { page: 0, size: 25 }, RULES);
  expect(search.toString()).toBe('email=a%40b.c');
  writePaging(search, { page: 3, size: 50 }, RULES);
  expect(search.toString()).toBe('email=a%40b.c&page=3&size=50');
});

it('lastPage counts from 0', () => {
  expect([lastPage(0, 50), lastPage(50, 50), lastPage(51, 50)]).toEqual([0, 0, 1]);
});
