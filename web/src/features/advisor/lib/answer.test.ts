import { describe, expect, it } from 'vitest';

import type { Citation } from '../api/types';
import { BTC_ANSWER, btcCitations, priceCitation, rsiCitation } from '../testing/fixtures';

import { answerParagraphs, usableCitations } from './answer';

const texts = (paragraphs: ReturnType<typeof answerParagraphs>) =>
  paragraphs.map((pieces) => pieces.map((piece) => piece.text).join(''));

describe('answerParagraphs', () => {
  it('splits the answer at blank lines, whitespace around paragraphs dropped', () => {
    expect(texts(answerParagraphs('One.\n\nTwo,\nstill two.\r\n  \r\n\n Three. \n'))).toEqual([
      'One.',
      'Two,\nstill two.',
      'Three.',
    ]);
    expect(answerParagraphs('')).toEqual([]);
    expect(answerParagraphs('  \n\n ')).toEqual([]);
  });

  it('makes each cited number a piece of its own, numbered as the server listed it', () => {
    const paragraphs = answerParagraphs(BTC_ANSWER, btcCitations);
    expect(texts(paragraphs)).toEqual(BTC_ANSWER.split('\n\n'));
    expect(paragraphs[0]).toEqual([{ text: BTC_ANSWER.split('\n\n')[0] }]);
    expect(paragraphs[1]).toEqual([
      { text: 'Bitcoin trades at ' },
      { text: '$64,321.87', citation: priceCitation, citationNumber: 1 },
      { text: ', up ' },
      { text: '2.50%', citation: btcCitations[1], citationNumber: 2 },
      { text: ' over 30 days.' },
    ]);
    expect(paragraphs[2]).toEqual([
      { text: 'RSI(14) is ' },
      { text: '62.35', citation: rsiCitation, citationNumber: 3 },
      { text: ': neither stretched nor oversold.' },
    ]);
  });

  it('leaves out citations outside the text, empty or overlapping an earlier one', () => {
    const at = (start: number, end: number): Citation => ({ ...priceCitation, start, end });
    const content = 'Price 100 and 200.';
    expect(
      usableCitations(content, [at(14, 17), at(6, 9), at(7, 8), at(-1, 2), at(5, 5), at(10, 99)]),
    ).toEqual([
      { citation: at(6, 9), number: 2 },
      { citation: at(14, 17), number: 1 },
    ]);
    expect(texts(answerParagraphs(content, [at(10, 99)]))).toEqual([content]);
  });
});
