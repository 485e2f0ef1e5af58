import { useQuery } from '@tanstack/react-query';

import { getReadiness, type Readiness } from '@/lib/api/health';

import './server-status.css';

const LABELS: Record<Readiness, string> = {
  UP: 'Server ready',
  STARTING: 'Server starting: importing data',
  UNREACHABLE: 'Server unreachable',
};

/** A small header badge; polls faster while the server is not ready yet. */
export function ServerStatus() {
  const readiness = useQuery({
    queryKey: ['readiness'],
    queryFn: ({ signal }) => getReadiness(signal),
    refetchInterval: (query) => (query.state.data === 'UP' ? 60_000 : 5_000),
    staleTime: 0,
    retry: false,
  });
  if (!readiness.data) return null;
  return (
    <span
      className={`server-status server-status-${readiness.data.toLowerCase()}`}
      role="status"
      data-testid="server-status"
    >
      <span className="server-status-dot" aria-hidden="true" />
      {LABELS[readiness.data]}
    </span>
  );
}
