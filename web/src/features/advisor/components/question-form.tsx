import { useEffect, useRef, useState, type FormEvent, type KeyboardEvent } from 'react';

import { Button } from '@/components/ui/button';
import '@/components/ui/form-field.css';
import { formatCount } from '@/lib/format';
import { useMessages } from '@/lib/i18n/locale-context';

import { ADVISOR_MESSAGES } from '../lib/messages';
import { MAX_QUESTION_LENGTH, questionProblem } from '../lib/question';

interface QuestionFormProps {
  /**
   * Sends the question (trimmed); true (or a promise of it) once it is on its way, which
   * empties the box; false keeps it, to be sent again.
   */
  onAsk: (text: string) => boolean | Promise<boolean>;
  /** An answer is being written: nothing more is asked until it is done. */
  busy: boolean;
}

const ID = 'advisor-question';

/**
 * The question box: Enter sends, Shift+Enter starts a new line (and Enter that ends an input
 * method's composition, as Korean typing does, only ends it). A blank question, or one longer
 * than the server takes, cannot be sent; the counter says how much room is left.
 */
export function QuestionForm({ onAsk, busy }: QuestionFormProps) {
  const t = useMessages(ADVISOR_MESSAGES);
  const [text, setText] = useState('');
  const [sending, setSending] = useState(false);
  // Enter on a blank box says why nothing was sent (the button is plainly disabled).
  const [triedBlank, setTriedBlank] = useState(false);
  const box = useRef<HTMLTextAreaElement>(null);
  const wasDisabled = useRef(false);
  const problem = questionProblem(text);
  const disabled = busy || sending;
  const tooLong = problem === 'too-long';
  const shown = tooLong ? 'too-long' : triedBlank && problem === 'blank' ? 'blank' : undefined;

  // The box is disabled while the answer streams, which takes the focus from it: give it back
  // when the answer is done, unless the reader has moved on to something else meanwhile.
  useEffect(() => {
    if (wasDisabled.current && !disabled) {
      const focused = document.activeElement;
      if (focused === null || focused === document.body) box.current?.focus();
    }
    wasDisabled.current = disabled;
  }, [disabled]);

  const send = async () => {
    if (disabled) return;
    if (problem !== undefined) {
      setTriedBlank(problem === 'blank');
      return;
    }
    setSending(true);
    try {
      if (await onAsk(text.trim())) setText('');
    } finally {
      setSending(false);
    }
  };

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    void send();
  };

  const onKeyDown = (event: KeyboardEvent<HTMLTextAreaElement>) => {
    if (event.key !== 'Enter' || event.shiftKey) return;
    // 229: Safari's Enter that commits a composition.
    if (event.nativeEvent.isComposing || event.nativeEvent.keyCode === 229) return;
    event.preventDefault();
    void send();
  };

  return (
    <form className="advisor-form" onSubmit={onSubmit} noValidate aria-label={t.askForm}>
      <label htmlFor={ID} className="advisor-form-label">
        {t.question}
      </label>
      <textarea
        ref={box}
        id={ID}
        className="advisor-textarea"
        rows={3}
        value={text}
        disabled={disabled}
        aria-invalid={tooLong}
        aria-describedby={`${ID}-help ${ID}-count${shown ? ` ${ID}-error` : ''}`}
        onChange={(event) => {
          setText(event.target.value);
          setTriedBlank(false);
        }}
        onKeyDown={onKeyDown}
      />
      <div className="advisor-form-footer">
        <p id={`${ID}-help`} className="form-field-help">
          {t.questionHelp}
        </p>
        <p
          id={`${ID}-count`}
          className={tooLong ? 'advisor-count advisor-count-over' : 'advisor-count muted'}
          data-testid="question-count"
        >
          {t.count(formatCount(text.length), formatCount(MAX_QUESTION_LENGTH))}
        </p>
        <Button type="submit" disabled={disabled || problem !== undefined} data-testid="ask">
          {disabled ? t.asking : t.ask}
        </Button>
      </div>
      {shown && (
        <p
          id={`${ID}-error`}
          className="form-field-error"
          role="alert"
          data-testid="question-error"
        >
          {t.problems[shown]}
        </p>
      )}
    </form>
  );
}
