export const BACKTESTS_PATH = '/backtests';

export function backtestPath(id: string): string {
  return `${BACKTESTS_PATH}/${encodeURIComponent(id)}`;
}

export function sweepPath(id: string): string {
  return `${BACKTESTS_PATH}/sweeps/${encodeURIComponent(id)}`;
}
