import { useMessages } from '@/lib/i18n/locale-context';

import { useSignInProviders } from '../api/get-sign-in-providers';
import { ACCOUNT_MESSAGES } from '../lib/messages';

/**
 * "Continue with <provider>" for each OpenID Connect provider the server offers; nothing when
 * none is configured (or the list cannot be loaded: email and password still work). Each is a
 * plain link: the sign-in is a full-page trip to the provider and back.
 */
export function ProviderButtons() {
  const t = useMessages(ACCOUNT_MESSAGES);
  const providers = useSignInProviders();
  const list = providers.data ?? [];
  if (list.length === 0) return null;
  return (
    <div className="account-providers">
      <ul aria-label={t.providersLabel}>
        {list.map((provider) => (
          <li key={provider.id}>
            <a className="button button-default account-provider" href={provider.signInUrl}>
              {t.continueWith(provider.displayName)}
            </a>
          </li>
        ))}
      </ul>
      <p className="account-divider muted">{t.orWithEmail}</p>
    </div>
  );
}
