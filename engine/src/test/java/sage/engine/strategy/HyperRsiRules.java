package sage.engine.strategy;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;

import sage.engine.sim.InstrumentSpec;
import sage.engine.sim.NoSlippage;
import sage.engine.sim.PercentFee;
import sage.engine.sim.SimulationSettings;

/**
 * One {@code hyper-rsi} configuration and its account, in the terms the three
 * implementations share: Sage's {@link HyperRsi} (through {@link #params()} and
 * {@link #settings()}), {@link Ta4jHyperRsi} and {@link BareLoopHyperRsi}.
 *
 * <p>
 * Only what the two re-implementations model can be said here: fixed size per entry
 * ({@code sizing = 0}), spacing as a percent of the last entry ({@code entrySpacingAtr =
 * 0}, so no ATR is needed), a percent-of-value commission, lot 1 and no min notional. The
 * fixed size is a whole number of lots, so no rounding to the lot happens anywhere.
 *
 * @param rsiPeriod RSI period
 * @param oversold RSI level whose upward cross enters long
 * @param overbought RSI level above which a long exits; its downward cross enters short
 * @param emaPeriod trend filter EMA period
 * @param slopeBars trend filter slope window
 * @param adxPeriod trend filter ADX period
 * @param adxThreshold ADX at or above which the slope counts
 * @param allowShort whether the mirrored short side trades
 * @param maxEntries most entries in one position
 * @param entrySpacingPercent adverse move from the last entry before the next, percent
 * @param size units per entry, a whole number
 * @param takeProfitPercent gain from the average entry that closes all, percent; 0 off
 * @param stopLossPercent loss from the average entry that closes all, percent; 0 off
 * @param trailingPercent retreat from the best close that closes all, percent; 0 off
 * @param commissionRate commission as a fraction of traded value, e.g. 0.001
 * @param initialCash starting cash
 */
public record HyperRsiRules(int rsiPeriod, double oversold, double overbought, int emaPeriod, int slopeBars,
		int adxPeriod, double adxThreshold, boolean allowShort, int maxEntries, double entrySpacingPercent, int size,
		double takeProfitPercent, double stopLossPercent, double trailingPercent, double commissionRate,
		double initialCash) {

	/**
	 * The benchmark's configuration: both sides, up to three entries 2% apart, every exit
	 * on, 0.1% commission. The cash is far above what three entries can cost on the
	 * series used, so no order is ever rejected (the implementations would agree on a
	 * rejection too, but a rejected entry would make the run less interesting).
	 */
	public static final HyperRsiRules BENCHMARK = new HyperRsiRules(14, 30, 70, 200, 20, 14, 20, true, 3, 2, 1, 5, 5, 4,
			0.001, 1_000_000);

	/**
	 * The seed of the benchmark's synthetic random walk ({@code SyntheticBars}); the
	 * parity test checks the first 200,000 of the million bars the benchmark times.
	 */
	public static final long SYNTHETIC_SEED = 42;

	/** The parameters for {@code HyperRsi.DEFINITION.create}. */
	public Map<String, BigDecimal> params() {
		Map<String, BigDecimal> params = new HashMap<>();
		params.put("rsiPeriod", BigDecimal.valueOf(this.rsiPeriod));
		params.put("oversold", BigDecimal.valueOf(this.oversold));
		params.put("overbought", BigDecimal.valueOf(this.overbought));
		params.put("emaPeriod", BigDecimal.valueOf(this.emaPeriod));
		params.put("slopeBars", BigDecimal.valueOf(this.slopeBars));
		params.put("adxPeriod", BigDecimal.valueOf(this.adxPeriod));
		params.put("adxThreshold", BigDecimal.valueOf(this.adxThreshold));
		params.put("allowShort", BigDecimal.valueOf(this.allowShort ? 1 : 0));
		params.put("maxEntries", BigDecimal.valueOf(this.maxEntries));
		params.put("entrySpacingPercent", BigDecimal.valueOf(this.entrySpacingPercent));
		params.put("entrySpacingAtr", BigDecimal.ZERO);
		params.put("sizing", BigDecimal.ZERO);
		params.put("size", BigDecimal.valueOf(this.size));
		params.put("takeProfitPercent", BigDecimal.valueOf(this.takeProfitPercent));
		params.put("stopLossPercent", BigDecimal.valueOf(this.stopLossPercent));
		params.put("trailingPercent", BigDecimal.valueOf(this.trailingPercent));
		return params;
	}

	/** A fresh Sage strategy with these rules. */
	public Strategy sage() {
		return HyperRsi.DEFINITION.create(params());
	}

	/**
	 * Sage's account: tick 0.01 (market orders fill at the raw open, so it only
	 * constrains limit prices, of which there are none), lot 1, no min notional, the
	 * commission, no slippage.
	 */
	public SimulationSettings settings() {
		return new SimulationSettings(new InstrumentSpec(new BigDecimal("0.01"), BigDecimal.ONE, BigDecimal.ZERO),
				PercentFee.of(BigDecimal.valueOf(this.commissionRate)), new NoSlippage(),
				BigDecimal.valueOf(this.initialCash));
	}

	/**
	 * The bars of the trend filter's warm-up, as {@code Trend.unstableBars} counts them:
	 * no entry is possible before this index.
	 */
	public int trendLookback() {
		return Math.max(this.emaPeriod - 1 + this.slopeBars, 2 * this.adxPeriod - 1);
	}

}
