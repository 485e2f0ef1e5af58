import { describe, expect, it } from 'vitest';

import { MAX_QUESTION_LENGTH, questionProblem } from './question';

describe('questionProblem', () => {
  it('refuses a blank question and one longer than the server takes', () => {
    expect(questionProblem('')).toBe('blank');
    expect(questionProblem(' \n\t ')).toBe('blank');
    expect(questionProblem('How is BTC doing?')).toBeUndefined();
    expect(questionProblem('x'.repeat(MAX_QUESTION_LENGTH))).toBeUndefined();
    expect(questionProblem('x'.repeat(MAX_QUESTION_LENGTH + 1))).toBe('too-long');
  });
});
