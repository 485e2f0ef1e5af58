import { useEffect, useRef, useState, type FormEvent } from 'react';
import { Link, useNavigate, useSearchParams } from 'react-router';

import { StrategyParamFields } from '@/components/strategy-param-fields';
import { Button } from '@/components/ui/button';
import { CheckedField as Field } from '@/components/ui/checked-field';
import { describedBy } from '@/components/ui/described-by';
import { EmptyState } from '@/components/ui/empty-state';
import { ProblemAlert } from '@/components/ui/problem-alert';
import { Spinner } from '@/components/ui/spinner';
import '@/components/ui/form-field.css';
import { formatAmount } from '@/lib/format';
import { useMessages } from '@/lib/i18n/locale-context';
import { paramDefaults } from '@/lib/strategy-params';

import { useCreateBot } from '../api/create-bot';
import { useStrategies } from '../api/get-strategies';
import { useTradingAccounts } from '../api/get-trading-accounts';
import type { Strategy, TradingAccount } from '../api/types';
import {
  botAccounts,
  buildBotRequest,
  initialBotValues,
  INTERVALS,
  LIMIT_NAMES,
  MAX_PACE,
  PAPER_ONLY_FIELDS,
  serverBotErrors,
  type BotFormValues,
  type FieldErrors,
} from '../lib/bot-form';
import { needsSecondFactor, venueName } from '../lib/live-trading';
import { BOTS_MESSAGES } from '../lib/messages';
import { botPath, TRADING_ACCOUNTS_PATH } from '../lib/paths';

import { SecondFactorNotice } from './second-factor-notice';
import './trading.css';

/** The new-bot form, once the user's accounts and the strategy catalogue are loaded. */
export function BotForm() {
  const t = useMessages(BOTS_MESSAGES);
  const accounts = useTradingAccounts();
  const strategies = useStrategies();
  if (accounts.isPending || strategies.isPending) return <Spinner label={t.loading} />;
  if (accounts.isError || strategies.isError) {
    return (
      <ProblemAlert
        heading={accounts.isError ? t.accountsFailed : t.createFailed}
        error={accounts.error ?? strategies.error}
      />
    );
  }
  // A bot replays bars on a paper account or trades new ones on a live one; paper first.
  const usable = botAccounts(accounts.data.items);
  if (usable.length === 0) {
    return (
      <EmptyState title={t.noTradingAccounts}>
        {t.needAccount} <Link to={TRADING_ACCOUNTS_PATH}>{t.accountsLink}</Link>
      </EmptyState>
    );
  }
  return <BotFormFields accounts={usable} strategies={strategies.data.items} />;
}

interface BotFormFieldsProps {
  accounts: readonly TradingAccount[];
  strategies: readonly Strategy[];
}

/**
 * Field keys shown beside an input; the server's other complaints go to the alert. A live
 * account's form has no paper-only inputs, so their complaints go to the alert too.
 */
function shownFields(strategy: Strategy | undefined, live: boolean): string[] {
  const paperOnly: readonly string[] = PAPER_ONLY_FIELDS;
  return [
    'name',
    'accountId',
    'strategy',
    'symbol',
    'interval',
    'replayFrom',
    'barsPerSecond',
    'capital',
    'commission',
    ...(strategy?.params.map((param) => `params.${param.name}`) ?? []),
    ...LIMIT_NAMES.map((name) => `limits.${name}`),
  ].filter((field) => !live || !paperOnly.includes(field));
}

