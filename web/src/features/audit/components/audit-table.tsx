import { Fragment, useState } from 'react';
import { Link } from 'react-router';

import { Button } from '@/components/ui/button';
import { formatInstant } from '@/lib/i18n/instant';
import { useLocale, useMessages } from '@/lib/i18n/locale-context';
import '@/components/ui/table.css';

import type { AuditRow } from '../api/types';
import type { FilterName } from '../lib/audit-query';
import { AUDIT_MESSAGES } from '../lib/messages';
import { readableValue } from '../lib/values';

const COLUMNS = 7;

interface AuditTableProps {
  rows: readonly AuditRow[];
  timeZone: string;
  /** Where a link that narrows the list to one value of a filter goes. */
  filterTo: (name: FilterName, value: string) => string;
}

export function AuditTable({ rows, timeZone, filterTo }: AuditTableProps) {
  const t = useMessages(AUDIT_MESSAGES);
  const { locale } = useLocale();
  const [open, setOpen] = useState<ReadonlySet<number>>(new Set());
  const toggle = (seq: number) =>
    setOpen((current) => {
      const next = new Set(current);
      if (!next.delete(seq)) next.add(seq);
      return next;
    });

  return (
    <div className="table-scroll">
      <table className="table audit-table" data-testid="audit-table">
        <caption className="visually-hidden">{t.rows}</caption>
        <thead>
          <tr>
            <th scope="col">{t.time}</th>
            <th scope="col">{t.actor}</th>
            <th scope="col">{t.action}</th>
            <th scope="col">{t.entity}</th>
            <th scope="col">{t.requestId}</th>
            <th scope="col">{t.ip}</th>
            <th scope="col">
              <span className="visually-hidden">{t.details}</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <Fragment key={row.seq}>
              <tr data-testid="audit-row">
                <td>
                  <time dateTime={row.occurredAt}>
                    {formatInstant(row.occurredAt, locale, timeZone, { seconds: true })}
                  </time>
                </td>
                <td>
                  <Link
                    to={filterTo('actor', row.actor)}
                    title={t.filterBy(row.actor)}
                    className="audit-mono audit-truncate"
                  >
                    {row.actor}
                  </Link>
                </td>
                <td data-testid="audit-action">
                  <Link to={filterTo('action', row.action)} title={t.filterBy(row.action)}>
                    {row.action}
                  </Link>
                </td>
                <td className="audit-mono">
                  {row.entityType ?? '—'}
                  {row.entityId && (
                    <>
                      {' '}
                      <span className="muted audit-truncate" title={row.entityId}>
                        {row.entityId}
                      </span>
                    </>
                  )}
                </td>
                <td className="audit-mono">
                  <span className="audit-truncate" title={row.requestId}>
                    {row.requestId ?? '—'}
                  </span>
                </td>
                <td className="audit-mono">{row.ip ?? '—'}</td>
                <td>
                  <Button
                    variant="ghost"
                    aria-expanded={open.has(row.seq)}
                    aria-controls={`audit-row-${row.seq}-details`}
                    aria-label={t.showDetails(row.seq)}
                    onClick={() => toggle(row.seq)}
                  >
                    {open.has(row.seq) ? '▾' : '▸'} {t.details}
                  </Button>
                </td>
              </tr>
              {open.has(row.seq) && (
                <tr className="audit-details-row" id={`audit-row-${row.seq}-details`}>
                  <td colSpan={COLUMNS}>
                    <RowDetails row={row} />
                  </td>
                </tr>
              )}
            </Fragment>
          ))}
        </tbody>
      </table>
    </div>
  );
}

function RowDetails({ row }: { row: AuditRow }) {
  const t = useMessages(AUDIT_MESSAGES);
  const before = readableValue(row.oldValue);
  const after = readableValue(row.newValue);
  return (
    <div className="audit-details" data-testid="audit-details">
      <div className="audit-details-values">
        <section>
          <h3>{t.oldValue}</h3>
          {before ? <pre>{before}</pre> : <p className="muted">{t.noValue}</p>}
        </section>
        <section>
          <h3>{t.newValue}</h3>
          {after ? <pre>{after}</pre> : <p className="muted">{t.noValue}</p>}
        </section>
      </div>
      <dl className="audit-values">
        <dt>{t.userAgent}</dt>
        <dd>{row.userAgent ?? '—'}</dd>
        <dt>{t.seq}</dt>
        <dd>{row.seq}</dd>
        <dt>{t.hash}</dt>
        <dd>
          <code>{row.hash}</code>
        </dd>
        <dt>{t.prevHash}</dt>
        <dd>
          <code>{row.prevHash}</code>
        </dd>
      </dl>
    </div>
  );
}
