import { BacktestForm } from '@/features/backtests/components/backtest-form';
import { BacktestList } from '@/features/backtests/components/backtest-list';

export function BacktestsRoute() {
  return (
    <div className="page">
      <title>Backtests · Sage</title>
      <h1>Backtests</h1>
      <p className="page-prose">
        Run a strategy over an instrument’s stored bars. Orders decided at a bar’s close fill at the
        next bar’s open, with the commission you set; every run is kept until you delete it.
      </p>
      <section aria-labelledby="new-backtest-heading" className="page-section">
        <h2 id="new-backtest-heading">New backtest</h2>
        <BacktestForm />
      </section>
      <section aria-labelledby="kept-backtests-heading" className="page-section">
        <h2 id="kept-backtests-heading">Kept backtests</h2>
        <BacktestList />
      </section>
    </div>
  );
}
