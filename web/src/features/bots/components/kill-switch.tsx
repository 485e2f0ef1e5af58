import { useState } from 'react';

import { Button } from '@/components/ui/button';
import { ConfirmBar } from '@/components/ui/confirm-bar';
import { ProblemAlert } from '@/components/ui/problem-alert';
import { useMessages } from '@/lib/i18n/locale-context';

import { useKillSwitch } from '../api/kill-switch';
import { BOTS_MESSAGES } from '../lib/messages';

import './trading.css';

/** Stops every bot of the user at once, after an inline confirmation; says how many it stopped. */
export function KillSwitch() {
  const t = useMessages(BOTS_MESSAGES);
  const kill = useKillSwitch();
  const [asking, setAsking] = useState(false);
  return (
    <div className="kill-switch" data-testid="kill-switch">
      {asking ? (
        <ConfirmBar
          question={t.killSwitchQuestion}
          confirmLabel={t.killSwitchConfirm}
          busyLabel={t.killSwitchBusy}
          cancelLabel={t.cancel}
          busy={kill.isPending}
          onConfirm={() => kill.mutate(undefined, { onSettled: () => setAsking(false) })}
          onCancel={() => setAsking(false)}
          testId="kill-switch-confirm"
        />
      ) : (
        <Button
          className="button-danger"
          onClick={() => {
            kill.reset();
            setAsking(true);
          }}
        >
          {t.killSwitch}
        </Button>
      )}
      {kill.isSuccess && (
        <p role="status" data-testid="kill-switch-result">
          {t.killSwitchDone(kill.data.botsStopped)}{' '}
          {t.killSwitchOrders(kill.data.ordersCanceled, kill.data.ordersLeft)}
        </p>
      )}
      {kill.isError && <ProblemAlert heading={t.killSwitchFailed} error={kill.error} />}
    </div>
  );
}
