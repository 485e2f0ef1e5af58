import { useMessages } from '@/lib/i18n/locale-context';

import type { BotState } from '../api/types';
import { BOTS_MESSAGES } from '../lib/messages';

import './trading.css';

export function BotStateBadge({ state }: { state: BotState }) {
  const t = useMessages(BOTS_MESSAGES);
  return (
    <span
      className={`bot-state bot-state-${state.toLowerCase()}`}
      data-testid="bot-state"
      data-state={state}
    >
      {t.states[state]}
    </span>
  );
}
