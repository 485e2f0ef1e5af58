import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';

import { api, unwrap } from '@/lib/api/client';
import { ApiError, REQUEST_ID_HEADER, apiErrorFromResponse, networkError } from '@/lib/api/problem';

import { backtestQueryKey, getBacktest } from './get-backtest';
import { BACKTESTS_QUERY_KEY } from './get-backtests';
import type { Backtest, BacktestJob, BacktestRequest } from './types';

/** How often a backtest job is asked for its progress. */
export const BACKTEST_JOB_POLL_MS = 250;

export function getBacktestJob(id: string): Promise<BacktestJob> {
  return unwrap(api.GET('/api/v1/backtests/jobs/{id}', { params: { path: { id } } }));
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Runs a backtest as a job (`Prefer: respond-async`), telling `onProgress` how far it got, and
 * returns the kept result. A server that answers at once (201) is taken at its word.
 */
export async function runBacktest(
  request: BacktestRequest,
  onProgress: (job: BacktestJob) => void = () => {},
): Promise<Backtest> {
  let outcome;
  try {
    outcome = await api.POST('/api/v1/backtests', {
      body: request,
      headers: { Prefer: 'respond-async' },
    });
  } catch (cause) {
    throw networkError(cause);
  }
  const { data, error, response } = outcome;
  if (!response.ok || error !== undefined || data === undefined) {
    throw apiErrorFromResponse(response, error);
  }
  if (response.status !== 202) return data as Backtest;
  let job = data as BacktestJob;
  while (job.status === 'QUEUED' || job.status === 'RUNNING') {
    onProgress(job);
    await sleep(BACKTEST_JOB_POLL_MS);
    job = await getBacktestJob(job.id);
  }
  onProgress(job);
  if (job.status !== 'DONE') {
    throw new ApiError({
      title: 'Backtest failed',
      status: 500,
      detail: job.error ?? `The backtest job ended ${job.status}.`,
      requestId: response.headers.get(REQUEST_ID_HEADER) ?? undefined,
    });
  }
  return getBacktest(job.id);
}

/** The share of a job's bars simulated so far, 0 to 1. */
export function jobProgress(job: BacktestJob | undefined): number {
  if (job === undefined || job.bars <= 0) return 0;
  return Math.min(1, job.done / job.bars);
}

/**
 * Runs a backtest; the answer is the kept result, so it goes straight into the cache. `progress`
 * is the job while it runs.
 */
export function useRunBacktest() {
  const queryClient = useQueryClient();
  const [progress, setProgress] = useState<BacktestJob | undefined>(undefined);
  const mutation = useMutation({
    mutationFn: (request: BacktestRequest) => {
      setProgress(undefined);
      return runBacktest(request, setProgress);
    },
    onSuccess: async (backtest) => {
      queryClient.setQueryData(backtestQueryKey(backtest.id), backtest);
      await queryClient.invalidateQueries({ queryKey: BACKTESTS_QUERY_KEY });
    },
  });
  return { ...mutation, progress };
}
