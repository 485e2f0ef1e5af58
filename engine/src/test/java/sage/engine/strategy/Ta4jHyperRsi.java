package sage.engine.strategy;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.ta4j.core.BarSeries;
import org.ta4j.core.BaseBarSeriesBuilder;
import org.ta4j.core.Indicator;
import org.ta4j.core.Trade;
import org.ta4j.core.analysis.cost.CostModel;
import org.ta4j.core.analysis.cost.LinearTransactionCostModel;
import org.ta4j.core.indicators.CachedIndicator;
import org.ta4j.core.indicators.RecursiveCachedIndicator;
import org.ta4j.core.indicators.adx.MinusDMIndicator;
import org.ta4j.core.indicators.adx.PlusDMIndicator;
import org.ta4j.core.indicators.helpers.ClosePriceIndicator;
import org.ta4j.core.indicators.helpers.GainIndicator;
import org.ta4j.core.indicators.helpers.LossIndicator;
import org.ta4j.core.indicators.helpers.OpenPriceIndicator;
import org.ta4j.core.indicators.helpers.TRIndicator;
import org.ta4j.core.num.DoubleNumFactory;
import org.ta4j.core.num.NaN;
import org.ta4j.core.num.Num;
import org.ta4j.core.num.NumFactory;

import sage.engine.indicator.Trend.Direction;

/**
 * {@code hyper-rsi} written for ta4j 0.22: a ta4j {@link BarSeries} of {@code DoubleNum}
 * (ta4j's fastest numbers), ta4j {@link Indicator}s, {@link Num} arithmetic for every
 * rule and for the position and cash, ta4j {@link Trade}s with a
 * {@link LinearTransactionCostModel} for the fills. This is what running the same rules
 * on ta4j costs, and the benchmark's slow reference.
 *
 * <p>
 * What differs from a textbook ta4j strategy, and why:
 * <ul>
 * <li><b>Indicators.</b> ta4j's {@code RSIIndicator}, {@code EMAIndicator} and
 * {@code ADXIndicator} seed differently from TA-Lib (the first value, or a smoothed
 * average from bar 0, instead of a plain mean of the first period), so their values and
 * the decisions built on them differ from Sage's for the whole series, not only the
 * warm-up. The TA-Lib-seeded ones are written here as ta4j {@link CachedIndicator} /
 * {@link RecursiveCachedIndicator} subclasses, in the operation order of Sage's streams,
 * so their {@code DoubleNum} values are bit-identical to Sage's doubles. ta4j built-ins
 * are used where the definition is the same: {@link ClosePriceIndicator},
 * {@link OpenPriceIndicator}, {@link GainIndicator} and {@link LossIndicator} (the RSI's
 * up and down moves), {@link TRIndicator} (true range, identical from bar 1, the only
 * bars it is used on), {@link PlusDMIndicator} and {@link MinusDMIndicator} (the
 * directional movements).</li>
 * <li><b>The bar loop.</b> ta4j's {@code BarSeriesManager} and {@code TradingRecord} hold
 * one entry and one exit per position, so a pyramided position (up to {@code maxEntries}
 * entries) does not fit, and its stop rules read the entry price of that one entry, not
 * the average. The loop is therefore written here, with the position (signed quantity,
 * cost basis) and the cash kept as {@code Num}s.</li>
 * <li><b>Fills.</b> As in Sage: decided at a close, filled at the next bar's open,
 * commission {@code rate * price * quantity} (ta4j's linear cost model; Sage multiplies
 * in decimal, so commissions agree to about 1e-16 relative).</li>
 * <li><b>Ledger.</b> {@code DoubleNum} is binary floating point where Sage's ledger is
 * exact decimal: the average entry price can differ in the last bits, which could flip a
 * decision only for a close within an ulp or two of an exit or spacing level. The parity
 * test would show it.</li>
 * </ul>
 * Only what {@link HyperRsiRules} can express is modelled (fixed size, percent spacing,
 * exits that close everything). Not thread-safe; build one per run, as ta4j indicators
 * cache their values.
 */
public final class Ta4jHyperRsi {

	/** TA-Lib's {@code TA_IS_ZERO} bound, as Sage's indicators use it. */
	private static final double EPSILON = 0.00000001;

	/**
	 * The outcome of a run.
	 *
	 * @param trades the fills as ta4j trades, oldest first
	 * @param finalEquity cash plus the position at the last close
	 */
	public record Result(List<Trade> trades, Num finalEquity) {
	}

