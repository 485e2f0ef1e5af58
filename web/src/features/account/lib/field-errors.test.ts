import { describe, expect, it } from 'vitest';

import { serverFieldErrors } from '@/lib/api/field-errors';
import { ApiError } from '@/lib/api/problem';

import { looksLikeEmail } from './field-errors';

describe('serverFieldErrors', () => {
  it('joins several reasons for a field and keeps only the form fields', () => {
    const error = new ApiError({
      title: 'Invalid request',
      status: 400,
      errors: [
        { field: 'password', message: 'must be at least 12 characters (it has 5)' },
        { field: 'password', message: 'is on a list of common or breached passwords' },
        { field: 'other', message: 'x' },
      ],
    });
    expect(serverFieldErrors(error, ['password', 'email'])).toEqual({
      password:
        'must be at least 12 characters (it has 5); is on a list of common or breached passwords',
    });
  });

  it('is empty for errors without fields', () => {
    expect(serverFieldErrors(new Error('boom'), ['password'])).toEqual({});
  });
});

it('looksLikeEmail wants something on each side of one @', () => {
  expect(looksLikeEmail(' jane@example.com ')).toBe(true);
  expect(looksLikeEmail('jane')).toBe(false);
  expect(looksLikeEmail('a@b@c')).toBe(false);
});
