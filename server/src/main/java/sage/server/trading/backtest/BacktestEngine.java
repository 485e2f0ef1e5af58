package sage.server.trading.backtest;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;

import org.jspecify.annotations.Nullable;

import sage.engine.metrics.Annualisation;
import sage.engine.metrics.BacktestReport;
import sage.engine.metrics.BuyAndHold;
import sage.engine.metrics.DrawdownCurve;
import sage.engine.metrics.Performance;
import sage.engine.metrics.TradeStats;
import sage.engine.research.MonteCarlo;
import sage.engine.series.BarSeries;
import sage.engine.series.Timeframe;
import sage.engine.sim.BacktestResult;
import sage.engine.sim.InstrumentSpec;
import sage.engine.sim.NoSlippage;
import sage.engine.sim.PercentFee;
import sage.engine.sim.Side;
import sage.engine.sim.SimulationSettings;
import sage.engine.strategy.Backtest;
import sage.engine.strategy.BacktestProgress;
import sage.engine.strategy.StrategyDefinition;
import sage.engine.strategy.StrategyParams;
import sage.server.market.AssetClass;
import sage.server.market.Instrument;
import sage.server.platform.ProblemException;
import sage.server.trading.BacktestRun;
import sage.server.trading.MonteCarloSpec;
import sage.server.trading.TradingProblems;

/**
 * Runs the engine's simulator for one backtest and turns its result into a
 * {@link BacktestRun}: fills and trades in exact decimals, figures from the engine's
 * metrics, annualised the way the market trades.
 */
public final class BacktestEngine {

	/** Fewer bars than this cannot say anything (no returns to measure). */
	static final int MIN_BARS = 2;

	private static final double TRADING_DAYS_PER_YEAR = 252;

	private static final double DAY_MILLIS = Duration.ofDays(1).toMillis();

	private BacktestEngine() {
	}

	/** Runs over an instrument's stored bars. */
	public static BacktestRun run(String id, StrategyDefinition definition, StrategyParams params,
			Instrument instrument, BarSeries bars, BigDecimal cash, BigDecimal commission, MonteCarloSpec monteCarlo,
			Clock clock, BacktestProgress progress) {
		checkEnough(bars);
		return execute(id, definition, params, instrument.symbol(), instrument.currency(), bars,
				instrumentSpec(instrument, bars), cash, commission, annualisation(instrument, bars.timeframe()),
				monteCarlo, clock, progress);
	}

	/**
	 * The simulator's rules for an instrument: one tick for the whole run, the band in
	 * force at the first bar's open (KRX bands change with price), and the lot size.
	 */
	public static InstrumentSpec instrumentSpec(Instrument instrument, BarSeries bars) {
		checkEnough(bars);
		BigDecimal tick = instrument.tickAt(BigDecimal.valueOf(bars.open(0)));
		BigDecimal lot = (instrument.lotSize() != null) ? instrument.lotSize() : BigDecimal.ONE;
		return new InstrumentSpec(tick, lot, BigDecimal.ZERO);
	}

	/**
	 * Runs over bars from a file: no instrument rules are known, so prices and quantities
	 * are not rounded (as in backtrader). A year has 252 daily or 52 weekly bars;
	 * intraday bars are taken to trade around the clock.
	 */
	public static BacktestRun runOnFile(String id, StrategyDefinition definition, StrategyParams params, String label,
			String currency, BarSeries bars, BigDecimal cash, BigDecimal commission, MonteCarloSpec monteCarlo,
			Clock clock, BacktestProgress progress) {
		checkEnough(bars);
		InstrumentSpec unrounded = new InstrumentSpec(new BigDecimal("1E-12"), new BigDecimal("1E-12"),
				BigDecimal.ZERO);
		Annualisation perYear = switch (bars.timeframe()) {
			case W1 -> Annualisation.of(52);
			case D1 -> Annualisation.of(TRADING_DAYS_PER_YEAR);
			default -> Annualisation.continuous(bars.timeframe());
		};
		return execute(id, definition, params, label, currency, bars, unrounded, cash, commission, perYear, monteCarlo,
				clock, progress);
	}