	private final BarSeries series;

	private final HyperRsiRules rules;

	private final NumFactory num;

	private Ta4jHyperRsi(BarSeries series, HyperRsiRules rules) {
		this.series = series;
		this.rules = rules;
		this.num = series.numFactory();
	}

	/**
	 * Runs the rules over a ta4j series.
	 * @param series the bars, ideally {@code DoubleNum} (see {@link #series})
	 * @param rules the configuration
	 * @return the trades and the final equity
	 */
	public static Result run(BarSeries series, HyperRsiRules rules) {
		return new Ta4jHyperRsi(series, rules).run();
	}

	/**
	 * A ta4j {@code DoubleNum} series of the given columns; each bar begins at its time
	 * and lasts {@code period}.
	 */
	public static BarSeries series(long[] time, double[] open, double[] high, double[] low, double[] close,
			double[] volume, Duration period) {
		BarSeries series = new BaseBarSeriesBuilder().withNumFactory(DoubleNumFactory.getInstance()).build();
		for (int i = 0; i < close.length; i++) {
			Instant begin = Instant.ofEpochMilli(time[i]);
			series.barBuilder()
				.timePeriod(period)
				.beginTime(begin)
				.endTime(begin.plus(period))
				.openPrice(open[i])
				.highPrice(high[i])
				.lowPrice(low[i])
				.closePrice(close[i])
				.volume(volume[i])
				.add();
		}
		return series;
	}

	private Result run() {
		HyperRsiRules r = this.rules;
		ClosePriceIndicator close = new ClosePriceIndicator(this.series);
		OpenPriceIndicator open = new OpenPriceIndicator(this.series);
		Indicator<Num> rsi = new TaLibRsi(close, r.rsiPeriod());
		Indicator<Direction> trend = new TaLibTrend(close, r.emaPeriod(), r.slopeBars(), r.adxPeriod(),
				number(r.adxThreshold()), r.trendLookback());
		Num oversold = number(r.oversold());
		Num overbought = number(r.overbought());
		Num hundred = this.num.hundred();
		Num spacing = number(r.entrySpacingPercent()).dividedBy(hundred);
		Num takeProfit = number(r.takeProfitPercent()).dividedBy(hundred);
		Num stopLoss = number(r.stopLossPercent()).dividedBy(hundred);
		Num trailing = number(r.trailingPercent()).dividedBy(hundred);
		Num size = this.num.numOf(r.size());
		CostModel commission = new LinearTransactionCostModel(r.commissionRate());
		Num zero = this.num.zero();
		Num one = this.num.one();
		Num minusOne = this.num.minusOne();

		List<Trade> trades = new ArrayList<>();
		Num cash = number(r.initialCash());
		Num quantity = zero;
		Num basis = zero;
		int entries = 0;
		Num lastEntryPrice = zero;
		Num bestClose = zero;
		// the order decided at the last close
		Trade.TradeType orderType = null;
		Num orderQuantity = zero;
		boolean orderReduces = false;

		int n = this.series.getBarCount();
		for (int i = 0; i < n; i++) {
			if (orderType != null) {
				Trade fill = fill(i, orderType, orderQuantity, orderReduces, open.getValue(i), quantity, cash,
						commission);
				if (fill != null) {
					trades.add(fill);
					Num value = fill.getPricePerAsset().multipliedBy(fill.getAmount());
					cash = (fill.isBuy() ? cash.minus(value) : cash.plus(value)).minus(fill.getCost());
					if (orderReduces) {
						quantity = zero;
						basis = zero;
						entries = 0;
					}
					else {
						Num signed = fill.isBuy() ? fill.getAmount() : fill.getAmount().negate();
						if (quantity.isZero()) {
							entries = 1;
							bestClose = close.getValue(i);
						}
						else {
							entries++;
						}
						quantity = quantity.plus(signed);
						basis = basis.plus(signed.multipliedBy(fill.getPricePerAsset()));
						lastEntryPrice = fill.getPricePerAsset();
					}
				}
				orderType = null;
			}
			Num rsiBefore = (i == 0) ? NaN.NaN : rsi.getValue(i - 1);
			Num rsiNow = rsi.getValue(i);
			Direction direction = trend.getValue(i);
			if (direction == null) {
				continue;
			}
			Num price = close.getValue(i);
			if (quantity.isZero()) {
				if (crossesUp(rsiBefore, rsiNow, oversold) && direction != Direction.DOWN) {
					orderType = Trade.TradeType.BUY;
					orderQuantity = size;
					orderReduces = false;
				}
				else if (r.allowShort() && crossesDown(rsiBefore, rsiNow, overbought) && direction != Direction.UP) {
					orderType = Trade.TradeType.SELL;
					orderQuantity = size;
					orderReduces = false;
				}
				continue;
			}
			boolean isLong = quantity.isPositive();
			Num sign = isLong ? one : minusOne;
			bestClose = isLong ? bestClose.max(price) : bestClose.min(price);
			Num average = basis.dividedBy(quantity);
			Num gain = sign.multipliedBy(price.minus(average)).dividedBy(average);
			boolean exit = (takeProfit.isPositive() && gain.isGreaterThanOrEqual(takeProfit))
					|| (stopLoss.isPositive() && gain.negate().isGreaterThanOrEqual(stopLoss))
					|| (trailing.isPositive() && sign.multipliedBy(bestClose.minus(price))
						.isGreaterThanOrEqual(trailing.multipliedBy(bestClose)))
					|| (isLong ? rsiNow.isGreaterThan(overbought) : rsiNow.isLessThan(oversold))
					|| direction == (isLong ? Direction.DOWN : Direction.UP);
			if (exit) {
				orderType = isLong ? Trade.TradeType.SELL : Trade.TradeType.BUY;
				orderQuantity = quantity.abs();
				orderReduces = true;
			}
			else if (entries < r.maxEntries() && direction != (isLong ? Direction.DOWN : Direction.UP)
					&& sign.multipliedBy(lastEntryPrice.minus(price))
						.isGreaterThanOrEqual(spacing.multipliedBy(lastEntryPrice))) {
				orderType = isLong ? Trade.TradeType.BUY : Trade.TradeType.SELL;
				orderQuantity = size;
				orderReduces = false;
			}
		}
		Num equity = (n == 0) ? cash : cash.plus(quantity.multipliedBy(close.getValue(n - 1)));
		return new Result(trades, equity);
	}

