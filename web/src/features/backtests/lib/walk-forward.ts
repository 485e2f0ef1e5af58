import type { WalkForwardRequest } from '../api/types';

import { parseNumber } from './form';

/** The walk-forward part of the sweep form, as typed. */
export interface WalkForwardChoice {
  on: boolean;
  folds: string;
  trainBars: string;
  testBars: string;
  window: 'ROLLING' | 'ANCHORED';
}

export const WINDOWS: readonly { key: WalkForwardChoice['window']; label: string; help: string }[] =
  [
    {
      key: 'ROLLING',
      label: 'Rolling',
      help: 'Every train window has the same length and slides forward by one test window.',
    },
    {
      key: 'ANCHORED',
      label: 'Anchored',
      help: 'Every train window starts at the first bar and grows by one test window.',
    },
  ];

/**
 * Five folds over the series: a test window of a tenth of its bars after a train window of half
 * of them (1,000 train and 250 test bars when the series is not known).
 */
export function defaultWalkForward(seriesBars: number | undefined): WalkForwardChoice {
  const test = seriesBars ? Math.max(2, Math.floor(seriesBars / 10)) : 250;
  const train = seriesBars ? Math.max(2, Math.floor(seriesBars / 2)) : 1000;
  return {
    on: false,
    folds: '5',
    trainBars: String(train),
    testBars: String(test),
    window: 'ROLLING',
  };
}

/** Bars the folds span: the first train window and every test window after it. */
export function barsNeeded(choice: WalkForwardChoice): number | undefined {
  const folds = parseNumber(choice.folds);
  const train = parseNumber(choice.trainBars);
  const test = parseNumber(choice.testBars);
  if (folds === undefined || train === undefined || test === undefined) return undefined;
  return train + folds * test;
}

export type BuiltWalkForward =
  | { ok: true; walkForward: WalkForwardRequest | undefined }
  | { ok: false; errors: Record<string, string> };

/**
 * The request's walk-forward, or none when it is off. Only text that is not a whole number stops
 * the request; values out of range are sent, so the server's own problem is shown.
 */
export function buildWalkForward(choice: WalkForwardChoice): BuiltWalkForward {
  if (!choice.on) return { ok: true, walkForward: undefined };
  const errors: Record<string, string> = {};
  const whole = (name: 'folds' | 'trainBars' | 'testBars') => {
    const value = parseNumber(choice[name]);
    if (value === undefined || !Number.isInteger(value)) {
      errors[name] = 'Enter a whole number.';
      return 0;
    }
    return value;
  };
  const walkForward = {
    folds: whole('folds'),
    trainBars: whole('trainBars'),
    testBars: whole('testBars'),
    window: choice.window,
  };
  return Object.keys(errors).length > 0 ? { ok: false, errors } : { ok: true, walkForward };
}
