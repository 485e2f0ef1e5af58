import { useState, type FormEvent } from 'react';

import { Button } from '@/components/ui/button';
import { CheckedField } from '@/components/ui/checked-field';
import { describedBy } from '@/components/ui/described-by';
import { ProblemAlert } from '@/components/ui/problem-alert';
import { serverFieldErrors } from '@/lib/api/field-errors';
import { ApiError } from '@/lib/api/problem';
import { useMessages } from '@/lib/i18n/locale-context';

import { usePlaceOrder } from '../api/live-orders';
import type { OrderTicket as Ticket, TradingAccount, TradingOrder } from '../api/types';
import { needsSecondFactor, orderSentence } from '../lib/live-trading';
import { BOTS_MESSAGES } from '../lib/messages';

import { SecondFactorNotice } from './second-factor-notice';
import './trading.css';

const FIELDS = ['symbol', 'side', 'type', 'quantity', 'limitPrice', 'timeInForce'] as const;
type Field = (typeof FIELDS)[number];
type Side = 'BUY' | 'SELL';
type OrderType = 'MARKET' | 'LIMIT';
type TimeInForce = 'GTC' | 'IOC';

/** A decimal as typed, commas allowed; NaN when it is not one. */
function decimal(text: string): number {
  return text.trim() === '' ? Number.NaN : Number(text.replace(/,/g, ''));
}

/**
 * The order ticket of a live account: the order, then a confirmation that restates it exactly.
 * Confirm sends it with an Idempotency-Key made once for this confirmed ticket and kept while the
 * answer is not in, so confirming again after a lost answer cannot place it twice; Back or a
 * placed order forgets the key.
 */