	/**
	 * The fill of the order decided at the previous close, at this bar's open, or
	 * {@code null} when Sage's simulator would refuse it (a reduce-only order with
	 * nothing to reduce, a buy the cash cannot pay for).
	 */
	private static Trade fill(int index, Trade.TradeType type, Num orderQuantity, boolean reduces, Num price,
			Num quantity, Num cash, CostModel commission) {
		boolean buy = type == Trade.TradeType.BUY;
		Num traded = orderQuantity;
		if (reduces) {
			if (quantity.isZero() || quantity.isPositive() == buy) {
				return null;
			}
			traded = orderQuantity.min(quantity.abs());
		}
		Trade trade = buy ? Trade.buyAt(index, price, traded, commission)
				: Trade.sellAt(index, price, traded, commission);
		if (buy && !quantity.isNegative() && price.multipliedBy(traded).plus(trade.getCost()).isGreaterThan(cash)) {
			return null;
		}
		return trade;
	}

	/** {@code before < level <= now}; false during warm-up. */
	private static boolean crossesUp(Num before, Num now, Num level) {
		return !before.isNaN() && !now.isNaN() && before.isLessThan(level) && level.isLessThanOrEqual(now);
	}

	/** {@code before > level >= now}; false during warm-up. */
	private static boolean crossesDown(Num before, Num now, Num level) {
		return !before.isNaN() && !now.isNaN() && before.isGreaterThan(level) && level.isGreaterThanOrEqual(now);
	}

	private Num number(double value) {
		return this.num.numOf(value);
	}

	/** TA-Lib's {@code TA_IS_ZERO}. */
	static boolean isZero(Num value) {
		return value.doubleValue() > -EPSILON && value.doubleValue() < EPSILON;
	}

	/**
	 * TA-Lib's Wilder average of {@code values} from bar {@code first}: the plain mean of
	 * the first {@code period} values, then {@code (previous * (period - 1) + value) /
	 * period}. For the RSI's average gain and loss ({@code first = 1}: the first change).
	 */
	static final class WilderAverage extends RecursiveCachedIndicator<Num> {

		private final Indicator<Num> values;

		private final int first;

		private final Num period;

		private final Num carried;

		private final int seeded;

		WilderAverage(Indicator<Num> values, int period, int first) {
			super(values);
			this.values = values;
			this.first = first;
			NumFactory num = values.getBarSeries().numFactory();
			this.period = num.numOf(period);
			this.carried = num.numOf(period - 1);
			this.seeded = first + period - 1;
		}

