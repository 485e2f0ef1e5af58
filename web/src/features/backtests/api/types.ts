import type { paths } from '@/lib/api/schema';

// Derived from the operations, as in the markets feature, so they follow the server's names.
type Json<Operation, Status extends number> = Operation extends {
  responses: { [S in Status]: { content: { 'application/json': infer Body } } };
}
  ? Body
  : never;

export type StrategyList = Json<paths['/api/v1/strategies']['get'], 200>;
export type Strategy = StrategyList['items'][number];
export type StrategyParam = Strategy['params'][number];
export type Backtest = Json<paths['/api/v1/backtests/{id}']['get'], 200>;
export type BacktestFigures = Backtest['performance'];
export type BacktestFill = Backtest['fills'][number];
export type BacktestTrade = Backtest['trades'][number];
export type BacktestMonteCarlo = NonNullable<Backtest['monteCarlo']>;
export type MonteCarloPercentiles = NonNullable<BacktestMonteCarlo['maxDrawdown']>;
export type CurvePoint = Backtest['curve'][number];
export type BacktestJob = Json<paths['/api/v1/backtests/jobs/{id}']['get'], 200>;
export type BacktestList = Json<paths['/api/v1/backtests']['get'], 200>;
export type BacktestSummary = BacktestList['items'][number];
export type BacktestRequest = NonNullable<
  paths['/api/v1/backtests']['post']['requestBody']
>['content']['application/json'];
export type InstrumentList = Json<paths['/api/v1/instruments']['get'], 200>;
export type Instrument = InstrumentList['items'][number];
export type SeriesCoverage = Instrument['series'][number];
export type BarSeries = Json<paths['/api/v1/instruments/{symbol}/bars']['get'], 200>;
export type Bar = BarSeries['bars'][number];
export type Sweep = Json<paths['/api/v1/sweeps/{id}']['get'], 200>;
export type SweepCombination = NonNullable<Sweep['results']>[number];
export type WalkForward = NonNullable<Sweep['walkForward']>;
export type WalkForwardFold = NonNullable<WalkForward['results']>[number];
export type WalkForwardFigures = WalkForwardFold['outOfSample'];
export type SweepList = Json<paths['/api/v1/sweeps']['get'], 200>;
export type SweepRequest = NonNullable<
  paths['/api/v1/sweeps']['post']['requestBody']
>['content']['application/json'];
export type SweepRange = SweepRequest['ranges'][number];
export type WalkForwardRequest = NonNullable<SweepRequest['walkForward']>;
