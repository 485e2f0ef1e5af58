import { Link } from 'react-router';

import { EmptyState } from '@/components/ui/empty-state';
import { ProblemAlert } from '@/components/ui/problem-alert';
import { Spinner } from '@/components/ui/spinner';
import '@/components/ui/table.css';
import { changeDirection, formatCount, formatMoney, formatSignedMoney } from '@/lib/format';
import { useMessages } from '@/lib/i18n/locale-context';

import { useBots } from '../api/get-bots';
import type { Bot } from '../api/types';
import { botPnl } from '../lib/figures';
import { BOTS_MESSAGES } from '../lib/messages';
import { botPath } from '../lib/paths';

import { BotLiveBadge } from './bot-live-badge';
import { BotStateBadge } from './bot-state-badge';
import './trading.css';

/** The user's bots, newest first as the server lists them; read again while one runs. */
export function BotList() {
  const t = useMessages(BOTS_MESSAGES);
  const bots = useBots();
  if (bots.isPending) return <Spinner label={t.loading} />;
  if (bots.isError) {
    return (
      <ProblemAlert heading={t.botsFailed} error={bots.error} onRetry={() => void bots.refetch()} />
    );
  }
  if (bots.data.items.length === 0) {
    return <EmptyState title={t.noBots}>{t.noBotsBody}</EmptyState>;
  }
  return (
    <div className="table-scroll">
      <table className="table" data-testid="bot-list">
        <thead>
          <tr>
            <th scope="col">{t.name}</th>
            <th scope="col">{t.strategy}</th>
            <th scope="col">{t.symbol}</th>
            <th scope="col">{t.state}</th>
            <th scope="col" className="numeric">
              {t.equity}
            </th>
            <th scope="col" className="numeric">
              {t.pnl}
            </th>
            <th scope="col">{t.progress}</th>
          </tr>
        </thead>
        <tbody>
          {bots.data.items.map((bot) => (
            <tr key={bot.id} data-bot-id={bot.id}>
              <th scope="row">
                <Link to={botPath(bot.id)}>{bot.name}</Link>
                {bot.live && (
                  <>
                    {' '}
                    <BotLiveBadge bot={bot} />
                  </>
                )}
              </th>
              <td>{bot.strategy}</td>
              <td>
                {bot.symbol} <span className="muted">{bot.interval}</span>
              </td>
              <td>
                <BotStateBadge state={bot.state} />
              </td>
              <td className="numeric">{formatMoney(bot.equity, bot.currency)}</td>
              <td className={`numeric ${changeDirection(botPnl(bot))}`}>
                {formatSignedMoney(botPnl(bot), bot.currency)}
              </td>
              <td>
                <BotProgress bot={bot} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/**
 * A paper bot's replay progress ("120 / 20,000 bars"); a live bot, which has no end, counts the
 * bars it decided on instead ("12 bars decided").
 */
export function BotProgress({ bot }: { bot: Bot }) {
  const t = useMessages(BOTS_MESSAGES);
  if (bot.live) {
    return (
      <span className="bot-progress muted" data-testid="bot-progress">
        {t.barsDecided(bot.barsDone, formatCount(bot.barsDone))}
      </span>
    );
  }
  return (
    <span className="bot-progress">
      <progress max={Math.max(bot.barsTotal, 1)} value={bot.barsDone} aria-label={t.progress} />{' '}
      <span className="muted" data-testid="bot-progress">
        {t.barsProgress(formatCount(bot.barsDone), formatCount(bot.barsTotal))}
      </span>
    </span>
  );
}
