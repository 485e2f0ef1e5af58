export const BACKTESTS_PATH = '/backtests';

export function backtestPath(id: string): string {
  return `${BACKTESTS_PATH}/${encodeURIComponent(id)}`;
}
