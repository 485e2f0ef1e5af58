import { useNavigate } from 'react-router';

import { useCreateChat } from '../api/create-chat';
import { useAnswerStreams } from '../api/use-answer-streams';
import { chatPath } from '../lib/paths';

import { ChatList } from './chat-list';
import { ChatView, NewChatView } from './chat-view';
import { ProfilePanel } from './profile-panel';
import './advisor.css';

interface AdvisorViewProps {
  /** The chat on screen (`/advisor/:chatId`); none on `/advisor`, where a question opens one. */
  chatId?: string;
  /** The reader's zone, for chat and fact times. */
  timeZone: string;
}

/**
 * The chats beside the chosen one. The answers being streamed are held here, above the chat on
 * screen, so that the first question of a new chat keeps streaming when the address moves to the
 * chat it opened, and switching chats does not stop one.
 */
export function AdvisorView({ chatId, timeZone }: AdvisorViewProps) {
  const streams = useAnswerStreams();
  const create = useCreateChat();
  const navigate = useNavigate();

  const openAndAsk = async (text: string): Promise<boolean> => {
    let id: string;
    try {
      id = (await create.mutateAsync()).id;
    } catch {
      // create.error says why, above the box; the question stays in it.
      return false;
    }
    void navigate(chatPath(id));
    void streams.ask(id, text);
    return true;
  };

  return (
    <div className="advisor">
      <div className="advisor-column">
        <ChatList selectedId={chatId} timeZone={timeZone} onDeleted={streams.forget} />
        <ProfilePanel />
      </div>
      {chatId ? (
        <ChatView
          key={chatId}
          chatId={chatId}
          timeZone={timeZone}
          pending={streams.turns[chatId]}
          onAsk={(text, turnId) => void streams.ask(chatId, text, turnId)}
        />
      ) : (
        <NewChatView
          onAsk={openAndAsk}
          opening={create.isPending}
          error={create.isError ? create.error : undefined}
        />
      )}
    </div>
  );
}
