import type { IndicatorDefinition, IndicatorParam } from '../api/types';

/** What the user typed into each parameter field, by parameter name. */
export type ParamDraft = Record<string, string>;

export type ParamValues = Record<string, number>;

export type ParamCheck =
  { ok: true; params: ParamValues } | { ok: false; errors: Record<string, string> };

/** Every parameter at the catalogue's default, as the fields first show them. */
export function defaultDraft(definition: IndicatorDefinition): ParamDraft {
  return Object.fromEntries(
    definition.params.map((param) => [param.name, String(param.defaultValue)]),
  );
}

function checkParam(param: IndicatorParam, text: string): number | string {
  const trimmed = text.trim();
  if (trimmed === '') return 'Enter a value.';
  const value = Number(trimmed);
  if (!Number.isFinite(value)) return 'Enter a number.';
  if (param.type === 'INTEGER' && !Number.isInteger(value)) return 'Enter a whole number.';
  if (value < param.min || value > param.max) {
    return `Must be between ${param.min} and ${param.max}.`;
  }
  return value;
}

/**
 * Checks typed parameters against the catalogue's types and ranges before anything is sent; the
 * server still checks rules between parameters (MACD's fast below slow) and says so in a problem.
 */
export function checkParams(definition: IndicatorDefinition, draft: ParamDraft): ParamCheck {
  const params: ParamValues = {};
  const errors: Record<string, string> = {};
  for (const param of definition.params) {
    const result = checkParam(param, draft[param.name] ?? '');
    if (typeof result === 'number') params[param.name] = result;
    else errors[param.name] = result;
  }
  return Object.keys(errors).length === 0 ? { ok: true, params } : { ok: false, errors };
}

const DISPLAY_NAMES: Record<string, string> = {
  sma: 'SMA',
  ema: 'EMA',
  wma: 'WMA',
  rma: 'RMA',
  jma: 'JMA',
  rsi: 'RSI',
  atr: 'ATR',
  bollinger: 'Bollinger',
  macd: 'MACD',
  stochastic: 'Stochastic',
  adx: 'ADX',
  cci: 'CCI',
  'williams-r': 'Williams %R',
  roc: 'ROC',
  momentum: 'Momentum',
  obv: 'OBV',
  vwap: 'VWAP',
  trend: 'Trend',
};

/** `rsi` → "RSI"; a name the web does not know yet shows as the server spells it. */
export function indicatorDisplayName(name: string): string {
  return DISPLAY_NAMES[name] ?? name;
}

/** "RSI(14)", "Bollinger(20, 2)", "OBV": the name with its parameters in catalogue order. */
export function indicatorLabel(
  name: string,
  params: Readonly<ParamValues>,
  order: readonly string[] = Object.keys(params),
): string {
  const values = order.filter((key) => key in params).map((key) => String(params[key]));
  const display = indicatorDisplayName(name);
  return values.length > 0 ? `${display}(${values.join(', ')})` : display;
}