		@Override
		protected Num calculate(int index) {
			if (index < this.seeded) {
				return NaN.NaN;
			}
			if (index == this.seeded) {
				Num sum = getBarSeries().numFactory().zero();
				for (int i = this.first; i <= index; i++) {
					sum = sum.plus(this.values.getValue(i));
				}
				return sum.dividedBy(this.period);
			}
			return getValue(index - 1).multipliedBy(this.carried)
				.plus(this.values.getValue(index))
				.dividedBy(this.period);
		}

		@Override
		public int getCountOfUnstableBars() {
			return this.seeded;
		}

	}

	/**
	 * TA-Lib's RSI: {@code 100 * gain / (gain + loss)} of the Wilder-averaged up and down
	 * moves, 0 when both are (nearly) zero.
	 */
	static final class TaLibRsi extends CachedIndicator<Num> {

		private final WilderAverage gain;

		private final WilderAverage loss;

		private final Num hundred;

		TaLibRsi(Indicator<Num> values, int period) {
			super(values);
			this.gain = new WilderAverage(new GainIndicator(values), period, 1);
			this.loss = new WilderAverage(new LossIndicator(values), period, 1);
			this.hundred = values.getBarSeries().numFactory().hundred();
		}

		@Override
		protected Num calculate(int index) {
			Num up = this.gain.getValue(index);
			if (up.isNaN()) {
				return NaN.NaN;
			}
			Num total = up.plus(this.loss.getValue(index));
			return isZero(total) ? getBarSeries().numFactory().zero() : this.hundred.multipliedBy(up.dividedBy(total));
		}

		@Override
		public int getCountOfUnstableBars() {
			return this.gain.getCountOfUnstableBars();
		}

	}

	/**
	 * TA-Lib's EMA: the plain mean of the first {@code period} values, then
	 * {@code (value - previous) * k + previous} with {@code k = 2 / (period + 1)}.
	 */
	static final class TaLibEma extends RecursiveCachedIndicator<Num> {

		private final Indicator<Num> values;

		private final int periodBars;

		private final Num period;

		private final Num k;

		TaLibEma(Indicator<Num> values, int period) {
			super(values);
			this.values = values;
			this.periodBars = period;
			NumFactory num = values.getBarSeries().numFactory();
			this.period = num.numOf(period);
			this.k = num.two().dividedBy(num.numOf(period + 1));
		}

		@Override
		protected Num calculate(int index) {
			if (index < this.periodBars - 1) {
				return NaN.NaN;
			}
			if (index == this.periodBars - 1) {
				Num sum = getBarSeries().numFactory().zero();
				for (int i = 0; i <= index; i++) {
					sum = sum.plus(this.values.getValue(i));
				}
				return sum.dividedBy(this.period);
			}
			Num previous = getValue(index - 1);
			return this.values.getValue(index).minus(previous).multipliedBy(this.k).plus(previous);
		}

		@Override
		public int getCountOfUnstableBars() {
			return this.periodBars - 1;
		}

	}

	/**
	 * TA-Lib's Wilder sum (used by its ADX for the directional movements and the true
	 * range): the plain sum over bars {@code 1..period-1}, then
	 * {@code previous - previous / period + value}.
	 */
	static final class WilderSum extends RecursiveCachedIndicator<Num> {

		private final Indicator<Num> values;

		private final int periodBars;

		private final Num period;

		WilderSum(Indicator<Num> values, int period) {
			super(values);
			this.values = values;
			this.periodBars = period;
			this.period = values.getBarSeries().numFactory().numOf(period);
		}

		@Override
		protected Num calculate(int index) {
			if (index < this.periodBars - 1) {
				return NaN.NaN;
			}
			if (index == this.periodBars - 1) {
				Num sum = getBarSeries().numFactory().zero();
				for (int i = 1; i <= index; i++) {
					sum = sum.plus(this.values.getValue(i));
				}
				return sum;
			}
			Num previous = getValue(index - 1);
			return previous.minus(previous.dividedBy(this.period)).plus(this.values.getValue(index));
		}

		@Override
		public int getCountOfUnstableBars() {
			return this.periodBars - 1;
		}

	}

