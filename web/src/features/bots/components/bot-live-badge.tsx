import { useMessages } from '@/lib/i18n/locale-context';

import { useLiveBotAccount } from '../api/get-trading-accounts';
import type { Bot } from '../api/types';
import { venueName } from '../lib/live-trading';
import { BOTS_MESSAGES } from '../lib/messages';

import './trading.css';

/**
 * "Live · Binance" for a bot on a live exchange account, nothing for a paper bot. Until the
 * account list is in, or when it cannot be read, the badge says "Live" alone.
 */
export function BotLiveBadge({ bot }: { bot: Pick<Bot, 'live' | 'accountId'> }) {
  const t = useMessages(BOTS_MESSAGES);
  const account = useLiveBotAccount(bot);
  if (!bot.live) return null;
  return (
    <>
      <span className="live-badge" data-testid="live-badge">
        {t.liveBadge}
      </span>
      {account && (
        <>
          {' '}
          <span className="muted" data-testid="bot-venue">
            {venueName(t, account.venue)}
          </span>
        </>
      )}
    </>
  );
}
