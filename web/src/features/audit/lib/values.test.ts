import { expect, it } from 'vitest';

import { readableValue } from './values';

it('indents JSON and keeps other text as recorded', () => {
  expect(readableValue('{"scopes":"read","email":"j***@example.com"}')).toBe(
    '{\n  "scopes": "read",\n  "email": "j***@example.com"\n}',
  );
  expect(readableValue('not json {')).toBe('not json {');
  expect(readableValue(' ')).toBeUndefined();
  expect(readableValue(undefined)).toBeUndefined();
});