	/**
	 * TA-Lib's DX from bar {@code period}: {@code 100 * |-DI - +DI| / (-DI + +DI)} with
	 * {@code ±DI = 100 * ±DM / TR} over the Wilder sums; NaN when the true range or the
	 * DI sum is (nearly) zero.
	 */
	static final class TaLibDx extends CachedIndicator<Num> {

		private final WilderSum plusDm;

		private final WilderSum minusDm;

		private final WilderSum trueRange;

		private final int period;

		private final Num hundred;

		TaLibDx(BarSeries series, int period) {
			super(series);
			this.plusDm = new WilderSum(new PlusDMIndicator(series), period);
			this.minusDm = new WilderSum(new MinusDMIndicator(series), period);
			this.trueRange = new WilderSum(new TRIndicator(series), period);
			this.period = period;
			this.hundred = series.numFactory().hundred();
		}

		@Override
		protected Num calculate(int index) {
			if (index < this.period) {
				return NaN.NaN;
			}
			Num tr = this.trueRange.getValue(index);
			if (isZero(tr)) {
				return NaN.NaN;
			}
			Num minusDi = this.hundred.multipliedBy(this.minusDm.getValue(index).dividedBy(tr));
			Num plusDi = this.hundred.multipliedBy(this.plusDm.getValue(index).dividedBy(tr));
			Num sum = minusDi.plus(plusDi);
			if (isZero(sum)) {
				return NaN.NaN;
			}
			return this.hundred.multipliedBy(minusDi.minus(plusDi).abs().dividedBy(sum));
		}

		@Override
		public int getCountOfUnstableBars() {
			return this.period;
		}

	}

	/**
	 * TA-Lib's ADX: the mean of the DX over bars {@code period..2*period-1} (skipping
	 * missing ones), then {@code (previous * (period - 1) + dx) / period}, keeping the
	 * previous value where the DX is missing.
	 */
	static final class TaLibAdx extends RecursiveCachedIndicator<Num> {

		private final TaLibDx dx;

		private final int periodBars;

		private final Num period;

		private final Num carried;

		TaLibAdx(BarSeries series, int period) {
			super(series);
			this.dx = new TaLibDx(series, period);
			this.periodBars = period;
			this.period = series.numFactory().numOf(period);
			this.carried = series.numFactory().numOf(period - 1);
		}

		@Override
		protected Num calculate(int index) {
			int start = 2 * this.periodBars - 1;
			if (index < start) {
				return NaN.NaN;
			}
			if (index == start) {
				Num sum = getBarSeries().numFactory().zero();
				for (int i = this.periodBars; i <= index; i++) {
					Num value = this.dx.getValue(i);
					if (!value.isNaN()) {
						sum = sum.plus(value);
					}
				}
				return sum.dividedBy(this.period);
			}
			Num previous = getValue(index - 1);
			Num dxNow = this.dx.getValue(index);
			return dxNow.isNaN() ? previous : previous.multipliedBy(this.carried).plus(dxNow).dividedBy(this.period);
		}

		@Override
		public int getCountOfUnstableBars() {
			return 2 * this.periodBars - 1;
		}

	}

	/**
	 * Sage's trend classification on ta4j indicators: from the lookback on, UP or DOWN by
	 * the sign of {@code ema[i] - ema[i - slopeBars]} when the ADX is at least the
	 * threshold, SIDEWAYS otherwise; {@code null} before.
	 */
	static final class TaLibTrend extends CachedIndicator<Direction> {

		private final TaLibEma ema;

		private final TaLibAdx adx;

		private final int slopeBars;

		private final Num threshold;

		private final int lookback;

		TaLibTrend(Indicator<Num> close, int emaPeriod, int slopeBars, int adxPeriod, Num threshold, int lookback) {
			super(close);
			this.ema = new TaLibEma(close, emaPeriod);
			this.adx = new TaLibAdx(close.getBarSeries(), adxPeriod);
			this.slopeBars = slopeBars;
			this.threshold = threshold;
			this.lookback = lookback;
		}

		@Override
		protected Direction calculate(int index) {
			if (index < this.lookback) {
				return null;
			}
			if (this.adx.getValue(index).isGreaterThanOrEqual(this.threshold)) {
				Num slope = this.ema.getValue(index).minus(this.ema.getValue(index - this.slopeBars));
				if (slope.isPositive()) {
					return Direction.UP;
				}
				if (slope.isNegative()) {
					return Direction.DOWN;
				}
			}
			return Direction.SIDEWAYS;
		}

		@Override
		public int getCountOfUnstableBars() {
			return this.lookback;
		}

	}

}
