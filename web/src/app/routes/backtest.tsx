import { useParams } from 'react-router';

import { RequireSignIn } from '@/features/account/components/require-sign-in';
import { BacktestView } from '@/features/backtests/components/backtest-view';

export default function BacktestRoute() {
  const { id = '' } = useParams();
  return (
    <div className="page">
      <RequireSignIn>
        <BacktestView key={id} id={id} />
      </RequireSignIn>
    </div>
  );
}
