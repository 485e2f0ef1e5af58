/** Intraday bars are placed on the chart by instant; daily and longer ones by calendar date. */
export function isIntraday(interval: string): boolean {
  return /^\d+[mh]$/.test(interval);
}

const UNITS: Record<string, [string, string]> = {
  m: ['minute', 'minutes'],
  h: ['hour', 'hours'],
  d: ['day', 'days'],
  w: ['week', 'weeks'],
};

/** `1d` → `daily bars`, `4h` → `4-hour bars`. */
export function intervalDescription(interval: string): string {
  const match = /^(\d+)([mhdw])$/.exec(interval);
  if (!match) return `${interval} bars`;
  const count = Number(match[1]);
  const unit = UNITS[match[2] ?? ''];
  if (!unit) return `${interval} bars`;
  if (count === 1) {
    const single: Record<string, string> = { m: 'minute', h: 'hourly', d: 'daily', w: 'weekly' };
    return `${single[match[2] ?? ''] ?? unit[0]} bars`;
  }
  return `${count}-${unit[0]} bars`;
}
