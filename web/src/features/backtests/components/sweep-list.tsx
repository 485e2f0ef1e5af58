import { Link } from 'react-router';

import { Button } from '@/components/ui/button';
import { EmptyState } from '@/components/ui/empty-state';
import { ProblemAlert } from '@/components/ui/problem-alert';
import { Spinner } from '@/components/ui/spinner';
import { formatCount, formatDateTime } from '@/lib/format';

import { useDeleteSweep } from '../api/delete-sweep';
import { useSweeps } from '../api/get-sweeps';
import type { Sweep } from '../api/types';
import { sweepPath } from '../lib/paths';
import { describeParams, metricOf, metricValue } from '../lib/sweep';

import '@/components/ui/table.css';

/** Recent sweeps, newest first, each with a link and a delete button (which also cancels). */
export function SweepList() {
  const sweeps = useSweeps();
  const remove = useDeleteSweep();

  if (sweeps.isPending) return <Spinner label="Loading sweeps…" />;
  if (sweeps.isError) {
    return (
      <ProblemAlert
        heading="Could not load the sweeps"
        error={sweeps.error}
        onRetry={() => void sweeps.refetch()}
      />
    );
  }
  if (sweeps.data.items.length === 0) {
    return <EmptyState title="No sweeps yet.">Start one with the Sweep mode above.</EmptyState>;
  }
  const onDelete = (sweep: Sweep) => {
    const running = sweep.status === 'QUEUED' || sweep.status === 'RUNNING';
    const confirmed = window.confirm(
      `${running ? 'Cancel and delete' : 'Delete'} the ${sweep.strategy} sweep on ${sweep.symbol} from ${formatDateTime(sweep.createdAt, 'UTC')} UTC?`,
    );
    if (confirmed) remove.mutate(sweep.id);
  };
  return (
    <>
      {remove.isError && <ProblemAlert heading="Could not delete the sweep" error={remove.error} />}
      <div className="table-scroll">
        <table className="table" data-testid="sweep-list">
          <thead>
            <tr>
              <th scope="col">Started</th>
              <th scope="col">Strategy</th>
              <th scope="col">Instrument</th>
              <th scope="col">Status</th>
              <th scope="col" className="numeric">
                Combinations
              </th>
              <th scope="col">Best</th>
              <th scope="col">
                <span className="visually-hidden">Actions</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {sweeps.data.items.map((sweep) => {
              const metric = metricOf(sweep.metric);
              const deleting = remove.isPending && remove.variables === sweep.id;
              return (
                <tr key={sweep.id} data-sweep-id={sweep.id}>
                  <td>
                    <Link to={sweepPath(sweep.id)}>
                      {formatDateTime(sweep.createdAt, 'UTC')} UTC
                    </Link>
                  </td>
                  <td>{sweep.strategy}</td>
                  <td>
                    {sweep.symbol} <span className="muted">{sweep.interval}</span>
                  </td>
                  <td>
                    {sweep.status}
                    {sweep.status === 'RUNNING' &&
                      ` ${formatCount(sweep.done)} / ${formatCount(sweep.combinations)}`}
                  </td>
                  <td className="numeric">{formatCount(sweep.combinations)}</td>
                  <td>
                    {sweep.best
                      ? `${metric.label} ${metric.format(metricValue(sweep.best, metric))} at ${describeParams(sweep.best.params)}`
                      : '—'}
                  </td>
                  <td>
                    <Button
                      variant="ghost"
                      onClick={() => onDelete(sweep)}
                      disabled={deleting}
                      aria-label={`Delete the ${sweep.strategy} sweep on ${sweep.symbol} from ${formatDateTime(sweep.createdAt, 'UTC')} UTC`}
                      data-testid="delete-sweep"
                    >
                      {deleting ? 'Deleting…' : 'Delete'}
                    </Button>
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
    </>
  );
}
