export function symbolPath(symbol: string): string {
  return `/markets/${encodeURIComponent(symbol)}`;
}
