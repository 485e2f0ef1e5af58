import { useState } from 'react';
import { Link, useNavigate } from 'react-router';

import { Button } from '@/components/ui/button';
import { ConfirmBar } from '@/components/ui/confirm-bar';
import { EmptyState } from '@/components/ui/empty-state';
import { ProblemAlert } from '@/components/ui/problem-alert';
import { Spinner } from '@/components/ui/spinner';
import { formatInstant } from '@/lib/i18n/instant';
import { useLocale, useMessages } from '@/lib/i18n/locale-context';

import { useCreateChat } from '../api/create-chat';
import { useDeleteChat } from '../api/delete-chat';
import { useChats } from '../api/get-chats';
import type { Chat } from '../api/types';
import { ADVISOR_MESSAGES } from '../lib/messages';
import { ADVISOR_PATH, chatPath } from '../lib/paths';

interface ChatListProps {
  /** The chat on screen, if one is. */
  selectedId?: string;
  timeZone: string;
  /** A chat was deleted (its answer, if one streams, is no longer wanted). */
  onDeleted?: (id: string) => void;
}

/** The user's chats, the latest used first, with a new-chat button and delete (confirmed). */
export function ChatList({ selectedId, timeZone, onDeleted }: ChatListProps) {
  const t = useMessages(ADVISOR_MESSAGES);
  const chats = useChats();
  const create = useCreateChat();
  const remove = useDeleteChat();
  const navigate = useNavigate();
  const [confirming, setConfirming] = useState<string>();

  const newChat = () =>
    create.mutate(undefined, { onSuccess: (chat) => void navigate(chatPath(chat.id)) });

  const confirmDelete = (id: string) =>
    remove.mutate(id, {
      onSuccess: () => {
        setConfirming(undefined);
        onDeleted?.(id);
        if (id === selectedId) void navigate(ADVISOR_PATH, { replace: true });
      },
    });

  return (
    <section className="advisor-side" aria-labelledby="advisor-chats-heading">
      <div className="advisor-side-head">
        <h2 id="advisor-chats-heading">{t.chats}</h2>
        <Button onClick={newChat} disabled={create.isPending} data-testid="new-chat">
          {create.isPending ? t.creatingChat : t.newChat}
        </Button>
      </div>
      {create.isError && <ProblemAlert heading={t.createFailed} error={create.error} />}
      {chats.isPending ? (
        <Spinner label={t.loading} />
      ) : chats.isError ? (
        <ProblemAlert
          heading={t.chatsFailed}
          error={chats.error}
          onRetry={() => void chats.refetch()}
        />
      ) : chats.data.items.length === 0 ? (
        <EmptyState title={t.noChats}>{t.noChatsBody}</EmptyState>
      ) : (
        <ol className="advisor-chats" data-testid="chat-list">
          {chats.data.items.map((chat) => (
            <ChatRow
              key={chat.id}
              chat={chat}
              selected={chat.id === selectedId}
              timeZone={timeZone}
              confirming={confirming === chat.id}
              deleting={remove.isPending && remove.variables === chat.id}
              deleteError={
                remove.isError && remove.variables === chat.id ? remove.error : undefined
              }
              onDelete={() => {
                remove.reset();
                setConfirming(chat.id);
              }}
              onConfirm={() => confirmDelete(chat.id)}
              onCancel={() => {
                setConfirming(undefined);
                remove.reset();
              }}
            />
          ))}
        </ol>
      )}
    </section>
  );
}

interface ChatRowProps {
  chat: Chat;
  selected: boolean;
  timeZone: string;
  confirming: boolean;
  deleting: boolean;
  deleteError: unknown;
  onDelete: () => void;
  onConfirm: () => void;
  onCancel: () => void;
}

function ChatRow({
  chat,
  selected,
  timeZone,
  confirming,
  deleting,
  deleteError,
  onDelete,
  onConfirm,
  onCancel,
}: ChatRowProps) {
  const t = useMessages(ADVISOR_MESSAGES);
  const { locale } = useLocale();
  return (
    <li className="advisor-chat-row" data-testid="chat-row" data-chat-id={chat.id}>
      <div className="advisor-chat-line">
        <Link
          to={chatPath(chat.id)}
          className="advisor-chat-link"
          aria-current={selected ? 'page' : undefined}
        >
          <span className="advisor-chat-title">{chat.title}</span>
          <span className="advisor-chat-time muted">
            {t.lastUsed(formatInstant(chat.updatedAt, locale, timeZone))}
          </span>
        </Link>
        <Button
          variant="ghost"
          aria-label={t.deleteChat(chat.title)}
          aria-expanded={confirming}
          disabled={deleting}
          onClick={onDelete}
        >
          {t.delete}
        </Button>
      </div>
      {confirming && (
        <ConfirmBar
          question={t.confirmDelete(chat.title)}
          confirmLabel={t.confirmDeleteYes}
          busyLabel={t.deleting}
          cancelLabel={t.cancel}
          busy={deleting}
          onConfirm={onConfirm}
          onCancel={onCancel}
          testId="delete-chat-confirm"
        />
      )}
      {deleteError !== undefined && <ProblemAlert heading={t.deleteFailed} error={deleteError} />}
    </li>
  );
}
