/** The longest question the server takes (its MAX_QUESTION), in characters. */
export const MAX_QUESTION_LENGTH = 2_000;

/** Questions offered in an empty chat; asked as they are, whatever the page's language. */
export const STARTER_QUESTIONS: readonly string[] = [
  'How is BTC doing?',
  '비트코인 어때?',
  'Compare BTC and SPY',
  'What is RSI?',
];

export type QuestionProblem = 'blank' | 'too-long';

/**
 * Why a question cannot be sent as it is, if it cannot: blank, or longer than the server takes
 * (counted as the counter counts it, spaces too, so the two never disagree).
 */
export function questionProblem(text: string): QuestionProblem | undefined {
  if (text.trim() === '') return 'blank';
  if (text.length > MAX_QUESTION_LENGTH) return 'too-long';
  return undefined;
}
