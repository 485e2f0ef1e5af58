import type { Locale } from './locale';

const DASH = '—';

const formats = new Map<string, Intl.DateTimeFormat>();

function format(locale: Locale, timeZone: string, seconds: boolean): Intl.DateTimeFormat {
  const key = `${locale}|${timeZone}|${seconds}`;
  let found = formats.get(key);
  if (!found) {
    found = new Intl.DateTimeFormat(locale, {
      timeZone,
      year: 'numeric',
      month: 'short',
      day: 'numeric',
      hour: '2-digit',
      minute: '2-digit',
      ...(seconds ? { second: '2-digit' } : {}),
      hourCycle: 'h23',
      timeZoneName: 'short',
    });
    formats.set(key, found);
  }
  return found;
}

/**
 * An instant as the reader's language writes it, in their time zone (the profile's, not the
 * browser's: an administrator abroad still reads Seoul time if that is what they chose).
 * An unknown zone falls back to UTC rather than failing the page.
 */
export function formatInstant(
  iso: string | null | undefined,
  locale: Locale,
  timeZone: string,
  { seconds = false }: { seconds?: boolean } = {},
): string {
  if (!iso) return DASH;
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return DASH;
  try {
    return format(locale, timeZone, seconds).format(date);
  } catch {
    return format(locale, 'UTC', seconds).format(date);
  }
}

/** The browser's own time zone, for readers without a profile zone. */
export function browserTimeZone(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';
}
