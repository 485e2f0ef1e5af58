import { useState } from 'react';

import { Button } from '@/components/ui/button';
import { ConfirmBar } from '@/components/ui/confirm-bar';
import { ProblemAlert } from '@/components/ui/problem-alert';
import { formatInstant } from '@/lib/i18n/instant';
import { useLocale, useMessages } from '@/lib/i18n/locale-context';

import type { Role, StaffAccount, Tier } from '../api/types';
import { useUserAction, type UserAction } from '../api/user-actions';
import { ADMIN_MESSAGES } from '../lib/messages';
import { ROLES, TIERS } from '../lib/user-query';
import { userStatus } from '../lib/user-status';

import { ChoiceSelect } from './choice-select';

/** Who is looking: their own account is not theirs to lock or demote here. */
export interface Viewer {
  id: string;
  /** Administrators change accounts; support staff only read them, masked. */
  canManage: boolean;
}

const COLUMNS = 8;

interface UserRowProps {
  user: StaffAccount;
  timeZone: string;
  viewer: Viewer;
  onDone: (notice: string) => void;
}

type Confirmable = Extract<UserAction['kind'], 'lock' | 'end-sessions'>;

export function UserRow({ user, timeZone, viewer, onDone }: UserRowProps) {
  const t = useMessages(ADMIN_MESSAGES);
  const { locale } = useLocale();
  const action = useUserAction(user.id);
  const [role, setRole] = useState<Role>(user.role);
  const [tier, setTier] = useState<Tier>(user.tier);
  const [confirming, setConfirming] = useState<Confirmable | undefined>();
  const own = user.id === viewer.id;
  const editable = viewer.canManage && !own;
  const busy = action.isPending;
  const when = (iso: string) => formatInstant(iso, locale, timeZone);

  const run = (next: UserAction) => {
    action.reset();
    action.mutate(next, {
      onSuccess: () => {
        setConfirming(undefined);
        onDone(t.done[next.kind](user.email));
      },
    });
  };
  const ask = (kind: Confirmable) => {
    action.reset();
    setConfirming(kind);
  };

  return (
    <>
      <tr data-testid="user-row" data-email={user.email}>
        <th scope="row" className="admin-email">
          {user.email}
          {own && <span className="admin-badge">{t.you}</span>}
        </th>
        <td>{user.displayName ?? '—'}</td>
        <td>
          {editable ? (
            <ChoiceSelect
              aria-label={t.roleOf(user.email)}
              choices={ROLES}
              labelOf={(choice) => t.roles[choice]}
              value={role}
              disabled={busy}
              onChange={(choice) => setRole(choice ?? role)}
            />
          ) : (
            t.roles[user.role]
          )}
        </td>
        <td>
          {editable ? (
            <ChoiceSelect
              aria-label={t.tierOf(user.email)}
              choices={TIERS}
              labelOf={(choice) => t.tiers[choice]}
              value={tier}
              disabled={busy}
              onChange={(choice) => setTier(choice ?? tier)}
            />
          ) : (
            t.tiers[user.tier]
          )}
        </td>
        <td>{user.emailVerified ? t.yes : t.no}</td>
        <td data-testid="user-status">
          <StatusText user={user} when={when} />
        </td>
        <td>
          <time dateTime={user.createdAt}>{when(user.createdAt)}</time>
        </td>
        {viewer.canManage && (
          <td>
            {own ? (
              <span className="muted">{t.ownAccount}</span>
            ) : (
              <div className="admin-actions">
                <Button
                  aria-label={t.saveLabel(user.email)}
                  disabled={busy || (role === user.role && tier === user.tier)}
                  onClick={() => run({ kind: 'role', role, tier })}
                >
                  {t.save}
                </Button>
                {user.locked ? (
                  <Button
                    variant="ghost"
                    aria-label={t.unlockLabel(user.email)}
                    disabled={busy}
                    onClick={() => run({ kind: 'unlock' })}
                  >
                    {t.unlock}
                  </Button>
                ) : (
                  <Button
                    variant="ghost"
                    aria-label={t.lockLabel(user.email)}
                    aria-expanded={confirming === 'lock'}
                    disabled={busy}
                    onClick={() => ask('lock')}
                  >
                    {t.lock}
                  </Button>
                )}
                <Button
                  variant="ghost"
                  aria-label={t.endSessionsLabel(user.email)}
                  aria-expanded={confirming === 'end-sessions'}
                  disabled={busy}
                  onClick={() => ask('end-sessions')}
                >
                  {t.endSessions}
                </Button>
              </div>
            )}
          </td>
        )}
      </tr>
      {(confirming || action.isError) && (
        <tr className="admin-confirm-row">
          <td colSpan={COLUMNS}>
            {confirming && (
              <ConfirmBar
                testId="user-confirm"
                question={
                  confirming === 'lock'
                    ? t.confirmLock(user.email)
                    : t.confirmEndSessions(user.email)
                }
                confirmLabel={confirming === 'lock' ? t.lock : t.endSessions}
                busyLabel={t.working}
                cancelLabel={t.cancel}
                busy={busy}
                onConfirm={() => run({ kind: confirming })}
                onCancel={() => {
                  setConfirming(undefined);
                  action.reset();
                }}
              />
            )}
            {action.isError && action.variables && (
              <ProblemAlert heading={t.failed[action.variables.kind]} error={action.error} />
            )}
          </td>
        </tr>
      )}
    </>
  );
}

function StatusText({ user, when }: { user: StaffAccount; when: (iso: string) => string }) {
  const t = useMessages(ADMIN_MESSAGES);
  const status = userStatus(user, new Date());
  switch (status.kind) {
    case 'active':
      return t.active;
    case 'locked':
      return (
        <span className="admin-locked">
          {t.lockedByAdministrator}
          {status.since && (
            <span className="muted admin-since"> {t.lockedSince(when(status.since))}</span>
          )}
        </span>
      );
    case 'sign-in-locked':
      return <span className="admin-locked">{t.signInLockedUntil(when(status.until))}</span>;
  }
}
