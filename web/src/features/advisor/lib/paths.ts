export const ADVISOR_PATH = '/advisor';

export function chatPath(id: string): string {
  return `${ADVISOR_PATH}/${encodeURIComponent(id)}`;
}
