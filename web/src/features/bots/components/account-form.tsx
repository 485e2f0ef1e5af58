import { useRef, useState, type FormEvent } from 'react';

import { Button } from '@/components/ui/button';
import { CheckedField } from '@/components/ui/checked-field';
import { describedBy } from '@/components/ui/described-by';
import { ProblemAlert } from '@/components/ui/problem-alert';
import { useMessages } from '@/lib/i18n/locale-context';

import { useOpenTradingAccount } from '../api/open-trading-account';
import { serverBotErrors } from '../lib/bot-form';
import { BOTS_MESSAGES } from '../lib/messages';

import './trading.css';

interface DepositRow {
  key: number;
  currency: string;
  amount: string;
}

/**
 * Opens a paper account: a name and one or more virtual deposits. The server's word on a field
 * (`name`, `balances`, `balances.USD`) is shown under it; anything else in the alert.
 */
export function AccountForm() {
  const t = useMessages(BOTS_MESSAGES);
  const open = useOpenTradingAccount();
  const [name, setName] = useState('');
  // Keys for the deposit rows, so that removing one keeps the others' inputs in place.
  const lastKey = useRef(0);
  const newRow = (currency = '', amount = ''): DepositRow => ({
    key: ++lastKey.current,
    currency,
    amount,
  });
  const [rows, setRows] = useState<DepositRow[]>(() => [
    { key: 0, currency: 'USD', amount: '10000' },
  ]);
  const [checked, setChecked] = useState<Record<string, string>>({});
  const [opened, setOpened] = useState<string | undefined>();

  const server = open.isError ? serverBotErrors(open.error) : {};
  const errorsFor = (field: string) => [checked[field], server[field]];
  const invalid = (field: string) => errorsFor(field).some(Boolean);
  const shownFields = ['name', 'balances', ...rows.map((row) => `balances.${row.currency}`)];
  const otherProblems =
    open.isError && Object.keys(server).every((field) => !shownFields.includes(field));

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (open.isPending) return;
    const errors: Record<string, string> = {};
    if (name.trim() === '') errors.name = t.required;
    const balances: Record<string, number> = {};
    for (const row of rows) {
      const currency = row.currency.trim().toUpperCase();
      const amount = Number(row.amount.replace(/,/g, ''));
      if (currency === '') errors[`row-${row.key}-currency`] = t.required;
      if (row.amount.trim() === '' || !Number.isFinite(amount)) {
        errors[`row-${row.key}-amount`] = t.notANumber;
      } else if (amount <= 0) {
        errors[`row-${row.key}-amount`] = t.mustBePositive;
      }
      balances[currency] = amount;
    }
    setChecked(errors);
    if (Object.keys(errors).length > 0) return;
    setOpened(undefined);
    open.mutate(
      { name: name.trim(), balances },
      {
        onSuccess: (account) => {
          setOpened(account.name);
          setName('');
        },
      },
    );
  };

  const updateRow = (key: number, patch: Partial<DepositRow>) =>
    setRows((current) => current.map((row) => (row.key === key ? { ...row, ...patch } : row)));

  return (
    <form className="trading-form" onSubmit={onSubmit} noValidate aria-label={t.openAccount}>
      <fieldset className="form-group" disabled={open.isPending}>
        <legend>{t.openAccount}</legend>
        <CheckedField id="acct-name" label={t.accountName} errors={errorsFor('name')}>
          <input
            id="acct-name"
            name="name"
            value={name}
            maxLength={60}
            onChange={(event) => setName(event.target.value)}
            aria-invalid={invalid('name')}
            aria-describedby={describedBy('acct-name', false, invalid('name'))}
          />
        </CheckedField>
      </fieldset>
      <fieldset className="form-group deposit-rows" disabled={open.isPending}>
        <legend>{t.deposited}</legend>
        {rows.map((row, index) => {
          const currencyId = `acct-currency-${index}`;
          const amountId = `acct-amount-${index}`;
          const currencyErrors = [checked[`row-${row.key}-currency`]];
          const amountErrors = [
            checked[`row-${row.key}-amount`],
            server[`balances.${row.currency.trim().toUpperCase()}`],
          ];
          return (
            <div className="deposit-row" key={row.key} data-testid="deposit-row">
              <CheckedField id={currencyId} label={t.currency} errors={currencyErrors}>
                <input
                  id={currencyId}
                  value={row.currency}
                  maxLength={10}
                  autoCapitalize="characters"
                  onChange={(event) => updateRow(row.key, { currency: event.target.value })}
                  aria-invalid={currencyErrors.some(Boolean)}
                  aria-describedby={describedBy(currencyId, false, currencyErrors.some(Boolean))}
                />
              </CheckedField>
              <CheckedField id={amountId} label={t.amount} errors={amountErrors}>
                <input
                  id={amountId}
                  type="number"
                  inputMode="decimal"
                  min={0}
                  step="any"
                  value={row.amount}
                  onChange={(event) => updateRow(row.key, { amount: event.target.value })}
                  aria-invalid={amountErrors.some(Boolean)}
                  aria-describedby={describedBy(amountId, false, amountErrors.some(Boolean))}
                />
              </CheckedField>
              {rows.length > 1 && (
                <Button
                  variant="ghost"
                  onClick={() => setRows((current) => current.filter((r) => r.key !== row.key))}
                >
                  {t.removeCurrency(row.currency)}
                </Button>
              )}
            </div>
          );
        })}
        {server.balances && (
          <p className="form-field-error" data-testid="acct-balances-error">
            {server.balances}
          </p>
        )}
        <div>
          <Button variant="ghost" onClick={() => setRows((current) => [...current, newRow()])}>
            {t.addCurrency}
          </Button>
        </div>
      </fieldset>
      <div className="trading-form-actions">
        <Button type="submit" disabled={open.isPending} aria-busy={open.isPending}>
          {open.isPending ? t.opening : t.openAccount}
        </Button>
        {opened && (
          <span role="status" data-testid="account-opened">
            {t.opened(opened)}
          </span>
        )}
      </div>
      {otherProblems && <ProblemAlert heading={t.openFailed} error={open.error} />}
    </form>
  );
}
