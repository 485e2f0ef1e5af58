import { useEffect, useRef, useState } from 'react';

import { Button } from '@/components/ui/button';
import { useMessages } from '@/lib/i18n/locale-context';

import type { IssuedApiKey } from '../api/types';
import { API_KEY_MESSAGES } from '../lib/messages';

export interface Revealed {
  issued: IssuedApiKey;
  /** A rotation (the old key just stopped working) rather than a new key. */
  rotated: boolean;
}

/**
 * A key just created or rotated, the only time the server shows it. Kept in memory, never in
 * browser storage; gone once the user says they copied it or leaves the page. Mount it anew
 * for each key (a React key), so that focus and the copy notice start over.
 */
export function RevealedKey({ revealed, onDone }: { revealed: Revealed; onDone: () => void }) {
  const t = useMessages(API_KEY_MESSAGES);
  const heading = useRef<HTMLHeadingElement>(null);
  const [copy, setCopy] = useState<'copied' | 'failed' | undefined>();
  const { key, apiKey } = revealed.issued;

  useEffect(() => {
    // Moves the reader (and a screen reader) to the key, which may sit above the form they used.
    heading.current?.focus();
  }, []);

  const copyKey = async () => {
    try {
      await navigator.clipboard.writeText(key);
      setCopy('copied');
    } catch {
      setCopy('failed');
    }
  };

  return (
    <section className="api-keys-revealed" aria-labelledby="api-keys-revealed-heading">
      <h2 id="api-keys-revealed-heading" ref={heading} tabIndex={-1}>
        {revealed.rotated ? t.revealedRotated(apiKey.name) : t.revealedCreated(apiKey.name)}
      </h2>
      <p className="api-keys-notice api-keys-notice-warning" role="alert">
        {t.revealedWarning}
        {revealed.rotated && ` ${t.revealedRotatedNote}`}
      </p>
      <code className="api-keys-secret" aria-label={t.revealedLabel} data-testid="revealed-api-key">
        {key}
      </code>
      <div className="api-keys-actions">
        <Button onClick={() => void copyKey()}>{t.copy}</Button>
        <Button className="api-keys-primary" onClick={onDone}>
          {t.done}
        </Button>
      </div>
      {copy && (
        <p className="muted" role="status">
          {copy === 'copied' ? t.copied : t.copyFailed}
        </p>
      )}
    </section>
  );
}
