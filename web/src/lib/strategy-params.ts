import type { components } from '@/lib/api/schema';

type Strategy = components['schemas']['Strategy'];

/** The error key of a strategy parameter, as the server names it: `params.period`. */
export function paramField(name: string): string {
  return `params.${name}`;
}

/** The schema's defaults, as the inputs show them. */
export function paramDefaults(strategy: Strategy | undefined): Record<string, string> {
  const values: Record<string, string> = {};
  for (const param of strategy?.params ?? []) values[param.name] = String(param.defaultValue);
  return values;
}
