import { useLayoutEffect, useRef, type ReactNode } from 'react';
import { Link } from 'react-router';

import { Button } from '@/components/ui/button';
import { EmptyState } from '@/components/ui/empty-state';
import { ProblemAlert } from '@/components/ui/problem-alert';
import { Spinner } from '@/components/ui/spinner';
import { ApiError } from '@/lib/api/problem';
import { useMessages } from '@/lib/i18n/locale-context';

import { useChat } from '../api/get-chat';
import type { PendingTurn } from '../api/use-answer-streams';
import { ADVISOR_MESSAGES } from '../lib/messages';
import { ADVISOR_PATH } from '../lib/paths';
import { STARTER_QUESTIONS } from '../lib/question';

import { ChatMessages } from './chat-messages';
import { QuestionForm } from './question-form';

interface ChatViewProps {
  chatId: string;
  timeZone: string;
  /** The question this page is asking in the chat, if any. */
  pending?: PendingTurn;
  /** Asks in this chat; a turn id asks that turn again. */
  onAsk: (text: string, turnId?: string) => void;
}

/** One chat: its messages, the answer streaming in, and the question box. */
export function ChatView({ chatId, timeZone, pending, onAsk }: ChatViewProps) {
  const t = useMessages(ADVISOR_MESSAGES);
  const chat = useChat(chatId);
  if (chat.isPending) return <Spinner label={t.loading} />;
  if (chat.isError) {
    if (chat.error instanceof ApiError && chat.error.status === 404) {
      return (
        <section className="advisor-conversation" aria-labelledby="advisor-conversation-heading">
          <h2 id="advisor-conversation-heading">{t.chatNotFound}</h2>
          <p className="muted">{t.chatNotFoundBody}</p>
          <p>
            <Link to={ADVISOR_PATH}>{t.backToAdvisor}</Link>
          </p>
        </section>
      );
    }
    return (
      <ProblemAlert heading={t.chatFailed} error={chat.error} onRetry={() => void chat.refetch()} />
    );
  }
  // The pending turn is shown as it streams; a copy the server already keeps waits for it.
  const messages = chat.data.messages.filter((message) => message.turnId !== pending?.turnId);
  const busy =
    pending?.state === 'streaming' || messages.some((message) => message.status === 'STREAMING');
  const empty = messages.length === 0 && pending === undefined;
  const scrollKey = `${messages.length}:${pending?.content.length ?? 0}`;
  return (
    <Conversation
      heading={chat.data.chat.title}
      busy={busy}
      turnKey={pending?.turnId}
      scrollKey={scrollKey}
      onAsk={(text) => {
        onAsk(text);
        return true;
      }}
    >
      {empty ? (
        <Starters busy={busy} onAsk={(text) => onAsk(text)} />
      ) : (
        <ChatMessages
          messages={messages}
          pending={pending}
          timeZone={timeZone}
          busy={busy}
          onRetry={(turnId, question) => onAsk(question, turnId)}
        />
      )}
    </Conversation>
  );
}

interface NewChatViewProps {
  /** Opens a chat and asks in it; true once the question is on its way. */
  onAsk: (text: string) => Promise<boolean>;
  /** The chat is being opened. */
  opening: boolean;
  /** Why the chat could not be opened, if it could not. */
  error?: unknown;
}

/** No chat chosen yet: the first question opens one, then is asked in it. */
export function NewChatView({ onAsk, opening, error }: NewChatViewProps) {
  const t = useMessages(ADVISOR_MESSAGES);
  return (
    <Conversation heading={t.newChatHeading} busy={opening} scrollKey="" onAsk={onAsk}>
      {error !== undefined && <ProblemAlert heading={t.createFailed} error={error} />}
      <Starters busy={opening} onAsk={(text) => void onAsk(text)} />
    </Conversation>
  );
}

interface ConversationProps {
  heading: string;
  busy: boolean;
  /** The turn being asked: a new one brings the pane back to its end. */
  turnKey?: string;
  /** Changes when the messages grow, to keep the newest in view. */
  scrollKey: string;
  onAsk: (text: string) => boolean | Promise<boolean>;
  children: ReactNode;
}

/**
 * The messages in a scrolling pane above the question box. The pane follows the answer as it
 * grows while the reader is at its end, and stays put once they scroll up to read; a new
 * question brings it back to the end.
 */
function Conversation({ heading, busy, turnKey, scrollKey, onAsk, children }: ConversationProps) {
  const t = useMessages(ADVISOR_MESSAGES);
  const pane = useRef<HTMLDivElement>(null);
  const following = useRef(true);

  useLayoutEffect(() => {
    following.current = true;
  }, [turnKey]);

  useLayoutEffect(() => {
    const element = pane.current;
    if (element && following.current) element.scrollTop = element.scrollHeight;
  }, [turnKey, scrollKey]);

  const onScroll = () => {
    const element = pane.current;
    if (!element) return;
    following.current = element.scrollHeight - element.scrollTop - element.clientHeight < 48;
  };

  return (
    <section className="advisor-conversation" aria-labelledby="advisor-conversation-heading">
      <h2 id="advisor-conversation-heading" className="advisor-conversation-heading">
        {heading}
      </h2>
      <div
        ref={pane}
        className="advisor-pane"
        role="region"
        aria-label={t.conversation}
        tabIndex={0}
        onScroll={onScroll}
      >
        {children}
      </div>
      <QuestionForm busy={busy} onAsk={onAsk} />
    </section>
  );
}

/** Questions to start an empty chat with, asked at a click. */
function Starters({ busy, onAsk }: { busy: boolean; onAsk: (text: string) => void }) {
  const t = useMessages(ADVISOR_MESSAGES);
  return (
    <div className="advisor-starters">
      <EmptyState title={t.emptyChat} />
      <h3 id="advisor-starters-heading">{t.startersHeading}</h3>
      <ul className="advisor-starter-list" aria-labelledby="advisor-starters-heading">
        {STARTER_QUESTIONS.map((question) => (
          <li key={question}>
            <Button
              className="advisor-starter"
              disabled={busy}
              onClick={() => onAsk(question)}
              data-testid="starter-question"
            >
              {question}
            </Button>
          </li>
        ))}
      </ul>
    </div>
  );
}
