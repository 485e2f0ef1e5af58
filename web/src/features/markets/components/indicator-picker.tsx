import { useId, useState, type FormEvent } from 'react';

import { Button } from '@/components/ui/button';

import type { IndicatorDefinition } from '../api/types';
import {
  checkParams,
  defaultDraft,
  indicatorDisplayName,
  indicatorLabel,
  type ParamDraft,
  type ParamValues,
} from '../lib/indicator-params';

import './indicator-picker.css';

interface IndicatorPickerProps {
  catalogue: readonly IndicatorDefinition[];
  /** False when that indicator with those parameters is already on the chart. */
  onAdd: (definition: IndicatorDefinition, params: ParamValues) => boolean;
}

/**
 * Adds an indicator from the server's catalogue: choose one, adjust its parameters (defaults and
 * ranges from the catalogue, checked before anything is sent), Add.
 */
export function IndicatorPicker({ catalogue, onAdd }: IndicatorPickerProps) {
  const id = useId();
  const [name, setName] = useState(catalogue[0]?.name ?? '');
  const definition = catalogue.find((item) => item.name === name);
  const [drafts, setDrafts] = useState<Record<string, ParamDraft>>({});
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [notice, setNotice] = useState('');
  const draft = drafts[name] ?? (definition ? defaultDraft(definition) : {});

  const overlays = catalogue.filter((item) => item.overlay);
  const panels = catalogue.filter((item) => !item.overlay);

  const onSelect = (next: string) => {
    setName(next);
    setErrors({});
    setNotice('');
  };

  const onField = (param: string, value: string) => {
    setDrafts((current) => ({ ...current, [name]: { ...draft, [param]: value } }));
    if (errors[param]) {
      setErrors((current) =>
        Object.fromEntries(Object.entries(current).filter(([key]) => key !== param)),
      );
    }
  };

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (!definition) return;
    const check = checkParams(definition, draft);
    if (!check.ok) {
      setErrors(check.errors);
      const first = definition.params.find((param) => check.errors[param.name]);
      if (first) document.getElementById(`${id}-${first.name}`)?.focus();
      return;
    }
    setErrors({});
    const added = onAdd(definition, check.params);
    setNotice(
      added
        ? ''
        : `${indicatorLabel(
            definition.name,
            check.params,
            definition.params.map((param) => param.name),
          )} is already on the chart.`,
    );
  };

  return (
    <form
      className="indicator-picker"
      aria-label="Add an indicator"
      onSubmit={onSubmit}
      noValidate
      data-testid="indicator-picker"
    >
      <div className="indicator-picker-field">
        <label htmlFor={`${id}-name`}>Indicator</label>
        <select
          id={`${id}-name`}
          value={name}
          onChange={(event) => onSelect(event.target.value)}
          aria-describedby={`${id}-description`}
        >
          <optgroup label="Over the price">
            {overlays.map((item) => (
              <option key={item.name} value={item.name}>
                {indicatorDisplayName(item.name)}
              </option>
            ))}
          </optgroup>
          <optgroup label="In a panel below">
            {panels.map((item) => (
              <option key={item.name} value={item.name}>
                {indicatorDisplayName(item.name)}
              </option>
            ))}
          </optgroup>
        </select>
      </div>
      {definition?.params.map((param) => {
        const fieldId = `${id}-${param.name}`;
        const error = errors[param.name];
        return (
          <div key={`${name}:${param.name}`} className="indicator-picker-field">
            <label htmlFor={fieldId} title={param.description}>
              {param.name}
            </label>
            <input
              id={fieldId}
              type="number"
              inputMode={param.type === 'INTEGER' ? 'numeric' : 'decimal'}
              min={param.min}
              max={param.max}
              step={param.type === 'INTEGER' ? 1 : 'any'}
              value={draft[param.name] ?? ''}
              onChange={(event) => onField(param.name, event.target.value)}
              aria-invalid={error ? true : undefined}
              aria-describedby={`${fieldId}-hint${error ? ` ${fieldId}-error` : ''}`}
            />
            <span id={`${fieldId}-hint`} className="visually-hidden">
              {param.description}, {param.min} to {param.max}
            </span>
            {error && (
              <span id={`${fieldId}-error`} className="indicator-picker-error" role="alert">
                {error}
              </span>
            )}
          </div>
        );
      })}
      <Button type="submit" disabled={!definition}>
        Add
      </Button>
      <p className="muted indicator-picker-notice" role="status">
        {notice}
      </p>
      {definition && (
        <p id={`${id}-description`} className="muted indicator-picker-description">
          {definition.description}
        </p>
      )}
    </form>
  );
}
