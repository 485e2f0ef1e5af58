import { useState } from 'react';

import { Button } from '@/components/ui/button';
import { ConfirmBar } from '@/components/ui/confirm-bar';
import { ProblemAlert } from '@/components/ui/problem-alert';
import { formatInstant } from '@/lib/i18n/instant';
import { useLocale, useMessages } from '@/lib/i18n/locale-context';

import { useDeleteApiKey } from '../api/delete-api-key';
import { useRotateApiKey } from '../api/rotate-api-key';
import type { ApiKey, IssuedApiKey } from '../api/types';
import { API_KEY_MESSAGES } from '../lib/messages';
import { isExpired, keyPrefix } from '../lib/new-key';
import '@/components/ui/table.css';

interface ApiKeyTableProps {
  keys: readonly ApiKey[];
  timeZone: string;
  onRotated: (issued: IssuedApiKey) => void;
  onDeleted: (id: string) => void;
}

export function ApiKeyTable({ keys, timeZone, onRotated, onDeleted }: ApiKeyTableProps) {
  const t = useMessages(API_KEY_MESSAGES);
  const [deletedName, setDeletedName] = useState<string | undefined>();
  return (
    <>
      <div className="table-scroll">
        <table className="table api-keys-table" data-testid="api-keys-table">
          <thead>
            <tr>
              <th scope="col">{t.name}</th>
              <th scope="col">{t.key}</th>
              <th scope="col">{t.scopes}</th>
              <th scope="col">{t.created}</th>
              <th scope="col">{t.expires}</th>
              <th scope="col">{t.lastUsed}</th>
              <th scope="col">
                <span className="visually-hidden">{t.actions}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {keys.map((key) => (
              <ApiKeyRow
                key={key.id}
                apiKey={key}
                timeZone={timeZone}
                onRotated={onRotated}
                onDeleted={() => {
                  setDeletedName(key.name);
                  onDeleted(key.id);
                }}
              />
            ))}
          </tbody>
        </table>
      </div>
      {deletedName && (
        <p className="muted" role="status">
          {t.deleted(deletedName)}
        </p>
      )}
    </>
  );
}

interface ApiKeyRowProps {
  apiKey: ApiKey;
  timeZone: string;
  onRotated: (issued: IssuedApiKey) => void;
  onDeleted: () => void;
}

function ApiKeyRow({ apiKey, timeZone, onRotated, onDeleted }: ApiKeyRowProps) {
  const t = useMessages(API_KEY_MESSAGES);
  const { locale } = useLocale();
  const rotate = useRotateApiKey();
  const deletion = useDeleteApiKey();
  const [confirming, setConfirming] = useState<'rotate' | 'delete' | undefined>();
  const when = (iso: string | undefined) => formatInstant(iso, locale, timeZone);
  const busy = rotate.isPending || deletion.isPending;

  const confirm = () => {
    if (confirming === 'rotate') {
      rotate.mutate(apiKey.id, {
        onSuccess: (issued) => {
          setConfirming(undefined);
          onRotated(issued);
          rotate.reset();
        },
      });
    } else {
      deletion.mutate(apiKey.id, { onSuccess: onDeleted });
    }
  };

  return (
    <>
      <tr data-testid="api-key-row">
        <th scope="row">{apiKey.name}</th>
        <td>
          <code title={apiKey.id}>{keyPrefix(apiKey.id)}</code>
        </td>
        <td>{apiKey.scopes.map((scope) => t.scopeNames[scope]).join(', ')}</td>
        <td>
          {when(apiKey.createdAt)}
          {apiKey.rotatedAt && <div className="muted">{t.rotatedOn(when(apiKey.rotatedAt))}</div>}
        </td>
        <td>
          {apiKey.expiresAt ? when(apiKey.expiresAt) : t.never}
          {isExpired(apiKey, new Date()) && <span className="api-keys-badge">{t.expired}</span>}
        </td>
        <td>{apiKey.lastUsedAt ? when(apiKey.lastUsedAt) : t.never}</td>
        <td>
          <div className="api-keys-actions api-keys-row-actions">
            <Button
              variant="ghost"
              aria-label={t.rotateLabel(apiKey.name)}
              aria-expanded={confirming === 'rotate'}
              disabled={busy}
              onClick={() => setConfirming('rotate')}
            >
              {t.rotate}
            </Button>
            <Button
              variant="ghost"
              aria-label={t.deleteLabel(apiKey.name)}
              aria-expanded={confirming === 'delete'}
              disabled={busy}
              onClick={() => setConfirming('delete')}
            >
              {t.delete}
            </Button>
          </div>
        </td>
      </tr>
      {(confirming || rotate.isError || deletion.isError) && (
        <tr className="api-keys-confirm-row">
          <td colSpan={7}>
            {confirming && (
              <ConfirmBar
                question={
                  confirming === 'rotate'
                    ? t.confirmRotate(apiKey.name)
                    : t.confirmDelete(apiKey.name)
                }
                confirmLabel={confirming === 'rotate' ? t.confirmRotateYes : t.confirmDeleteYes}
                busyLabel={confirming === 'rotate' ? t.rotating : t.deleting}
                cancelLabel={t.cancel}
                busy={busy}
                onConfirm={confirm}
                onCancel={() => {
                  setConfirming(undefined);
                  rotate.reset();
                  deletion.reset();
                }}
              />
            )}
            {rotate.isError && <ProblemAlert heading={t.rotateFailed} error={rotate.error} />}
            {deletion.isError && <ProblemAlert heading={t.deleteFailed} error={deletion.error} />}
          </td>
        </tr>
      )}
    </>
  );
}
