import { describe, expect, it } from 'vitest';

import {
  ANSWER_ID,
  BTC_ANSWER,
  btcCitations,
  btcSignal,
  transcriptFixture,
  TURN_ID,
} from '../testing/fixtures';

import { withTurn } from './use-answer-streams';

describe('withTurn', () => {
  it('keeps the streamed calls with the finished answer', () => {
    const transcript = withTurn(transcriptFixture([]), {
      turnId: TURN_ID,
      question: 'How is BTC doing?',
      content: BTC_ANSWER,
      citations: btcCitations,
      signals: [btcSignal],
      end: {
        kind: 'done',
        messageId: ANSWER_ID,
        status: 'COMPLETE',
        mode: 'offline',
        language: 'en',
      },
    });
    const [question, answer] = transcript.messages;
    expect(question?.signals).toEqual([]);
    expect(answer?.id).toBe(ANSWER_ID);
    expect(answer?.signals).toEqual([btcSignal]);
    expect(answer?.status).toBe('COMPLETE');
  });
});
