import { useState } from 'react';

import { EmptyState } from '@/components/ui/empty-state';
import { ProblemAlert } from '@/components/ui/problem-alert';
import { Spinner } from '@/components/ui/spinner';
import { useMessages } from '@/lib/i18n/locale-context';

import { useApiKeys } from '../api/get-api-keys';
import { API_KEY_MESSAGES } from '../lib/messages';

import { ApiKeyTable } from './api-key-table';
import { NewKeyForm } from './new-key-form';
import { RevealedKey, type Revealed } from './revealed-key';
import './api-keys.css';

interface ApiKeysViewProps {
  /** The reader's time zone, for created, expires and last used. */
  timeZone: string;
  /** Whether the account may create keys with the admin scope (administrators only). */
  canUseAdminScope: boolean;
}

/** The user's API keys, a key just created or rotated (shown once), and the form for a new one. */
export function ApiKeysView({ timeZone, canUseAdminScope }: ApiKeysViewProps) {
  const t = useMessages(API_KEY_MESSAGES);
  const keys = useApiKeys();
  // The key itself lives only here, in memory, until the user says they copied it.
  const [revealed, setRevealed] = useState<Revealed | undefined>();

  let list;
  if (keys.isPending) {
    list = <Spinner label={t.loading} />;
  } else if (keys.isError) {
    list = (
      <ProblemAlert heading={t.loadFailed} error={keys.error} onRetry={() => void keys.refetch()} />
    );
  } else if (keys.data.items.length === 0) {
    list = (
      <EmptyState title={t.noKeys}>
        <p>{t.noKeysBody}</p>
      </EmptyState>
    );
  } else {
    list = (
      <ApiKeyTable
        keys={keys.data.items}
        timeZone={timeZone}
        onRotated={(issued) => setRevealed({ issued, rotated: true })}
        onDeleted={(id) => {
          if (revealed?.issued.apiKey.id === id) setRevealed(undefined);
        }}
      />
    );
  }

  return (
    <div className="api-keys">
      {revealed && (
        <RevealedKey
          key={revealed.issued.key}
          revealed={revealed}
          onDone={() => setRevealed(undefined)}
        />
      )}
      <section className="api-keys-section" aria-labelledby="api-keys-list-heading">
        <h2 id="api-keys-list-heading">{t.yourKeys}</h2>
        {list}
      </section>
      <NewKeyForm
        canUseAdminScope={canUseAdminScope}
        onCreated={(issued) => setRevealed({ issued, rotated: false })}
      />
    </div>
  );
}
