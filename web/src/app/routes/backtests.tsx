import { useSearchParams } from 'react-router';

import { SegmentedControl } from '@/components/ui/segmented-control';
import { RequireSignIn } from '@/features/account/components/require-sign-in';
import { BacktestForm } from '@/features/backtests/components/backtest-form';
import { BacktestList } from '@/features/backtests/components/backtest-list';
import { SweepForm } from '@/features/backtests/components/sweep-form';
import { SweepList } from '@/features/backtests/components/sweep-list';

type Mode = 'single' | 'sweep';

const MODES = [
  { value: 'single', label: 'Single run' },
  { value: 'sweep', label: 'Sweep' },
] as const;

export function BacktestsRoute() {
  // The mode lives in the URL (?mode=sweep), so Back from a sweep returns to the sweep form.
  const [search, setSearch] = useSearchParams();
  const mode: Mode = search.get('mode') === 'sweep' ? 'sweep' : 'single';
  const setMode = (next: Mode) =>
    setSearch(next === 'sweep' ? { mode: 'sweep' } : {}, { replace: true });
  return (
    <div className="page">
      <title>Backtests · Sage</title>
      <h1>Backtests</h1>
      <p className="page-prose">
        Run a strategy over an instrument’s stored bars. Orders decided at a bar’s close fill at the
        next bar’s open, with the commission you set; every run is kept for you until you delete it,
        and only you see it. A sweep runs every combination of parameter ranges and maps the
        results.
      </p>
      <RequireSignIn>
        <BacktestsWorkspace mode={mode} setMode={setMode} />
      </RequireSignIn>
    </div>
  );
}

/** The form and the user's kept runs: only for a signed-in user, whose they are. */
function BacktestsWorkspace({ mode, setMode }: { mode: Mode; setMode: (next: Mode) => void }) {
  return (
    <>
      <section aria-labelledby="new-backtest-heading" className="page-section">
        <h2 id="new-backtest-heading">{mode === 'single' ? 'New backtest' : 'New sweep'}</h2>
        <SegmentedControl
          label="Mode"
          options={MODES}
          value={mode}
          onChange={setMode}
          testId="backtest-mode"
        />
        {mode === 'single' ? <BacktestForm /> : <SweepForm />}
      </section>
      <section aria-labelledby="kept-backtests-heading" className="page-section">
        <h2 id="kept-backtests-heading">Kept backtests</h2>
        <BacktestList />
      </section>
      <section aria-labelledby="sweeps-heading" className="page-section">
        <h2 id="sweeps-heading">Recent sweeps</h2>
        <SweepList />
      </section>
    </>
  );
}
