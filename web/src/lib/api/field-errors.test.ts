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
