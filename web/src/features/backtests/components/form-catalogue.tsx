import type { ReactNode } from 'react';

import { ProblemAlert } from '@/components/ui/problem-alert';
import { Spinner } from '@/components/ui/spinner';

import { useInstruments } from '../api/get-instruments';
import { useStrategies } from '../api/get-strategies';
import type { Instrument, Strategy } from '../api/types';

interface FormCatalogueProps {
  /** The form, once both lists are in. */
  children: (instruments: readonly Instrument[], strategies: readonly Strategy[]) => ReactNode;
}

/**
 * Loads what the backtest and sweep forms are built from (the instruments and the strategy
 * catalogue) and shows the form once both are in, or why they could not be loaded.
 */
export function FormCatalogue({ children }: FormCatalogueProps) {
  const instruments = useInstruments();
  const strategies = useStrategies();
  if (instruments.isPending || strategies.isPending) {
    return <Spinner label="Loading instruments and strategies…" />;
  }
  if (instruments.isError) {
    return (
      <ProblemAlert
        heading="Could not load the instruments"
        error={instruments.error}
        onRetry={() => void instruments.refetch()}
      />
    );
  }
  if (strategies.isError) {
    return (
      <ProblemAlert
        heading="Could not load the strategies"
        error={strategies.error}
        onRetry={() => void strategies.refetch()}
      />
    );
  }
  return <>{children(instruments.data.items, strategies.data.items)}</>;
}
