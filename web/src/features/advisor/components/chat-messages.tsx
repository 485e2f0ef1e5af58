import { Button } from '@/components/ui/button';
import { ProblemAlert } from '@/components/ui/problem-alert';
import { ApiError } from '@/lib/api/problem';
import { useMessages } from '@/lib/i18n/locale-context';

import type { ChatMessage, Citation, MessageStatus, Signal } from '../api/types';
import type { PendingTurn } from '../api/use-answer-streams';
import { ADVISOR_MESSAGES } from '../lib/messages';

import { AnswerText, FactDetail } from './answer-text';
import { SignalCards } from './signal-cards';

interface ChatMessagesProps {
  messages: readonly ChatMessage[];
  /** The turn this page is asking, shown after the kept messages. */
  pending?: PendingTurn;
  timeZone: string;
  /** Asks a turn again (same turn id and question). */
  onRetry: (turnId: string, question: string) => void;
  /** While an answer is written, nothing else is asked in the chat. */
  busy: boolean;
}

/** A chat's questions and answers, oldest first, then the one being asked. */
export function ChatMessages({ messages, pending, timeZone, onRetry, busy }: ChatMessagesProps) {
  const questionOf = (turnId: string) =>
    messages.find((message) => message.turnId === turnId && message.role === 'USER')?.content;
  return (
    <ol className="advisor-messages" data-testid="chat-messages">
      {messages.map((message) => {
        if (message.role === 'USER') return <Question key={message.id} text={message.content} />;
        const question = questionOf(message.turnId);
        return (
          <Answer
            key={message.id}
            messageId={message.id}
            content={message.content}
            citations={message.citations}
            signals={message.signals}
            status={message.status}
            mode={message.mode}
            language={message.language}
            timeZone={timeZone}
            onRetry={question === undefined ? undefined : () => onRetry(message.turnId, question)}
            retryDisabled={busy}
          />
        );
      })}
      {pending && (
        <>
          <Question key={`${pending.turnId}-question`} text={pending.question} />
          {pending.state === 'streaming' ? (
            <Answer
              key={`${pending.turnId}-answer`}
              content={pending.content}
              citations={pending.citations}
              signals={pending.signals}
              status="STREAMING"
              timeZone={timeZone}
              live
            />
          ) : (
            <FailedTurn
              key={`${pending.turnId}-failed`}
              error={pending.error}
              onRetry={() => onRetry(pending.turnId, pending.question)}
            />
          )}
        </>
      )}
    </ol>
  );
}

function Question({ text }: { text: string }) {
  const t = useMessages(ADVISOR_MESSAGES);
  return (
    <li className="advisor-message advisor-question" data-testid="advisor-message" data-role="USER">
      <p className="advisor-author">{t.you}</p>
      <p className="advisor-question-text">{text}</p>
    </li>
  );
}

interface AnswerProps {
  /** The kept answer's id; none for the answer this page is streaming. */
  messageId?: string;
  content: string;
  citations: readonly Citation[];
  /** The calls the answer makes (none in older answers). */
  signals?: readonly Signal[];
  status: MessageStatus;
  mode?: string | null;
  language?: string | null;
  timeZone: string;
  /** The answer this page is streaming: read out as it arrives. */
  live?: boolean;
  onRetry?: () => void;
  retryDisabled?: boolean;
}

function Answer({
  messageId,
  content,
  citations,
  signals = [],
  status,
  mode,
  language,
  timeZone,
  live = false,
  onRetry,
  retryDisabled = false,
}: AnswerProps) {
  const t = useMessages(ADVISOR_MESSAGES);
  return (
    <li
      className="advisor-message advisor-answer"
      data-testid="advisor-message"
      data-role="ADVISOR"
      data-status={status}
      data-mode={mode ?? undefined}
      data-language={language ?? undefined}
    >
      <div className="advisor-message-head">
        <p className="advisor-author">{t.advisorName}</p>
        {mode === 'offline' && (
          <span className="advisor-badge" data-testid="offline-badge" title={t.offlineHelp}>
            {t.offline}
          </span>
        )}
        {mode && mode !== 'offline' && (
          <span className="advisor-badge advisor-badge-model" data-testid="model-badge">
            {t.model(mode)}
          </span>
        )}
      </div>
      <div
        className="advisor-answer-text"
        lang={language || undefined}
        aria-live={live ? 'polite' : undefined}
        data-testid="answer-text"
      >
        <AnswerText content={content} citations={citations} timeZone={timeZone} />
      </div>
      <SignalCards
        signals={signals}
        messageId={messageId}
        streaming={live || status === 'STREAMING'}
      />
      {status === 'STREAMING' && (
        <p className="advisor-writing muted" data-testid="streaming-indicator">
          <span className="advisor-writing-dots" aria-hidden="true" />
          {t.writing}
        </p>
      )}
      {status === 'INTERRUPTED' && (
        <div className="advisor-notice" role="status" data-testid="interrupted-notice">
          <p>{t.interrupted}</p>
          {onRetry && (
            <Button onClick={onRetry} disabled={retryDisabled}>
              {t.tryAgain}
            </Button>
          )}
        </div>
      )}
      {status === 'COMPLETE' && <Sources citations={citations} timeZone={timeZone} />}
    </li>
  );
}

/** Each fact the answer cites, once: the same facts its highlighted numbers open. */
function Sources({ citations, timeZone }: { citations: readonly Citation[]; timeZone: string }) {
  const t = useMessages(ADVISOR_MESSAGES);
  const facts = [...new Map(citations.map((citation) => [citation.factId, citation])).values()];
  if (facts.length === 0) return null;
  return (
    <details className="advisor-sources" data-testid="answer-sources">
      <summary>
        {t.sources} ({facts.length})
      </summary>
      <ol>
        {facts.map((citation) => (
          <li key={citation.factId} className="advisor-source" data-fact-id={citation.factId}>
            <FactDetail citation={citation} timeZone={timeZone} />
          </li>
        ))}
      </ol>
    </details>
  );
}

/** A question whose answer could not be read: the server's reason, or the lost connection. */
function FailedTurn({ error, onRetry }: { error: unknown; onRetry: () => void }) {
  const t = useMessages(ADVISOR_MESSAGES);
  // The server's refusal (a 4xx) will not change on retry; an outage or lost connection may.
  const answered = error instanceof ApiError && error.status > 0;
  const retryable = !(error instanceof ApiError && error.isClientError);
  return (
    <li
      className="advisor-message advisor-answer"
      data-testid="advisor-message"
      data-role="ADVISOR"
      data-status="FAILED"
    >
      {answered ? (
        <ProblemAlert heading={t.askFailed} error={error} />
      ) : (
        <p className="advisor-notice" role="alert" data-testid="connection-lost">
          {t.connectionLost}
        </p>
      )}
      {retryable && (
        <div>
          <Button onClick={onRetry}>{t.tryAgain}</Button>
        </div>
      )}
    </li>
  );
}
