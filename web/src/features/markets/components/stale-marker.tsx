import { formatDateTime } from '@/lib/format';

/**
 * Marks an answer the server served from an earlier fetch because its provider failed, with the
 * time it was fetched, so an old number is never read as a fresh one.
 */
export function StaleMarker({ stale, asOf }: { stale: boolean; asOf: string }) {
  if (!stale) return null;
  return (
    <span
      className="stale-marker"
      data-testid="stale-marker"
      title="The provider failed; this is the last answer Sage fetched"
    >
      stale · fetched {formatDateTime(asOf, 'UTC')} UTC
    </span>
  );
}
