import { Fragment, useEffect, useId, useMemo, useRef, useState, type KeyboardEvent } from 'react';

import { formatInstant } from '@/lib/i18n/instant';
import { useLocale, useMessages } from '@/lib/i18n/locale-context';

import type { Citation } from '../api/types';
import { answerParagraphs } from '../lib/answer';
import { formatFactValue, sourceHref } from '../lib/figures';
import { ADVISOR_MESSAGES } from '../lib/messages';

interface AnswerTextProps {
  content: string;
  citations: readonly Citation[];
  timeZone: string;
}

/**
 * An answer's text as paragraphs, its cited numbers highlighted: each opens where it comes from.
 * The text is the server's (and in the end a model's): it is only ever rendered as text.
 */
export function AnswerText({ content, citations, timeZone }: AnswerTextProps) {
  const paragraphs = useMemo(() => answerParagraphs(content, citations), [content, citations]);
  return (
    <>
      {paragraphs.map((pieces, index) => (
        <p key={index} className="advisor-paragraph">
          {pieces.map((piece, at) =>
            piece.citation ? (
              <CitedNumber
                key={at}
                text={piece.text}
                citation={piece.citation}
                timeZone={timeZone}
              />
            ) : (
              <Fragment key={at}>{piece.text}</Fragment>
            ),
          )}
        </p>
      ))}
    </>
  );
}

interface CitedNumberProps {
  text: string;
  citation: Citation;
  timeZone: string;
}

/**
 * A number of the answer with the fact it states: a button (it reads as the number, described
 * by the fact's label) that opens a popover with the fact, its time and its source. Escape or a
 * click elsewhere closes it.
 */
function CitedNumber({ text, citation, timeZone }: CitedNumberProps) {
  const t = useMessages(ADVISOR_MESSAGES);
  const [open, setOpen] = useState(false);
  const wrapper = useRef<HTMLSpanElement>(null);
  const button = useRef<HTMLButtonElement>(null);
  const id = useId();

  useEffect(() => {
    if (!open) return;
    const onPointerDown = (event: PointerEvent) => {
      if (!wrapper.current?.contains(event.target as Node)) setOpen(false);
    };
    document.addEventListener('pointerdown', onPointerDown);
    return () => document.removeEventListener('pointerdown', onPointerDown);
  }, [open]);

  const onKeyDown = (event: KeyboardEvent<HTMLSpanElement>) => {
    if (event.key !== 'Escape' || !open) return;
    event.stopPropagation();
    setOpen(false);
    button.current?.focus();
  };

  return (
    <span ref={wrapper} className="advisor-cited-wrap" onKeyDown={onKeyDown}>
      <button
        ref={button}
        type="button"
        className="advisor-cited"
        aria-expanded={open}
        aria-controls={`${id}-detail`}
        aria-describedby={`${id}-label`}
        data-testid="citation"
        data-fact-id={citation.factId}
        onClick={() => setOpen((shown) => !shown)}
      >
        {text}
      </button>
      {/* Hidden from reading in the text's flow; still the button's description. */}
      <span id={`${id}-label`} hidden>
        {t.citedNumber(citation.label)}
      </span>
      <span
        id={`${id}-detail`}
        className="advisor-citation-detail"
        role="group"
        aria-label={citation.label}
        hidden={!open}
        data-testid="citation-detail"
      >
        <FactDetail citation={citation} timeZone={timeZone} />
      </span>
    </span>
  );
}

/** A cited fact: what it is, its exact value and unit, when it held, and where to check it. */
export function FactDetail({ citation, timeZone }: { citation: Citation; timeZone: string }) {
  const t = useMessages(ADVISOR_MESSAGES);
  const { locale } = useLocale();
  return (
    <>
      <strong className="advisor-fact-label">{citation.label}</strong>
      <span className="advisor-fact-row">
        <span className="muted">{t.value}</span>{' '}
        <span data-testid="fact-value">
          {formatFactValue(citation.value, citation.unit, citation.currency)}
        </span>
      </span>
      <span className="advisor-fact-row">
        <span className="muted">{t.unit}</span>{' '}
        {citation.unit === 'MONEY' && citation.currency
          ? `${t.units.MONEY} (${citation.currency})`
          : t.units[citation.unit]}
      </span>
      <span className="advisor-fact-row">
        <span className="muted">{t.asOf}</span> {formatInstant(citation.asOf, locale, timeZone)}
      </span>
      <span className="advisor-fact-row">
        <span className="muted">{t.source}</span> <SourceLink source={citation.source} />
      </span>
    </>
  );
}

/** The source as a link when it is one of Sage's API paths, else as plain text. */
export function SourceLink({ source }: { source: string }) {
  const href = sourceHref(source);
  if (!href) return <code>{source}</code>;
  return (
    <a href={href} target="_blank" rel="noreferrer" data-testid="source-link">
      <code>{source}</code>
    </a>
  );
}
