import type { IndicatorDefinition } from '../api/types';

import { activeIndicator, type ActiveIndicator } from './active-indicators';
import { checkParams, defaultDraft } from './indicator-params';

/** The search parameter that lists the chart's indicators, one per value: `?ind=rsi:period=14`. */
export const INDICATOR_SEARCH_PARAM = 'ind';

/** `bollinger:period=20,stdDev=2`; just the name for an indicator without parameters. */
export function indicatorLinkValue(indicator: ActiveIndicator): string {
  const params = Object.entries(indicator.params).map(([name, value]) => `${name}=${value}`);
  return params.length > 0 ? `${indicator.name}:${params.join(',')}` : indicator.name;
}

/**
 * The indicators a link names, checked against the catalogue as the picker checks them: unknown
 * names and out-of-range values are left out (a stale or edited link never reaches the server),
 * missing parameters take their defaults, and repeats count once.
 */
export function indicatorsFromLink(
  values: readonly string[],
  catalogue: readonly IndicatorDefinition[],
): ActiveIndicator[] {
  const indicators: ActiveIndicator[] = [];
  for (const value of values) {
    const separator = value.indexOf(':');
    const name = separator < 0 ? value : value.slice(0, separator);
    const definition = catalogue.find((item) => item.name === name);
    if (!definition) continue;
    const draft = defaultDraft(definition);
    const pairs = separator < 0 ? [] : value.slice(separator + 1).split(',');
    for (const pair of pairs) {
      const [key = '', text = ''] = pair.split('=');
      if (key in draft) draft[key] = text;
    }
    const check = checkParams(definition, draft);
    if (!check.ok) continue;
    const indicator = activeIndicator(definition, check.params);
    if (!indicators.some((item) => item.key === indicator.key)) indicators.push(indicator);
  }
  return indicators;
}
