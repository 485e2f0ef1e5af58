import { useQueryClient } from '@tanstack/react-query';
import { useCallback, useEffect, useRef, useState } from 'react';

import { newTurnId } from '../lib/turn-id';

import { askQuestion } from './ask-question';
import { chatQueryKey } from './get-chat';
import { CHATS_QUERY_KEY } from './get-chats';
import { PROFILE_QUERY_KEY } from './get-profile';
import type { AnswerEnd, ChatMessage, ChatTranscript, Citation, Signal } from './types';

/** A question this page asked and whose answer has not been kept in the chat yet. */
export interface PendingTurn {
  turnId: string;
  question: string;
  /** The answer's text so far. */
  content: string;
  citations: Citation[];
  /** The calls the answer makes, as they arrive. */
  signals: Signal[];
  /** `streaming` while the answer arrives; `failed` when no answer could be read. */
  state: 'streaming' | 'failed';
  /** Why it failed: the server's problem (before the stream), or the lost connection. */
  error?: unknown;
}

export type PendingTurns = Partial<Record<string, PendingTurn>>;

export interface AnswerStreams {
  /** The turn in flight (or failed) per chat id. */
  turns: PendingTurns;
  /**
   * Asks `text` in the chat and streams its answer; a turn id repeats an earlier turn (try
   * again), else the question gets a new one. One turn per chat at a time.
   */
  ask: (chatId: string, text: string, turnId?: string) => Promise<void>;
  /** Stops reading the chat's answer (the server still writes and keeps it) and forgets it. */
  forget: (chatId: string) => void;
}

/**
 * The answers this page is streaming, per chat. Held above the chat on screen, so that a
 * question asked in a new chat keeps streaming when the address moves to that chat, and
 * another chat can be read meanwhile. A finished answer goes into the chat's cached
 * transcript (then the server's copy is read), so it never flickers out and back.
 */
export function useAnswerStreams(): AnswerStreams {
  const queryClient = useQueryClient();
  const [turns, setTurns] = useState<PendingTurns>({});
  const controllers = useRef(new Map<string, AbortController>());

  useEffect(() => {
    const running = controllers.current;
    return () => {
      for (const controller of running.values()) controller.abort();
      running.clear();
    };
  }, []);

  const forget = useCallback((chatId: string) => {
    controllers.current.get(chatId)?.abort();
    controllers.current.delete(chatId);
    setTurns((all) => without(all, chatId));
  }, []);

  const ask = useCallback(
    async (chatId: string, question: string, turnId: string = newTurnId()) => {
      controllers.current.get(chatId)?.abort();
      const controller = new AbortController();
      controllers.current.set(chatId, controller);
      let content = '';
      let citations: Citation[] = [];
      let signals: Signal[] = [];
      const show = (change: Partial<PendingTurn>) =>
        setTurns((all) => {
          const turn = all[chatId];
          // A newer question in the chat replaced this one: its news is not shown.
          return turn?.turnId === turnId ? { ...all, [chatId]: { ...turn, ...change } } : all;
        });
      setTurns((all) => ({
        ...all,
        [chatId]: { turnId, question, content, citations, signals, state: 'streaming' },
      }));
      try {
        const end = await askQuestion({
          chatId,
          turnId,
          text: question,
          signal: controller.signal,
          onToken: (piece) => {
            content += piece;
            show({ content });
          },
          onCitation: (citation) => {
            citations = [...citations, citation];
            show({ citations });
          },
          onSignal: (signal) => {
            signals = [...signals, signal];
            show({ signals });
          },
          onRestart: () => {
            content = '';
            citations = [];
            signals = [];
            show({ content, citations, signals });
          },
        });
        queryClient.setQueryData<ChatTranscript>(chatQueryKey(chatId), (transcript) =>
          transcript
            ? withTurn(transcript, { turnId, question, content, citations, signals, end })
            : transcript,
        );
        setTurns((all) => without(all, chatId));
        // The server's copy has the facts and times; the list has the new title and order.
        void queryClient.invalidateQueries({ queryKey: chatQueryKey(chatId) });
        void queryClient.invalidateQueries({ queryKey: CHATS_QUERY_KEY, exact: true });
        // The question may have said something of the asker.
        void queryClient.invalidateQueries({ queryKey: PROFILE_QUERY_KEY });
      } catch (error) {
        if (controller.signal.aborted) return;
        show({ state: 'failed', error });
        // The question may be kept even when its answer could not be read.
        void queryClient.invalidateQueries({ queryKey: CHATS_QUERY_KEY, exact: true });
      } finally {
        if (controllers.current.get(chatId) === controller) controllers.current.delete(chatId);
      }
    },
    [queryClient],
  );

  return { turns, ask, forget };
}

function without(turns: PendingTurns, chatId: string): PendingTurns {
  if (!(chatId in turns)) return turns;
  const rest = { ...turns };
  delete rest[chatId];
  return rest;
}

interface FinishedTurn {
  turnId: string;
  question: string;
  content: string;
  citations: Citation[];
  signals: Signal[];
  end: AnswerEnd;
}

/**
 * The transcript with the turn's question and its finished answer at the end, in place of any
 * earlier copy of the turn (an interrupted answer that was tried again).
 */
export function withTurn(transcript: ChatTranscript, turn: FinishedTurn): ChatTranscript {
  const now = new Date().toISOString();
  const { end } = turn;
  const asked = transcript.messages.find(
    (message) => message.turnId === turn.turnId && message.role === 'USER',
  );
  const question: ChatMessage = asked ?? {
    id: `${turn.turnId}.question`,
    turnId: turn.turnId,
    role: 'USER',
    status: 'COMPLETE',
    content: turn.question,
    citations: [],
    facts: [],
    signals: [],
    createdAt: now,
  };
  const interrupted = end.kind === 'error' || end.status === 'INTERRUPTED';
  const answer: ChatMessage = {
    id: end.messageId || `${turn.turnId}.answer`,
    turnId: turn.turnId,
    role: 'ADVISOR',
    status: interrupted ? 'INTERRUPTED' : 'COMPLETE',
    content: turn.content,
    citations: turn.citations,
    facts: [],
    signals: turn.signals,
    createdAt: now,
    ...(end.kind === 'done' && end.mode ? { mode: end.mode } : {}),
    ...(end.kind === 'done' && end.language ? { language: end.language } : {}),
  };
  return {
    ...transcript,
    messages: [
      ...transcript.messages.filter((message) => message.turnId !== turn.turnId),
      question,
      answer,
    ],
  };
}
