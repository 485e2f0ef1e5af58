import { describe, expect, it } from 'vitest';

import { auditQueryOf, exportUrlOf, hasFilters, searchOf } from './audit-query';

describe('auditQueryOf', () => {
  it('reads the filters and the page from the URL, ignoring blanks and unknown names', () => {
    expect(
      auditQueryOf(
        new URLSearchParams(
          'action=user.signed-in&actor=+&entityType=user&from=2026-05-01T00:00:00Z&page=2&size=100&x=1',
        ),
      ),
    ).toEqual({
      action: 'user.signed-in',
      entityType: 'user',
      from: '2026-05-01T00:00:00Z',
      page: 2,
      size: 100,
    });
  });

  it('falls back to the first page of 50 for nonsense paging', () => {
    expect(auditQueryOf(new URLSearchParams('page=-1&size=abc'))).toEqual({ page: 0, size: 50 });
    expect(auditQueryOf(new URLSearchParams('size=100000')).size).toBe(500);
  });
});

describe('searchOf', () => {
  it('writes set filters, and paging only where it is not the default', () => {
    expect(searchOf({ actor: 'system', action: '', page: 0, size: 50 }).toString()).toBe(
      'actor=system',
    );
    expect(searchOf({ entityId: 'a b', page: 3, size: 25 }).toString()).toBe(
      'entityId=a+b&page=3&size=25',
    );
  });

  it('round-trips through auditQueryOf', () => {
    const query = { action: 'api-key.created', to: '2026-06-01T00:00:00Z', page: 1, size: 200 };
    expect(auditQueryOf(searchOf(query))).toEqual(query);
  });
});

describe('exportUrlOf', () => {
  it('asks the export for the same filters, without paging', () => {
    expect(exportUrlOf({ action: 'user.signed-in', actor: ' ' })).toBe(
      '/api/v1/admin/audit/export.csv?action=user.signed-in',
    );
    expect(exportUrlOf({})).toBe('/api/v1/admin/audit/export.csv');
  });
});

it('hasFilters ignores blanks', () => {
  expect([hasFilters({}), hasFilters({ actor: ' ' }), hasFilters({ to: 'x' })]).toEqual([
    false,
    false,
    true,
  ]);
});