export function OrderTicket({ account }: { account: TradingAccount }) {
  const t = useMessages(BOTS_MESSAGES);
  const place = usePlaceOrder(account.id);
  const [symbol, setSymbol] = useState('');
  const [side, setSide] = useState<Side>('BUY');
  const [type, setType] = useState<OrderType>('LIMIT');
  const [quantity, setQuantity] = useState('');
  const [limitPrice, setLimitPrice] = useState('');
  const [timeInForce, setTimeInForce] = useState<TimeInForce>('GTC');
  const [checked, setChecked] = useState<Partial<Record<Field, string>>>({});
  /** The ticket under confirmation with its Idempotency-Key; undefined while editing. */
  const [pending, setPending] = useState<{ ticket: Ticket; key: string } | undefined>();
  const [placed, setPlaced] = useState<TradingOrder | undefined>();

  const server = place.isError ? serverFieldErrors(place.error, FIELDS) : {};
  const errorsFor = (field: Field) => [checked[field], server[field]];
  const invalid = (field: Field) => errorsFor(field).some(Boolean);
  const secondFactor = place.isError && needsSecondFactor(place.error);
  const fieldProblems = Object.keys(server).length > 0;
  // A lost answer (no status, or a 5xx) may hide a placed order: confirm again with the same key.
  const retryable =
    place.isError &&
    place.error instanceof ApiError &&
    (place.error.status === 0 || place.error.status >= 500);

  const onReview = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const errors: Partial<Record<Field, string>> = {};
    const trimmed = symbol.trim().toUpperCase();
    if (trimmed === '') errors.symbol = t.required;
    const amount = decimal(quantity);
    if (!Number.isFinite(amount)) errors.quantity = t.notANumber;
    else if (amount <= 0) errors.quantity = t.mustBePositive;
    const price = decimal(limitPrice);
    if (type === 'LIMIT') {
      if (!Number.isFinite(price)) errors.limitPrice = t.notANumber;
      else if (price <= 0) errors.limitPrice = t.mustBePositive;
    }
    setChecked(errors);
    place.reset();
    if (Object.keys(errors).length > 0) return;
    const ticket: Ticket = {
      accountId: account.id,
      symbol: trimmed,
      side,
      type,
      quantity: amount,
      ...(type === 'LIMIT' ? { limitPrice: price, timeInForce } : {}),
    };
    setPlaced(undefined);
    setPending({ ticket, key: crypto.randomUUID() });
  };

  const onConfirm = () => {
    if (!pending || place.isPending) return;
    place.mutate(
      { ticket: pending.ticket, idempotencyKey: pending.key },
      {
        onSuccess: (order) => {
          setPlaced(order);
          setPending(undefined);
          setQuantity('');
          setLimitPrice('');
        },
        onError: (error) => {
          // The server's word on a field belongs beside it: back to the ticket, key forgotten.
          if (Object.keys(serverFieldErrors(error, FIELDS)).length > 0) setPending(undefined);
        },
      },
    );
  };

  const onBack = () => {
    setPending(undefined);
    place.reset();
  };

  const field = (id: string, name: Field) => ({
    id,
    name,
    'aria-invalid': invalid(name),
    'aria-describedby': describedBy(id, id === 'ticket-symbol', invalid(name)),
  });

  return (
    <div className="order-ticket" data-testid="order-ticket">
      {pending ? (
        <div className="order-confirmation" data-testid="order-confirmation">
          <h3>{t.confirmOrderHeading}</h3>
          <p data-testid="order-sentence">{orderSentence(t, account, pending.ticket)}</p>
          <div className="trading-form-actions">
            <Button onClick={onConfirm} disabled={place.isPending} aria-busy={place.isPending}>
              {place.isPending ? t.placing : t.confirm}
            </Button>
            <Button variant="ghost" onClick={onBack} disabled={place.isPending}>
              {t.back}
            </Button>
          </div>
          {retryable && (
            <p className="muted" data-testid="order-retry-note">
              {t.retryNote}
            </p>
          )}
        </div>
      ) : (
        <form className="trading-form" onSubmit={onReview} noValidate aria-label={t.orderTicket}>
          <fieldset className="form-group">
            <legend>{t.orderTicket}</legend>
            <CheckedField
              id="ticket-symbol"
              label={t.symbol}
              help={t.symbolHelp}
              errors={errorsFor('symbol')}
            >
              <input
                {...field('ticket-symbol', 'symbol')}
                value={symbol}
                maxLength={30}
                autoCapitalize="characters"
                spellCheck={false}
                onChange={(event) => setSymbol(event.target.value)}
              />
            </CheckedField>
            <CheckedField id="ticket-side" label={t.side} errors={errorsFor('side')}>
              <select
                {...field('ticket-side', 'side')}
                value={side}
                onChange={(event) => setSide(event.target.value as Side)}
              >
                <option value="BUY">{t.buy}</option>
                <option value="SELL">{t.sell}</option>
              </select>
            </CheckedField>
            <CheckedField id="ticket-type" label={t.orderType} errors={errorsFor('type')}>
              <select
                {...field('ticket-type', 'type')}
                value={type}
                onChange={(event) => setType(event.target.value as OrderType)}
              >
                <option value="LIMIT">{t.limit}</option>
                <option value="MARKET">{t.marketOrder}</option>
              </select>
            </CheckedField>
            <CheckedField id="ticket-quantity" label={t.quantity} errors={errorsFor('quantity')}>
              <input
                {...field('ticket-quantity', 'quantity')}
                type="number"
                inputMode="decimal"
                min={0}
                step="any"
                value={quantity}
                onChange={(event) => setQuantity(event.target.value)}
              />
            </CheckedField>
            {type === 'LIMIT' && (
              <>
                <CheckedField
                  id="ticket-limit-price"
                  label={t.limitPrice}
                  errors={errorsFor('limitPrice')}
                >
                  <input
                    {...field('ticket-limit-price', 'limitPrice')}
                    type="number"
                    inputMode="decimal"
                    min={0}
                    step="any"
                    value={limitPrice}
                    onChange={(event) => setLimitPrice(event.target.value)}
                  />
                </CheckedField>
                <CheckedField
                  id="ticket-time-in-force"
                  label={t.timeInForce}
                  errors={errorsFor('timeInForce')}
                >
                  <select
                    {...field('ticket-time-in-force', 'timeInForce')}
                    value={timeInForce}
                    onChange={(event) => setTimeInForce(event.target.value as TimeInForce)}
                  >
                    <option value="GTC">{t.tifOptions.GTC}</option>
                    <option value="IOC">{t.tifOptions.IOC}</option>
                  </select>
                </CheckedField>
              </>
            )}
          </fieldset>
          <div className="trading-form-actions">
            <Button type="submit">{t.review}</Button>
          </div>
        </form>
      )}
      {secondFactor && <SecondFactorNotice />}
      {place.isError && !secondFactor && !fieldProblems && (
        <ProblemAlert heading={t.placeFailed} error={place.error} />
      )}
      {placed && <PlacedOrder order={placed} />}
    </div>
  );
}

/** What became of the order just placed: its state, and why when refused or not yet known. */
function PlacedOrder({ order }: { order: TradingOrder }) {
  const t = useMessages(BOTS_MESSAGES);
  const state = t.orderStates[order.state] ?? order.state;
  return (
    <div
      className="order-result"
      role="status"
      data-testid="order-result"
      data-order-state={order.state}
    >
      <p>
        {t.orderPlaced}{' '}
        <span className={`order-state order-state-${order.state.toLowerCase()}`}>{state}</span>
      </p>
      {order.state === 'REJECTED' && (
        <p className="bot-reason bot-reason-failed" data-testid="order-result-reason">
          {t.orderRejected} {order.reason}
        </p>
      )}
      {order.state === 'UNKNOWN' && (
        <p className="bot-reason" data-testid="order-result-unknown">
          {t.orderUnknown}
        </p>
      )}
    </div>
  );
}
