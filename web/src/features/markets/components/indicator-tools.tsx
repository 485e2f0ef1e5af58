import { ProblemAlert } from '@/components/ui/problem-alert';

import { useIndicatorCatalogue } from '../api/get-indicators';
import type { IndicatorDefinition } from '../api/types';
import type { ParamValues } from '../lib/indicator-params';

import { IndicatorPicker } from './indicator-picker';

/** The indicator picker once the server's catalogue is in; its problem if the catalogue fails. */
export function IndicatorTools({
  onAdd,
}: {
  onAdd: (definition: IndicatorDefinition, params: ParamValues) => boolean;
}) {
  const catalogue = useIndicatorCatalogue();
  if (catalogue.isPending) {
    return <p className="muted indicator-tools-loading">Loading indicators…</p>;
  }
  if (catalogue.isError) {
    return (
      <ProblemAlert
        heading="Could not load the indicator list"
        error={catalogue.error}
        onRetry={() => void catalogue.refetch()}
      />
    );
  }
  return <IndicatorPicker catalogue={catalogue.data.items} onAdd={onAdd} />;
}