export function BotFormFields({ accounts, strategies }: BotFormFieldsProps) {
  const t = useMessages(BOTS_MESSAGES);
  const navigate = useNavigate();
  const [search] = useSearchParams();
  const create = useCreateBot();
  const [values, setValues] = useState<BotFormValues>(() =>
    initialBotValues(accounts, strategies, search),
  );
  const [checked, setChecked] = useState<FieldErrors>({});
  const [edited, setEdited] = useState<ReadonlySet<string>>(new Set());
  const formRef = useRef<HTMLFormElement>(null);
  const prefilled = search.has('strategy');
  // Come from a backtest's "Run as paper bot": the form, not the list above it, is the point.
  useEffect(() => {
    if (prefilled) formRef.current?.scrollIntoView?.({ block: 'start' });
  }, [prefilled]);

  const strategy = strategies.find((item) => item.id === values.strategy);
  const account = accounts.find((item) => item.id === values.accountId);
  const live = account?.live === true;
  const venue = account ? venueName(t, account.venue) : '';
  const server = create.isError ? serverBotErrors(create.error) : {};
  const errorsFor = (field: string) => [
    checked[field],
    edited.has(field) ? undefined : server[field],
  ];
  const invalid = (field: string) => errorsFor(field).some(Boolean);
  const aria = (id: string, field: string, hasHelp = false) => ({
    id,
    'aria-invalid': invalid(field),
    'aria-describedby': describedBy(id, hasHelp, invalid(field)),
  });
  const fields = shownFields(strategy, live);
  const otherProblems =
    create.isError &&
    (Object.keys(server).length === 0 || Object.keys(server).some((f) => !fields.includes(f)));
  const secondFactor = create.isError && needsSecondFactor(create.error);

  const update = (patch: Partial<BotFormValues>, field: string) => {
    setChecked(({ [field]: _dropped, ...rest }) => rest);
    setEdited((current) => new Set([...current, field]));
    setValues((current) => ({ ...current, ...patch }));
  };

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (create.isPending) return;
    const built = buildBotRequest(values, strategy, t, live);
    if (!built.ok) {
      setChecked(built.errors);
      return;
    }
    setChecked({});
    setEdited(new Set());
    create.mutate(built.request, { onSuccess: (bot) => void navigate(botPath(bot.id)) });
  };

  const available = account?.balances.map((b) => formatAmount(b.available, b.currency)).join(', ');

  return (
    <form
      ref={formRef}
      className="trading-form"
      onSubmit={onSubmit}
      noValidate
      aria-label={t.newBot}
    >
      {prefilled && (
        <p className="page-prose" data-testid="bot-prefilled">
          {t.prefilled(search.get('strategy') ?? '', search.get('symbol') ?? '')}
        </p>
      )}
      <fieldset className="form-group" disabled={create.isPending}>
        <legend>{t.account}</legend>
        <Field id="bot-name" label={t.name} errors={errorsFor('name')}>
          <input
            {...aria('bot-name', 'name')}
            name="name"
            maxLength={60}
            value={values.name}
            onChange={(event) => update({ name: event.target.value }, 'name')}
          />
        </Field>
        <Field id="bot-account" label={t.account} help={available} errors={errorsFor('accountId')}>
          <select
            {...aria('bot-account', 'accountId', Boolean(available))}
            name="accountId"
            value={values.accountId}
            onChange={(event) => update({ accountId: event.target.value }, 'accountId')}
          >
            {accounts.map((item) => (
              <option key={item.id} value={item.id}>
                {item.live ? t.liveAccountOption(item.name, venueName(t, item.venue)) : item.name}
              </option>
            ))}
          </select>
        </Field>
        {live && (
          <div className="live-bot-warning trading-wide" role="note" data-testid="live-bot-warning">
            <p>
              <span className="live-badge">{t.liveBadge}</span>{' '}
              <strong>{t.liveBotWarning(venue)}</strong>
            </p>
            <p>{t.liveBotWarningMore}</p>
            <p>{t.secondFactorNeeded}</p>
          </div>
        )}
      </fieldset>

      <fieldset className="form-group" disabled={create.isPending}>
        <legend>{t.strategy}</legend>
        <Field
          id="bot-strategy"
          label={t.strategy}
          help={strategy?.description}
          errors={errorsFor('strategy')}
        >
          <select
            {...aria('bot-strategy', 'strategy', Boolean(strategy))}
            name="strategy"
            value={values.strategy}
            onChange={(event) =>
              update(
                {
                  strategy: event.target.value,
                  params: paramDefaults(strategies.find((s) => s.id === event.target.value)),
                },
                'strategy',
              )
            }
          >
            {strategies.map((item) => (
              <option key={item.id} value={item.id}>
                {item.id}
              </option>
            ))}
          </select>
        </Field>
        <StrategyParamFields
          strategy={strategy}
          idPrefix="bot"
          values={values.params}
          onChange={(name, value) =>
            update({ params: { ...values.params, [name]: value } }, `params.${name}`)
          }
          errorsFor={errorsFor}
        />
      </fieldset>

      <fieldset className="form-group" disabled={create.isPending}>
        <legend>{t.market}</legend>
        <Field
          id="bot-symbol"
          label={t.symbol}
          help={live ? t.liveSymbolHelp : undefined}
          errors={errorsFor('symbol')}
        >
          <input
            {...aria('bot-symbol', 'symbol', live)}
            name="symbol"
            value={values.symbol}
            autoCapitalize="characters"
            onChange={(event) => update({ symbol: event.target.value }, 'symbol')}
          />
        </Field>
        <Field id="bot-interval" label={t.interval} errors={errorsFor('interval')}>
          <select
            {...aria('bot-interval', 'interval')}
            name="interval"
            value={values.interval}
            onChange={(event) => update({ interval: event.target.value }, 'interval')}
          >
            {[...new Set([...INTERVALS, values.interval])].map((interval) => (
              <option key={interval} value={interval}>
                {interval}
              </option>
            ))}
          </select>
        </Field>
        {!live && (
          <>
            <Field
              id="bot-replay-from"
              label={t.replayFrom}
              help={t.replayFromHelp}
              errors={errorsFor('replayFrom')}
            >
              <input
                {...aria('bot-replay-from', 'replayFrom', true)}
                name="replayFrom"
                type="datetime-local"
                value={values.replayFrom}
                onChange={(event) => update({ replayFrom: event.target.value }, 'replayFrom')}
              />
            </Field>
            <Field
              id="bot-pace"
              label={t.pace}
              help={t.paceHelp}
              errors={errorsFor('barsPerSecond')}
            >
              <input
                {...aria('bot-pace', 'barsPerSecond', true)}
                name="barsPerSecond"
                type="number"
                inputMode="numeric"
                min={1}
                max={MAX_PACE}
                step={1}
                value={values.barsPerSecond}
                onChange={(event) => update({ barsPerSecond: event.target.value }, 'barsPerSecond')}
              />
            </Field>
          </>
        )}
      </fieldset>

      <fieldset className="form-group" disabled={create.isPending}>
        <legend>{t.money}</legend>
        <Field
          id="bot-capital"
          label={t.capital}
          help={t.capitalHelp}
          errors={errorsFor('capital')}
        >
          <input
            {...aria('bot-capital', 'capital', true)}
            name="capital"
            type="number"
            inputMode="decimal"
            min={0}
            step="any"
            value={values.capital}
            onChange={(event) => update({ capital: event.target.value }, 'capital')}
          />
        </Field>
        {!live && (
          <Field
            id="bot-commission"
            label={t.commission}
            help={t.commissionHelp}
            errors={errorsFor('commission')}
          >
            <input
              {...aria('bot-commission', 'commission', true)}
              name="commission"
              type="number"
              inputMode="decimal"
              min={0}
              max={10}
              step="any"
              value={values.commissionPercent}
              onChange={(event) => update({ commissionPercent: event.target.value }, 'commission')}
            />
          </Field>
        )}
      </fieldset>

      <details
        className="form-group-details"
        open={LIMIT_NAMES.some((n) => invalid(`limits.${n}`))}
      >
        <summary>{t.limits}</summary>
        <fieldset className="form-group" disabled={create.isPending}>
          <legend>{t.limits}</legend>
          <p className="form-field-help trading-wide">{t.limitsHelp}</p>
          {LIMIT_NAMES.map((name) => {
            const id = `bot-limit-${name}`;
            const field = `limits.${name}`;
            return (
              <Field key={name} id={id} label={t[name]} errors={errorsFor(field)}>
                <input
                  {...aria(id, field)}
                  name={field}
                  type="number"
                  inputMode="decimal"
                  min={0}
                  step="any"
                  value={values.limits[name]}
                  onChange={(event) =>
                    update({ limits: { ...values.limits, [name]: event.target.value } }, field)
                  }
                />
              </Field>
            );
          })}
        </fieldset>
      </details>

      <div className="trading-form-actions">
        <Button
          type="submit"
          disabled={create.isPending}
          aria-busy={create.isPending}
          data-testid="create-bot"
        >
          {create.isPending ? t.creating : t.createBot}
        </Button>
      </div>
      {secondFactor ? (
        <SecondFactorNotice />
      ) : (
        otherProblems && <ProblemAlert heading={t.createFailed} error={create.error} />
      )}
    </form>
  );
}
