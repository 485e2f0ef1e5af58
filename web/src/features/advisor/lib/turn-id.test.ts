import { describe, expect, it } from 'vitest';

import { newTurnId } from './turn-id';

const UUID_V4 = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

describe('newTurnId', () => {
  it('is a random UUID, from crypto.randomUUID where the page has it', () => {
    expect(newTurnId({ randomUUID: () => '11111111-2222-4333-8444-555555555555' })).toBe(
      '11111111-2222-4333-8444-555555555555',
    );
    expect(newTurnId()).toMatch(UUID_V4);
    expect(newTurnId()).not.toBe(newTurnId());
  });

  it('builds one from getRandomValues on plain HTTP, where randomUUID is missing', () => {
    const id = newTurnId({
      getRandomValues: <T extends ArrayBufferView | null>(array: T): T => {
        if (array instanceof Uint8Array) array.fill(0xff);
        return array;
      },
    });
    expect(id).toBe('ffffffff-ffff-4fff-bfff-ffffffffffff');
    expect(newTurnId({})).toMatch(UUID_V4);
  });
});
