import { useParams } from 'react-router';

import { BacktestView } from '@/features/backtests/components/backtest-view';

export default function BacktestRoute() {
  const { id = '' } = useParams();
  return (
    <div className="page">
      <BacktestView key={id} id={id} />
    </div>
  );
}
