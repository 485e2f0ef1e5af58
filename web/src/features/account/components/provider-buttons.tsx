import { useMessages } from '@/lib/i18n/locale-context';

import { useSignInProviders } from '../api/get-sign-in-providers';
import { ACCOUNT_MESSAGES } from '../lib/messages';
import { DEFAULT_AFTER_SIGN_IN, providerStart } from '../lib/next-path';

/**
 * "Continue with <provider>" for each OpenID Connect provider the server offers; nothing when
 * none is configured (or the list cannot be loaded: email and password still work). Each is a
 * plain link: the sign-in is a full-page trip to the provider and back, to `next` (a path on
 * this site, checked already) when one is given.
 */
export function ProviderButtons({ next = DEFAULT_AFTER_SIGN_IN }: { next?: string }) {
  const t = useMessages(ACCOUNT_MESSAGES);
  const providers = useSignInProviders();
  const list = providers.data ?? [];
  if (list.length === 0) return null;
  return (
    <div className="account-providers">
      <ul aria-label={t.providersLabel}>
        {list.map((provider) => (
          <li key={provider.id}>
            <a
              className="button button-default account-provider"
              href={providerStart(provider.signInUrl, next)}
            >
              {t.continueWith(provider.displayName)}
            </a>
          </li>
        ))}
      </ul>
      <p className="account-divider muted">{t.orWithEmail}</p>
    </div>
  );
}
