import { useParams } from 'react-router';

import { SweepView } from '@/features/backtests/components/sweep-view';

export function SweepRoute() {
  const { id = '' } = useParams();
  return (
    <div className="page">
      <SweepView key={id} id={id} />
    </div>
  );
}
