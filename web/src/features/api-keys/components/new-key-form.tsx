import { useState, type FormEvent } from 'react';

import { Button } from '@/components/ui/button';
import { FieldError, FormField } from '@/components/ui/form-field';
import { ProblemAlert } from '@/components/ui/problem-alert';
import { hasOtherProblems, serverFieldErrors } from '@/lib/api/field-errors';
import { useMessages } from '@/lib/i18n/locale-context';

import { useCreateApiKey } from '../api/create-api-key';
import type { IssuedApiKey, Scope } from '../api/types';
import { API_KEY_MESSAGES } from '../lib/messages';
import {
  apiKeyRequestOf,
  checkNewKey,
  DEFAULT_EXPIRY_DAYS,
  EXPIRY_CHOICES,
  NAME_MAX,
  SCOPES,
  type NewKey,
} from '../lib/new-key';

const FIELDS = ['name', 'scopes', 'expiresInDays'] as const;
const EMPTY: NewKey = { name: '', scopes: ['read'], expiresInDays: DEFAULT_EXPIRY_DAYS };

interface NewKeyFormProps {
  canUseAdminScope: boolean;
  /** Gets the key itself, which the form does not keep. */
  onCreated: (issued: IssuedApiKey) => void;
}

export function NewKeyForm({ canUseAdminScope, onCreated }: NewKeyFormProps) {
  const t = useMessages(API_KEY_MESSAGES);
  const create = useCreateApiKey();
  const [form, setForm] = useState<NewKey>(EMPTY);
  const [checked, setChecked] = useState<ReturnType<typeof checkNewKey>>({});
  const scopes = SCOPES.filter((scope) => scope !== 'admin' || canUseAdminScope);

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (create.isPending) return;
    const problems = checkNewKey(form);
    setChecked(problems);
    if (Object.keys(problems).length > 0) return;
    create.mutate(apiKeyRequestOf(form), {
      onSuccess: (issued) => {
        setForm(EMPTY);
        onCreated(issued);
        // The mutation would otherwise hold the key in the cache for minutes after.
        create.reset();
      },
    });
  };

  const toggle = (scope: Scope, on: boolean) =>
    setForm((current) => ({
      ...current,
      scopes: on ? [...current.scopes, scope] : current.scopes.filter((item) => item !== scope),
    }));

  const server = create.isError ? serverFieldErrors(create.error, FIELDS) : {};
  const nameError = checked.name ? t.problems[checked.name] : server.name;
  const scopesError = checked.scopes ? t.problems[checked.scopes] : server.scopes;

  return (
    <section className="api-keys-section" aria-labelledby="api-keys-new-heading">
      <h2 id="api-keys-new-heading">{t.newKey}</h2>
      <form className="api-keys-form" onSubmit={onSubmit} noValidate aria-label={t.newKey}>
        <FormField id="api-key-name" label={t.keyName} help={t.keyNameHelp} error={nameError}>
          {(control) => (
            <input
              {...control}
              name="name"
              maxLength={NAME_MAX}
              autoComplete="off"
              value={form.name}
              onChange={(event) => setForm({ ...form, name: event.target.value })}
              disabled={create.isPending}
            />
          )}
        </FormField>
        <fieldset
          className="api-keys-scopes"
          aria-invalid={Boolean(scopesError)}
          aria-describedby={scopesError ? 'api-key-scopes-error' : undefined}
        >
          <legend>{t.scopesLegend}</legend>
          {scopes.map((scope) => (
            <div key={scope} className="api-keys-check">
              <input
                type="checkbox"
                id={`api-key-scope-${scope}`}
                name="scopes"
                value={scope}
                aria-describedby={`api-key-scope-${scope}-help`}
                checked={form.scopes.includes(scope)}
                onChange={(event) => toggle(scope, event.target.checked)}
                disabled={create.isPending}
              />
              <label htmlFor={`api-key-scope-${scope}`}>{t.scopeNames[scope]}</label>
              <span className="muted" id={`api-key-scope-${scope}-help`}>
                {t.scopeHelp[scope]}
              </span>
            </div>
          ))}
          {scopesError && <FieldError id="api-key-scopes-error">{scopesError}</FieldError>}
        </fieldset>
        <FormField id="api-key-expiry" label={t.expiresIn} error={server.expiresInDays}>
          {(control) => (
            <select
              {...control}
              name="expiresInDays"
              value={form.expiresInDays}
              onChange={(event) => setForm({ ...form, expiresInDays: Number(event.target.value) })}
              disabled={create.isPending}
            >
              {EXPIRY_CHOICES.map((days) => (
                <option key={days} value={days}>
                  {t.days(days)}
                </option>
              ))}
            </select>
          )}
        </FormField>
        <div className="api-keys-actions">
          <Button
            type="submit"
            className="api-keys-primary"
            disabled={create.isPending}
            aria-busy={create.isPending}
          >
            {create.isPending ? t.creating : t.create}
          </Button>
        </div>
        {create.isError && hasOtherProblems(create.error, FIELDS) && (
          <ProblemAlert heading={t.createFailed} error={create.error} />
        )}
      </form>
    </section>
  );
}
