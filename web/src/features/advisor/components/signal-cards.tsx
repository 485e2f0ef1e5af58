import { Link } from 'react-router';

import { Button } from '@/components/ui/button';
import { toProblem } from '@/lib/api/problem';
import { formatPrice } from '@/lib/format';
import { useMessages } from '@/lib/i18n/locale-context';

import { callKey, useShadowPortfolio } from '../api/get-shadow-portfolio';
import { useTrackCall } from '../api/track-call';
import type { Signal } from '../api/types';
import { SHADOW_PORTFOLIO_PATH, TRADING_PATH } from '../lib/paths';
import { formatConfidence } from '../lib/shadow-curve';
import { SHADOW_MESSAGES } from '../lib/shadow-messages';

import './shadow-portfolio.css';

interface SignalCardsProps {
  signals: readonly Signal[];
  /** The kept answer's id; none while the answer streams (nothing to track yet). */
  messageId?: string;
  /** The answer is still being written: its calls cannot be added until it is kept. */
  streaming: boolean;
}

/**
 * The calls an answer makes, a card each, to add to the shadow portfolio. The advisor never
 * places orders: a card links to trading for a person to act, nothing more.
 */
export function SignalCards({ signals, messageId, streaming }: SignalCardsProps) {
  const t = useMessages(SHADOW_MESSAGES);
  // The portfolio says which of the answer's calls are tracked already (after a reload, say).
  const report = useShadowPortfolio({ enabled: signals.length > 0 && messageId !== undefined });
  if (signals.length === 0) return null;
  const tracked = new Set(report.data?.calls.map((call) => callKey(call.messageId, call.symbol)));
  return (
    <section className="signal-cards" aria-label={t.calls}>
      <ul className="signal-card-list">
        {signals.map((signal) => (
          <SignalCard
            key={signal.symbol}
            signal={signal}
            messageId={messageId}
            streaming={streaming}
            tracked={messageId !== undefined && tracked.has(callKey(messageId, signal.symbol))}
          />
        ))}
      </ul>
    </section>
  );
}

interface SignalCardProps {
  signal: Signal;
  messageId?: string;
  streaming: boolean;
  tracked: boolean;
}

function SignalCard({ signal, messageId, streaming, tracked }: SignalCardProps) {
  const t = useMessages(SHADOW_MESSAGES);
  const track = useTrackCall();
  const isTracked = tracked || track.isSuccess;
  const canAdd = !streaming && messageId !== undefined;
  const currency = signal.currency ?? '';
  return (
    <li
      className="signal-card"
      data-testid="signal-card"
      data-symbol={signal.symbol}
      data-stance={signal.stance}
    >
      <div className="signal-card-head">
        <strong className="signal-symbol">{signal.symbol}</strong>
        <span className={`signal-stance signal-stance-${signal.stance.toLowerCase()}`}>
          {t.stances[signal.stance]}
        </span>
      </div>
      <dl className="signal-figures">
        <div>
          <dt>{t.priceAtCall}</dt>
          <dd data-testid="signal-price">
            {formatPrice(signal.price, currency)}
            {currency && ` ${currency}`}
          </dd>
        </div>
        <div>
          <dt>{t.horizon}</dt>
          <dd data-testid="signal-horizon">{t.days(signal.horizonDays)}</dd>
        </div>
        <div>
          <dt>{t.confidence}</dt>
          <dd data-testid="signal-confidence">{formatConfidence(signal.confidence)}</dd>
        </div>
      </dl>
      <div className="signal-actions">
        {isTracked ? (
          <span className="signal-tracked" role="status" data-testid="signal-tracked">
            {t.tracked} · <Link to={SHADOW_PORTFOLIO_PATH}>{t.openShadow}</Link>
          </span>
        ) : (
          <Button
            data-testid="add-to-shadow"
            disabled={!canAdd || track.isPending}
            title={canAdd ? undefined : t.addAfterAnswer}
            onClick={() => {
              if (messageId !== undefined) track.mutate({ messageId, symbol: signal.symbol });
            }}
          >
            {track.isPending ? t.adding : t.addToShadow}
          </Button>
        )}
        <span className="muted signal-no-orders">
          {t.noOrders} <Link to={TRADING_PATH}>{t.tradeYourself}</Link>
        </span>
      </div>
      {track.isError && (
        <p className="signal-error" role="alert" data-testid="track-error">
          {t.trackFailed} {problemText(track.error)}
        </p>
      )}
    </li>
  );
}

function problemText(error: unknown): string {
  const problem = toProblem(error);
  return problem.detail ?? problem.title;
}
