import { useState } from 'react';

import { FilterPanel } from '@/components/ui/filter-panel';
import { FormField } from '@/components/ui/form-field';
import { useMessages } from '@/lib/i18n/locale-context';

import { ADMIN_MESSAGES } from '../lib/messages';
import {
  filtersOf,
  LOCKED_CHOICES,
  ROLES,
  TIERS,
  type FilterName,
  type UserFilters,
} from '../lib/user-query';

import { ChoiceSelect } from './choice-select';

interface UserFiltersFormProps {
  /** The filters the URL holds now; the form starts from them. */
  filters: UserFilters;
  /** The server's word on each filter, from a refused list request. */
  errors: Partial<Record<FilterName, string>>;
  onApply: (filters: UserFilters) => void;
}

interface ChoiceFieldProps<T extends string> {
  name: Exclude<FilterName, 'email'>;
  choices: readonly T[];
  labelOf: (choice: T) => string;
  value: T | undefined;
  error: string | undefined;
  onChange: (value: T | undefined) => void;
}

function ChoiceField<T extends string>({ name, error, ...select }: ChoiceFieldProps<T>) {
  const t = useMessages(ADMIN_MESSAGES);
  return (
    <FormField id={`user-filter-${name}`} label={t.filterLabels[name]} error={error}>
      {(control) => <ChoiceSelect {...control} {...select} name={name} anyLabel={t.any} />}
    </FormField>
  );
}

/** The filters of the account search: an exact email, role, tier and whether locked. */
export function UserFiltersForm({ filters, errors, onApply }: UserFiltersFormProps) {
  const t = useMessages(ADMIN_MESSAGES);
  const [draft, setDraft] = useState<UserFilters>(filters);
  return (
    <FilterPanel
      className="admin-filters"
      label={t.filters}
      applyLabel={t.apply}
      clearLabel={t.clear}
      onApply={() => onApply(filtersOf(draft))}
      onClear={() => onApply({})}
    >
      <FormField
        id="user-filter-email"
        label={t.filterLabels.email}
        help={t.emailHelp}
        error={errors.email}
      >
        {(control) => (
          <input
            {...control}
            type="email"
            name="email"
            autoComplete="off"
            spellCheck={false}
            value={draft.email ?? ''}
            onChange={(event) => setDraft({ ...draft, email: event.target.value })}
          />
        )}
      </FormField>
      <ChoiceField
        name="role"
        choices={ROLES}
        labelOf={(role) => t.roles[role]}
        value={draft.role}
        error={errors.role}
        onChange={(role) => setDraft({ ...draft, role })}
      />
      <ChoiceField
        name="tier"
        choices={TIERS}
        labelOf={(tier) => t.tiers[tier]}
        value={draft.tier}
        error={errors.tier}
        onChange={(tier) => setDraft({ ...draft, tier })}
      />
      <ChoiceField
        name="locked"
        choices={LOCKED_CHOICES}
        labelOf={(locked) => t.lockedChoices[locked]}
        value={draft.locked}
        error={errors.locked}
        onChange={(locked) => setDraft({ ...draft, locked })}
      />
    </FilterPanel>
  );
}
