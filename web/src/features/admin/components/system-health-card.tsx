import { ProblemAlert } from '@/components/ui/problem-alert';
import { Spinner } from '@/components/ui/spinner';
import { formatInstant } from '@/lib/i18n/instant';
import { useLocale, useMessages } from '@/lib/i18n/locale-context';

import { useSystemHealth } from '../api/get-system-health';
import type { SystemHealth } from '../api/types';
import { durationOf, formatBytes, heapPercent } from '../lib/health-figures';
import { ADMIN_MESSAGES } from '../lib/messages';

import './admin.css';

/** The server's health for administrators, read again every 30 seconds. */
export function SystemHealthCard({ timeZone }: { timeZone: string }) {
  const t = useMessages(ADMIN_MESSAGES);
  const health = useSystemHealth();
  let body;
  if (health.isPending) {
    body = <Spinner label={t.healthLoading} />;
  } else if (health.isError) {
    body = (
      <ProblemAlert
        heading={t.healthFailed}
        error={health.error}
        onRetry={() => void health.refetch()}
      />
    );
  } else {
    body = <HealthFigures health={health.data} timeZone={timeZone} />;
  }
  return (
    <section
      className="admin-card"
      aria-labelledby="system-health-heading"
      aria-busy={health.isFetching}
      data-testid="system-health"
    >
      <h2 id="system-health-heading">{t.health}</h2>
      {body}
      <p className="muted">{t.healthRefresh}</p>
    </section>
  );
}

function HealthStatus({ status, testId }: { status: string; testId?: string }) {
  const t = useMessages(ADMIN_MESSAGES);
  const tone = status === 'UP' ? 'up' : status === 'DOWN' ? 'down' : 'other';
  return (
    <span
      className={`admin-status admin-status-${tone}`}
      data-status={status}
      data-testid={testId}
      title={status}
    >
      {t.statuses[status] ?? status}
    </span>
  );
}

function HealthFigures({ health, timeZone }: { health: SystemHealth; timeZone: string }) {
  const t = useMessages(ADMIN_MESSAGES);
  const { locale } = useLocale();
  return (
    <>
      <p className="admin-overall">
        {t.overall} <HealthStatus status={health.status} testId="health-status" />
      </p>
      <dl className="admin-figures">
        <dt>{t.version}</dt>
        <dd>{health.version}</dd>
        <dt>{t.startedAt}</dt>
        <dd>
          <time dateTime={health.startedAt}>
            {formatInstant(health.startedAt, locale, timeZone)}
          </time>
        </dd>
        <dt>{t.uptime}</dt>
        <dd data-testid="health-uptime">{t.duration(durationOf(health.uptimeSeconds))}</dd>
        <dt>{t.javaVersion}</dt>
        <dd>{health.javaVersion}</dd>
        <dt>{t.processors}</dt>
        <dd>{health.availableProcessors.toLocaleString(locale)}</dd>
        <dt>{t.heap}</dt>
        <dd data-testid="health-heap">
          {t.heapOf(
            formatBytes(health.heapUsedBytes, locale),
            formatBytes(health.heapMaxBytes, locale),
            heapPercent(health.heapUsedBytes, health.heapMaxBytes),
          )}
        </dd>
      </dl>
      {health.components.length > 0 && (
        <>
          <h3>{t.components}</h3>
          <ul className="admin-components" aria-label={t.components}>
            {health.components.map((component) => (
              <li key={component.name}>
                <span className="admin-mono">{component.name}</span>{' '}
                <HealthStatus status={component.status} />
              </li>
            ))}
          </ul>
        </>
      )}
    </>
  );
}
