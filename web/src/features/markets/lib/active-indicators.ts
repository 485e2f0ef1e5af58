import type { IndicatorDefinition } from '../api/types';

import { indicatorLabel, type ParamValues } from './indicator-params';

/** An indicator the user put on the chart, with the parameters it was added with. */
export interface ActiveIndicator {
  /** Name and parameters: the same indicator with the same parameters is on the chart once. */
  key: string;
  name: string;
  label: string;
  params: ParamValues;
  overlay: boolean;
  outputs: readonly string[];
}

export function activeIndicator(
  definition: IndicatorDefinition,
  params: ParamValues,
): ActiveIndicator {
  const order = definition.params.map((param) => param.name);
  const label = indicatorLabel(definition.name, params, order);
  const key = [definition.name, ...order.map((name) => `${name}=${params[name]}`)].join(':');
  return {
    key,
    name: definition.name,
    label,
    params,
    overlay: definition.overlay,
    outputs: definition.outputs,
  };
}

// Canvas colours (CSS variables are not readable there), distinct from the up/down candles.
const PALETTE = ['#f0b429', '#4aa3ff', '#c678dd', '#56b6c2', '#e06c75', '#98c379'];
const SECOND_LINE = '#ef9a3c';

/** Each indicator's own colour, in the order they were added. */
export function indicatorColor(index: number): string {
  return PALETTE[index % PALETTE.length] ?? PALETTE[0]!;
}

/**
 * The colour of one output: Bollinger's bands share the middle's colour, faded; MACD's signal
 * line and other second outputs take a second colour; the histogram is grey.
 */
export function outputColor(base: string, output: string, index: number): string {
  if (output === 'upper' || output === 'lower') return `${base}99`;
  if (output === 'histogram') return 'rgba(139, 152, 168, 0.6)';
  if (index === 0) return base;
  return index === 1 ? SECOND_LINE : `${base}99`;
}
