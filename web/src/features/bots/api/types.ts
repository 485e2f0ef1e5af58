import type { components, paths } from '@/lib/api/schema';

type Json<Operation, Status extends number> = Operation extends {
  responses: { [S in Status]: { content: { 'application/json': infer Body } } };
}
  ? Body
  : never;

export type TradingAccount = components['schemas']['TradingAccount'];
export type Balance = components['schemas']['Balance'];
export type TradingAccountList = components['schemas']['TradingAccountList'];
export type TradingAccountRequest = components['schemas']['TradingAccountRequest'];
/** Where an account trades: paper, or the exchange of a live account. */
export type Venue = 'paper' | LiveVenue;
/** The exchanges a live account can be connected to (the server's `ExchangeVenues.SUPPORTED`). */
export type LiveVenue = Exclude<NonNullable<TradingAccountRequest['venue']>, 'paper'>;
/** A live account to connect. */
export type ConnectAccountRequest = TradingAccountRequest & { venue: LiveVenue };
export type OrderTicket = components['schemas']['OrderTicket'];
export type OrderList = components['schemas']['OrderList'];
export type FillList = components['schemas']['FillList'];
export type Bot = components['schemas']['Bot'];
export type BotState = Bot['state'];
export type BotLimits = components['schemas']['BotLimits'];
export type BotList = components['schemas']['BotList'];
export type BotRequest = components['schemas']['BotRequest'];
export type BotEquity = Json<paths['/api/v1/bots/{id}/equity']['get'], 200>;
export type EquityPoint = BotEquity['points'][number];
export type TradingOrder = components['schemas']['TradingOrder'];
export type TradingFill = components['schemas']['TradingFill'];
export type KillSwitchResult = Json<paths['/api/v1/kill-switch']['post'], 200>;
export type Strategy = components['schemas']['Strategy'];
export type StrategyList = components['schemas']['StrategyList'];
export type BarSeries = Json<paths['/api/v1/instruments/{symbol}/bars']['get'], 200>;
export type Bar = BarSeries['bars'][number];
