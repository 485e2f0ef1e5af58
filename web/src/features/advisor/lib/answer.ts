import type { Citation } from '../api/types';

/** A run of an answer's text; a cited run is one number and the fact it states. */
export interface AnswerPiece {
  text: string;
  citation?: Citation;
  /** The citation's place among the answer's citations, from 1 (its footnote number). */
  citationNumber?: number;
}

/** A blank line (spaces allowed on it) between paragraphs, with any blank lines that follow. */
const PARAGRAPH_BREAK = /\r?\n[ \t]*\r?\n\s*/g;

/**
 * The citations that can be shown: inside the text, not empty, not overlapping an earlier one,
 * in text order; each keeps its place in the server's list for its footnote number.
 */
export function usableCitations(
  content: string,
  citations: readonly Citation[],
): { citation: Citation; number: number }[] {
  const inside = citations
    .map((citation, index) => ({ citation, number: index + 1 }))
    .filter(
      ({ citation: { start, end } }) =>
        Number.isInteger(start) &&
        Number.isInteger(end) &&
        start >= 0 &&
        end > start &&
        end <= content.length,
    )
    .sort((a, b) => a.citation.start - b.citation.start);
  const kept: { citation: Citation; number: number }[] = [];
  let reached = 0;
  for (const item of inside) {
    if (item.citation.start < reached) continue;
    kept.push(item);
    reached = item.citation.end;
  }
  return kept;
}

/**
 * An answer's plain text as paragraphs (split at blank lines) of pieces, each cited number its
 * own piece. The text is never parsed as markup: it is untrusted, and shown as text.
 */
export function answerParagraphs(
  content: string,
  citations: readonly Citation[] = [],
): AnswerPiece[][] {
  const cited = usableCitations(content, citations);
  const paragraphs: AnswerPiece[][] = [];
  for (const [from, to] of paragraphRanges(content)) {
    const pieces: AnswerPiece[] = [];
    let at = from;
    for (const { citation, number } of cited) {
      if (citation.end <= from || citation.start >= to) continue;
      const start = Math.max(citation.start, from);
      const end = Math.min(citation.end, to);
      if (start > at) pieces.push({ text: content.slice(at, start) });
      pieces.push({ text: content.slice(start, end), citation, citationNumber: number });
      at = end;
    }
    if (at < to) pieces.push({ text: content.slice(at, to) });
    paragraphs.push(pieces);
  }
  return paragraphs;
}

/** [start, end) of each paragraph, without the whitespace around it; empty ones left out. */
function paragraphRanges(content: string): [number, number][] {
  const ranges: [number, number][] = [];
  const add = (start: number, end: number) => {
    let from = start;
    let to = end;
    while (from < to && /\s/.test(content[from]!)) from++;
    while (to > from && /\s/.test(content[to - 1]!)) to--;
    if (to > from) ranges.push([from, to]);
  };
  let start = 0;
  for (const match of content.matchAll(PARAGRAPH_BREAK)) {
    add(start, match.index);
    start = match.index + match[0].length;
  }
  add(start, content.length);
  return ranges;
}
