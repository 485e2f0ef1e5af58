import { useParams } from 'react-router';

import { RequireSignIn } from '@/features/account/components/require-sign-in';
import { SweepView } from '@/features/backtests/components/sweep-view';

export function SweepRoute() {
  const { id = '' } = useParams();
  return (
    <div className="page">
      <RequireSignIn>
        <SweepView key={id} id={id} />
      </RequireSignIn>
    </div>
  );
}