	private static BacktestRun execute(String id, StrategyDefinition definition, StrategyParams params, String symbol,
			String currency, BarSeries bars, InstrumentSpec spec, BigDecimal cash, BigDecimal commission,
			Annualisation perYear, MonteCarloSpec monteCarlo, Clock clock, BacktestProgress progress) {
		long started = System.nanoTime();
		SimulationSettings settings = new SimulationSettings(spec, PercentFee.of(commission), new NoSlippage(), cash);
		BacktestResult result = Backtest.run(bars, settings, definition.factory().apply(params), progress);
		BacktestReport report = BacktestReport.of(bars, result, 0.0, perYear);
		double[] holdEquity = BuyAndHold.equity(bars, cash.doubleValue());
		double[] drawdown = DrawdownCurve.of(result.times(), result.equity()).values();
		BacktestRun.MonteCarloFigures resampled = TradeMonteCarlo.of(MonteCarlo.tradeReturns(result),
				cash.doubleValue(), monteCarlo);
		long tookMillis = Duration.ofNanos(System.nanoTime() - started).toMillis();
		return new BacktestRun(id, definition.id(), new TreeMap<>(params.values()), symbol, bars.timeframe().code(),
				currency, Instant.ofEpochMilli(bars.time(0)), Instant.ofEpochMilli(bars.time(bars.size() - 1)),
				bars.size(), cash, commission, result.finalEquity(), figures(report.strategy(), report.trades()),
				figures(report.buyAndHold(), null), resampled, fills(result), trades(result),
				curve(result.times(), result.equity(), holdEquity, drawdown),
				result.rejections().stream().map((r) -> "bar " + r.bar() + ": " + r.reason()).toList(), clock.instant(),
				tookMillis);
	}

	/**
	 * @throws ProblemException {@code not-enough-bars} when fewer than two bars are given
	 */
	public static void checkEnough(BarSeries bars) {
		if (bars.size() < MIN_BARS) {
			throw new ProblemException(TradingProblems.NOT_ENOUGH_BARS, "The range holds " + bars.size()
					+ " bar(s); a backtest needs at least " + MIN_BARS + ". Widen from/to.");
		}
	}

	/**
	 * Bars per year as the market trades: crypto around the clock, exchanges 252 days of
	 * their session.
	 */
	public static Annualisation annualisation(Instrument instrument, Timeframe timeframe) {
		if (instrument.assetClass() == AssetClass.CRYPTO_SPOT || instrument.assetClass() == AssetClass.CRYPTO_PERP
				|| instrument.tradingHours().equals("24/7")) {
			return Annualisation.continuous(timeframe);
		}
		if (timeframe == Timeframe.W1) {
			return Annualisation.of(52);
		}
		if (!timeframe.isIntraday()) {
			return Annualisation.of(TRADING_DAYS_PER_YEAR);
		}
		LocalTime open = LocalTime.parse(instrument.tradingHours().substring(0, 5));
		LocalTime close = LocalTime.parse(instrument.tradingHours().substring(6));
		double sessionMillis = Duration.between(open, close).toMillis();
		return Annualisation.of(TRADING_DAYS_PER_YEAR * Math.ceil(sessionMillis / timeframe.duration().toMillis()));
	}

	private static BacktestRun.Figures figures(Performance p, @Nullable TradeStats trades) {
		return new BacktestRun.Figures(p.totalReturn(), finite(p.cagr()), finite(p.annualisedVolatility()),
				finite(p.sharpe()), finite(p.sortino()), p.maxDrawdown(), p.maxDrawdownMillis() / DAY_MILLIS,
				finite(p.calmar()), p.exposure(), (trades != null) ? trades.count() : 0,
				(trades != null) ? finite(trades.winRate()) : null,
				(trades != null) ? finite(trades.profitFactor()) : null,
				(trades != null) ? finite(trades.averageWin()) : null,
				(trades != null) ? finite(trades.averageLoss()) : null);
	}

	private static @Nullable Double finite(double value) {
		return Double.isFinite(value) ? value : null;
	}

	private static List<BacktestRun.FillRow> fills(BacktestResult result) {
		return result.fills()
			.stream()
			.map((f) -> new BacktestRun.FillRow(Instant.ofEpochMilli(f.time()), f.side().name(), f.quantity(),
					f.price(), f.fee()))
			.toList();
	}

	private static List<BacktestRun.TradeRow> trades(BacktestResult result) {
		return result.trades()
			.stream()
			.map((t) -> new BacktestRun.TradeRow((t.direction() == Side.BUY) ? "LONG" : "SHORT",
					Instant.ofEpochMilli(t.openTime()), Instant.ofEpochMilli(t.closeTime()), t.pnl()))
			.toList();
	}

	private static List<BacktestRun.CurvePoint> curve(long[] times, double[] equity, double[] hold, double[] drawdown) {
		List<BacktestRun.CurvePoint> points = new ArrayList<>(times.length);
		for (int i = 0; i < times.length; i++) {
			points.add(new BacktestRun.CurvePoint(Instant.ofEpochMilli(times[i]), equity[i], hold[i], drawdown[i]));
		}
		return points;
	}

}
