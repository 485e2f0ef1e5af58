import { describe, expect, it } from 'vitest';

import { hasOtherProblems, serverFieldErrors } from './field-errors';
import { ApiError } from './problem';

const invalid = new ApiError({
  title: 'Invalid request',
  status: 400,
  code: 'invalid-request',
  errors: [
    { field: 'name', message: 'must be 1 to 64 characters' },
    { field: 'name', message: 'must not be blank' },
    { field: 'expiresInDays', message: 'must be 1 to 365' },
  ],
});

describe('serverFieldErrors', () => {
  it('joins several reasons for one field and leaves out fields the form does not show', () => {
    expect(serverFieldErrors(invalid, ['name', 'scopes'])).toEqual({
      name: 'must be 1 to 64 characters; must not be blank',
    });
  });

  it('counts the problems of a list field’s items as the list’s', () => {
    const items = new ApiError({
      title: 'Invalid request',
      status: 400,
      code: 'invalid-request',
      errors: [
        { field: 'assets[1]', message: "Sage lists no asset 'NOPE'" },
        { field: 'assets', message: 'at most 8 assets' },
        { field: 'assetsNote', message: 'too long' },
      ],
    });
    expect(serverFieldErrors(items, ['assets'])).toEqual({
      assets: "Sage lists no asset 'NOPE'; at most 8 assets",
    });
    expect(hasOtherProblems(items, ['assets'])).toBe(true);
    expect(hasOtherProblems(items, ['assets', 'assetsNote'])).toBe(false);
  });

  it('finds nothing in an error without field errors', () => {
    expect(serverFieldErrors(new Error('offline'), ['name'])).toEqual({});
  });
});

describe('hasOtherProblems', () => {
  it('is true when a field is not shown or no field is named', () => {
    expect(hasOtherProblems(invalid, ['name'])).toBe(true);
    expect(hasOtherProblems(invalid, ['name', 'expiresInDays'])).toBe(false);
    expect(hasOtherProblems(new ApiError({ title: 'Conflict', status: 409 }), ['name'])).toBe(true);
  });
});
