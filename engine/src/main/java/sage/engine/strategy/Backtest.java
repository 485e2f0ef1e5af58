package sage.engine.strategy;

import java.math.BigDecimal;
import java.util.List;

import sage.engine.series.BarSeries;
import sage.engine.sim.BacktestResult;
import sage.engine.sim.InstrumentSpec;
import sage.engine.sim.OpenOrder;
import sage.engine.sim.Order;
import sage.engine.sim.Position;
import sage.engine.sim.SimulationSettings;
import sage.engine.sim.Simulator;

/**
 * Runs a strategy over bars: for each bar, the simulator fills working orders against it
 * and marks the position at its close, then the strategy sees the closed bar and decides.
 */
public final class Backtest {

	private Backtest() {
	}

	/**
	 * Runs {@code strategy} over every bar of {@code bars}.
	 * @return fills, trades, equity curve and final ledger
	 */
	public static BacktestResult run(BarSeries bars, SimulationSettings settings, Strategy strategy) {
		return run(bars, settings, strategy, BacktestProgress.NONE);
	}

	/**
	 * Runs {@code strategy} over every bar of {@code bars}, telling {@code progress}
	 * every {@link BacktestProgress#EVERY} bars and at the end.
	 * @return fills, trades, equity curve and final ledger
	 */
	public static BacktestResult run(BarSeries bars, SimulationSettings settings, Strategy strategy,
			BacktestProgress progress) {
		Simulator simulator = new Simulator(bars, settings);
		int total = bars.size();
		// one context and one view for the run, moved forward with the simulator: nothing
		// is allocated per bar
		ClosedBars closed = new ClosedBars(bars, 0);
		SimulatorContext context = new SimulatorContext(simulator, settings.instrument(), closed);
		while (simulator.hasNext()) {
			int t = simulator.step();
			closed.advance();
			strategy.onBar(context);
			if (((t + 1) & (BacktestProgress.EVERY - 1)) == 0) {
				progress.update(t + 1, total);
			}
		}
		progress.update(total, total);
		return simulator.result();
	}

	/** The context at the bar last stepped, backed by the simulator. */
	private record SimulatorContext(Simulator simulator, InstrumentSpec instrument,
			ClosedBars bars) implements StrategyContext {

		@Override
		public int index() {
			return this.bars.size() - 1;
		}

		@Override
		public Position position() {
			return this.simulator.position();
		}

		@Override
		public BigDecimal cash() {
			return this.simulator.cash();
		}

		@Override
		public List<OpenOrder> openOrders() {
			return this.simulator.openOrders();
		}

		@Override
		public long submit(Order order) {
			return this.simulator.submit(order);
		}

		@Override
		public boolean cancel(long orderId) {
			return this.simulator.cancel(orderId);
		}

	}

}
