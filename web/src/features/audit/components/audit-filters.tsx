import { useState } from 'react';

import { FilterPanel } from '@/components/ui/filter-panel';
import { FormField } from '@/components/ui/form-field';
import { useMessages } from '@/lib/i18n/locale-context';

import type { AuditFilters, FilterName } from '../lib/audit-query';
import { KNOWN_ACTIONS } from '../lib/known-actions';
import { AUDIT_MESSAGES } from '../lib/messages';
import { instantToWallTime, wallTimeToInstant } from '../lib/zoned-time';

const TEXT_FILTERS = ['actor', 'action', 'entityType', 'entityId'] as const;
const TIME_FILTERS = ['from', 'to'] as const;
type TextFilter = (typeof TEXT_FILTERS)[number];
type TimeFilter = (typeof TIME_FILTERS)[number];

interface AuditFiltersFormProps {
  /** The filters the URL holds now; the form starts from them. */
  filters: AuditFilters;
  timeZone: string;
  /** The server's word on each filter, from a refused list request. */
  errors: Partial<Record<FilterName, string>>;
  onApply: (filters: AuditFilters) => void;
}

/**
 * The filters of AuditQuery. Times are typed in the reader's zone and applied as instants, so
 * the URL and the export carry exactly what the API takes.
 */
export function AuditFiltersForm({ filters, timeZone, errors, onApply }: AuditFiltersFormProps) {
  const t = useMessages(AUDIT_MESSAGES);
  const [text, setText] = useState<Record<TextFilter, string>>(() => ({
    actor: filters.actor ?? '',
    action: filters.action ?? '',
    entityType: filters.entityType ?? '',
    entityId: filters.entityId ?? '',
  }));
  const [times, setTimes] = useState<Record<TimeFilter, string>>(() => ({
    from: instantToWallTime(filters.from ?? '', timeZone),
    to: instantToWallTime(filters.to ?? '', timeZone),
  }));

  const onSubmit = () => {
    const applied: AuditFilters = {};
    for (const name of TEXT_FILTERS) {
      const value = text[name].trim();
      if (value) applied[name] = value;
    }
    for (const name of TIME_FILTERS) {
      // An input the browser could not read stays as it was in the URL; the server names it.
      const value = times[name] ? (wallTimeToInstant(times[name], timeZone) ?? times[name]) : '';
      if (value) applied[name] = value;
    }
    onApply(applied);
  };

  const help: Partial<Record<FilterName, string>> = {
    actor: t.actorHelp,
    action: t.actionHelp,
    from: t.timeHelp(timeZone),
    to: t.toHelp(timeZone),
  };

  return (
    <FilterPanel
      label={t.filters}
      applyLabel={t.apply}
      clearLabel={t.clear}
      onApply={onSubmit}
      onClear={() => onApply({})}
    >
      {TEXT_FILTERS.map((name) => (
        <FormField
          key={name}
          id={`audit-filter-${name}`}
          label={t.filterLabels[name]}
          help={help[name]}
          error={errors[name]}
        >
          {(control) => (
            <input
              {...control}
              name={name}
              autoComplete="off"
              spellCheck={false}
              list={name === 'action' ? 'audit-known-actions' : undefined}
              value={text[name]}
              onChange={(event) => setText({ ...text, [name]: event.target.value })}
            />
          )}
        </FormField>
      ))}
      {TIME_FILTERS.map((name) => (
        <FormField
          key={name}
          id={`audit-filter-${name}`}
          label={t.filterLabels[name]}
          help={help[name]}
          error={errors[name]}
        >
          {(control) => (
            <input
              {...control}
              type="datetime-local"
              name={name}
              step={1}
              value={times[name]}
              onChange={(event) => setTimes({ ...times, [name]: event.target.value })}
            />
          )}
        </FormField>
      ))}
      <datalist id="audit-known-actions">
        {KNOWN_ACTIONS.map((action) => (
          <option key={action} value={action} />
        ))}
      </datalist>
    </FilterPanel>
  );
}
