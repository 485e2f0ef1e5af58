import { useState } from 'react';

import { Button } from '@/components/ui/button';
import { ConfirmBar } from '@/components/ui/confirm-bar';
import { ProblemAlert } from '@/components/ui/problem-alert';
import { useMessages } from '@/lib/i18n/locale-context';

import { useChangeBotState } from '../api/change-bot-state';
import { useLiveBotAccount } from '../api/get-trading-accounts';
import type { Bot } from '../api/types';
import { needsSecondFactor, venueName } from '../lib/live-trading';
import { BOTS_MESSAGES } from '../lib/messages';

import { SecondFactorNotice } from './second-factor-notice';
import './trading.css';

/**
 * Start (or resume), pause and stop, offered as the bot's state allows; stop asks first. A live
 * bot's stop question names its exchange, a paused live bot says what resuming does, and a
 * start the server refuses for want of a second factor says how to get one.
 */
export function BotControls({ bot }: { bot: Bot }) {
  const t = useMessages(BOTS_MESSAGES);
  const change = useChangeBotState(bot.id);
  const [confirmingStop, setConfirmingStop] = useState(false);
  const account = useLiveBotAccount(bot);
  const canStart = bot.state === 'NEW' || bot.state === 'PAUSED';
  const canPause = bot.state === 'RUNNING';
  const canStop = bot.state === 'NEW' || bot.state === 'RUNNING' || bot.state === 'PAUSED';
  if (!canStart && !canPause && !canStop) return null;
  return (
    <div className="bot-controls" data-testid="bot-controls">
      {confirmingStop ? (
        <ConfirmBar
          question={
            bot.live ? t.liveStopQuestion(account && venueName(t, account.venue)) : t.stopQuestion
          }
          confirmLabel={t.stopConfirm}
          busyLabel={t.stopping}
          cancelLabel={t.cancel}
          busy={change.isPending}
          onConfirm={() => change.mutate('stop', { onSettled: () => setConfirmingStop(false) })}
          onCancel={() => setConfirmingStop(false)}
          testId="stop-confirm"
        />
      ) : (
        <div className="bot-control-buttons">
          {canStart && (
            <Button disabled={change.isPending} onClick={() => change.mutate('start')}>
              {bot.state === 'PAUSED' ? t.resume : t.start}
            </Button>
          )}
          {canPause && (
            <Button disabled={change.isPending} onClick={() => change.mutate('pause')}>
              {t.pause}
            </Button>
          )}
          {canStop && (
            <Button
              className="button-danger"
              disabled={change.isPending}
              onClick={() => {
                change.reset();
                setConfirmingStop(true);
              }}
            >
              {t.stop}
            </Button>
          )}
        </div>
      )}
      {bot.live && bot.state === 'PAUSED' && !confirmingStop && (
        <p className="muted" data-testid="live-resume-note">
          {t.liveResumeNote}
        </p>
      )}
      {change.isError &&
        (needsSecondFactor(change.error) ? (
          <SecondFactorNotice />
        ) : (
          <ProblemAlert heading={t.commandFailed} error={change.error} />
        ))}
    </div>
  );
}
