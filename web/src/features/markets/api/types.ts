import type { paths } from '@/lib/api/schema';

// Derived from the operations rather than named schemas, so they follow whatever names the
// server's OpenAPI generator gives its records.
type JsonOk<Operation> = Operation extends {
  responses: { 200: { content: { 'application/json': infer Body } } };
}
  ? Body
  : never;

export type InstrumentList = JsonOk<paths['/api/v1/instruments']['get']>;
export type Instrument = JsonOk<paths['/api/v1/instruments/{symbol}']['get']>;
export type BarSeries = JsonOk<paths['/api/v1/instruments/{symbol}/bars']['get']>;
export type Bar = BarSeries['bars'][number];
export type SeriesCoverage = Instrument['series'][number];
export type TickBand = Instrument['tickSizes'][number];
export type AssetClass = Instrument['assetClass'];
export type Quote = JsonOk<paths['/api/v1/instruments/{symbol}/quote']['get']>;
export type Movers = JsonOk<paths['/api/v1/market/trending']['get']>;
export type Mover = Movers['gainers'][number];
export type MarketRegion = Movers['market'];
export type SymbolSearch = JsonOk<paths['/api/v1/market/search']['get']>;
export type SymbolMatch = SymbolSearch['matches'][number];
export type FearGreed = JsonOk<paths['/api/v1/market/fear-greed']['get']>;
export type FearGreedReading = FearGreed['history'][number];
export type IndicatorCatalogue = JsonOk<paths['/api/v1/indicators']['get']>;
export type IndicatorDefinition = IndicatorCatalogue['items'][number];
export type IndicatorParam = IndicatorDefinition['params'][number];
export type IndicatorValues = JsonOk<paths['/api/v1/instruments/{symbol}/indicators']['get']>;
