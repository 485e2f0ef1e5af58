package sage.engine.strategy;

import sage.engine.param.ParamSpec;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.List;

import sage.engine.indicator.Atr;
import sage.engine.indicator.Rsi;
import sage.engine.indicator.Trend;
import sage.engine.indicator.Trend.Direction;
import sage.engine.sim.InstrumentSpec;
import sage.engine.sim.Order;
import sage.engine.sim.Position;
import sage.engine.sim.Side;

/**
 * {@code hyper-rsi} (from the seed design "HYPERRSI"): RSI mean reversion filtered by
 * {@link Trend}, with pyramiding, three sizing modes and percent exits.
 *
 * <p>
 * Every decision is made at the close of a bar from that close, and every order is a
 * market order that fills at the next bar's open (no stop or limit orders: exits are
 * checked on closes, so a gap past a stop-loss level fills at the next open, not at the
 * level). In order, at each close:
 * <ol>
 * <li><b>Exit</b> (long; a short mirrors it): the close is at or above the average entry
 * times {@code 1 + takeProfitPercent/100}, at or below the average entry times
 * {@code 1 - stopLossPercent/100}, at or below the best close since the first entry times
 * {@code 1 - trailingPercent/100}, RSI is above {@code overbought}, or the trend is
 * {@link Direction#DOWN}: close everything (reduce-only market order). Percent exits
 * whose parameter is 0 are off.</li>
 * <li><b>Pyramid</b>: when long with fewer than {@code maxEntries} entries, the trend is
 * not DOWN, and the close is at least the spacing below the last entry's fill price
 * (spacing = {@code entrySpacingAtr * ATR} when that parameter is above 0, else
 * {@code entrySpacingPercent} of the last entry price): buy one more entry. No new RSI
 * cross is needed for it.</li>
 * <li><b>Enter</b>: when flat, RSI crossed up out of oversold on this bar
 * ({@code previous < oversold <= now}) and the trend is UP or SIDEWAYS: buy. With
 * {@code allowShort = 1}, RSI crossing down out of overbought
 * ({@code previous > overbought >= now}) with the trend DOWN or SIDEWAYS sells
 * short.</li>
 * </ol>
 * Entry size by {@code sizing}: 0 = {@code size}; 1 = {@code equityPercent} of equity
 * (cash plus position at the close) divided by the close; 2 = {@code riskPercent} of
 * equity divided by {@code stopAtr * ATR}, and then that stop is kept: the position also
 * closes when the close is {@code stopAtr * ATR} beyond the average entry, with ATR taken
 * at the close of the bar the first entry filled. The quantity is rounded down to the
 * lot; an entry that rounds to zero or is worth less than the min notional at the close
 * is skipped. A buy the cash cannot pay for is rejected by the simulator and does not
 * count as an entry.
 *
 * <p>
 * Entries are counted from the position the strategy sees, not from the orders it sent:
 * when the position grew since the previous bar, one entry was filled, and its price is
 * the change in cost basis over the change in quantity.
 */
public final class HyperRsi implements Strategy {

	/** The published definition. */
	public static final StrategyDefinition DEFINITION = new StrategyDefinition("hyper-rsi",
			"Enters when RSI leaves oversold (overbought for shorts) with the trend, pyramids at a spacing, "
					+ "exits on take-profit, stop-loss, trailing stop, the opposite RSI extreme or a trend flip.",
			List.of(ParamSpec.integer("rsiPeriod", 14, 2, 500, "RSI period in bars"),
					ParamSpec.decimal("oversold", "30", "0", "100", "enter long when RSI crosses up through this"),
					ParamSpec.decimal("overbought", "70", "0", "100",
							"exit longs above this; enter shorts when RSI crosses down through it"),
					ParamSpec.integer("emaPeriod", 200, 1, 1000, "trend filter: EMA period"),
					ParamSpec.integer("slopeBars", 20, 1, 200, "trend filter: bars the EMA slope is measured over"),
					ParamSpec.integer("adxPeriod", 14, 2, 500, "trend filter: ADX period"),
					ParamSpec.decimal("adxThreshold", "20", "0", "100",
							"trend filter: ADX at or above which the EMA slope counts as a trend"),
					ParamSpec.integer("allowShort", 0, 0, 1, "1 to trade the mirrored short side"),
					ParamSpec.integer("maxEntries", 3, 1, 50, "most entries in one position"),
					ParamSpec.decimal("entrySpacingPercent", "2", "0", "100",
							"adverse move from the last entry before another entry, percent"),
					ParamSpec.decimal("entrySpacingAtr", "0", "0", "100",
							"adverse move in ATRs before another entry; overrides the percent when above 0"),
					ParamSpec.integer("atrPeriod", 14, 2, 500, "ATR period for spacing and ATR sizing"),
					ParamSpec.integer("sizing", 1, 0, 2, "0 fixed size, 1 percent of equity, 2 ATR risk"),
					ParamSpec.decimal("size", "1", "0.00000001", "1000000000", "quantity per entry when sizing = 0"),
					ParamSpec.decimal("equityPercent", "10", "0.01", "100",
							"percent of equity per entry when sizing = 1"),
					ParamSpec.decimal("riskPercent", "1", "0.01", "100",
							"percent of equity risked per entry when sizing = 2"),
					ParamSpec.decimal("stopAtr", "2", "0.1", "100",
							"stop distance in ATRs from the average entry, used when sizing = 2"),
					ParamSpec.decimal("takeProfitPercent", "5", "0", "1000",
							"close all at this gain from the average entry; 0 off"),
					ParamSpec.decimal("stopLossPercent", "5", "0", "100",
							"close all at this loss from the average entry; 0 off"),
					ParamSpec.decimal("trailingPercent", "0", "0", "100",
							"close all this far from the best close since entry; 0 off")),
			HyperRsi::new);

	private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

	private final Rsi.Stream rsi;

	private final Trend.Stream trend;

	private final Atr.Stream atr;

	private final double oversold;

	private final double overbought;

	private final boolean allowShort;

	private final int maxEntries;

	private final double spacingPercent;

	private final double spacingAtr;

	private final int sizing;

	private final BigDecimal size;

	private final BigDecimal equityFraction;

	private final BigDecimal riskFraction;

	private final double stopAtr;

	private final double takeProfit;

	private final double stopLoss;

	private final double trailing;

	private double previousRsi = Double.NaN;

	private Position seen = Position.FLAT;

	/**
	 * The average entry price of {@code seen}: worked out once per fill rather than on
	 * every bar, as it is an exact decimal division.
	 */
	private double seenAverage;

	private int entries;

	private double lastEntryPrice;

	private double bestClose;

	private double atrStopDistance = Double.POSITIVE_INFINITY;

	private HyperRsi(StrategyParams params) {
		this.rsi = Rsi.stream(params.intValue("rsiPeriod"));
		this.trend = Trend.stream(params.intValue("emaPeriod"), params.intValue("slopeBars"),
				params.intValue("adxPeriod"), params.doubleValue("adxThreshold"));
		// ATR spaces entries and sizes them only when asked to; otherwise it is not
		// computed
		boolean needsAtr = params.intValue("sizing") == 2 || params.decimal("entrySpacingAtr").signum() > 0;
		this.atr = needsAtr ? Atr.stream(params.intValue("atrPeriod")) : null;
		this.oversold = params.doubleValue("oversold");
		this.overbought = params.doubleValue("overbought");
		if (this.oversold >= this.overbought) {
			throw new IllegalArgumentException("hyper-rsi: oversold must be below overbought: " + params.values());
		}
		this.allowShort = params.intValue("allowShort") == 1;
		this.maxEntries = params.intValue("maxEntries");
		this.spacingPercent = params.doubleValue("entrySpacingPercent") / 100;
		this.spacingAtr = params.doubleValue("entrySpacingAtr");
		this.sizing = params.intValue("sizing");
		this.size = params.decimal("size");
		this.equityFraction = params.decimal("equityPercent").divide(HUNDRED);
		this.riskFraction = params.decimal("riskPercent").divide(HUNDRED);
		this.stopAtr = params.doubleValue("stopAtr");
		this.takeProfit = params.doubleValue("takeProfitPercent") / 100;
		this.stopLoss = params.doubleValue("stopLossPercent") / 100;
		this.trailing = params.doubleValue("trailingPercent") / 100;
	}

	@Override
	public void onBar(StrategyContext context) {
		ClosedBars bars = context.bars();
		int t = bars.size() - 1;
		double close = bars.lastClose();
		double rsiNow = this.rsi.next(close);
		double rsiBefore = this.previousRsi;
		this.previousRsi = rsiNow;
		Direction direction = this.trend.next(bars.high(t), bars.low(t), close);
		double atrNow = (this.atr != null) ? this.atr.next(bars.high(t), bars.low(t), close) : Double.NaN;
		Position position = context.position();
		observeEntries(position, close, atrNow);
		if (position.isFlat()) {
			enterIfSignalled(context, rsiBefore, rsiNow, direction, close, atrNow);
			return;
		}
		int sign = position.quantity().signum();
		if (shouldExit(position, sign, close, rsiNow, direction)) {
			context.submit(Order.market((sign > 0) ? Side.SELL : Side.BUY, position.quantity().abs()).asReduceOnly());
			return;
		}
		if (this.entries < this.maxEntries && direction != againstTrend(sign)
				&& sign * (this.lastEntryPrice - close) >= spacing(atrNow)) {
			enter(context, (sign > 0) ? Side.BUY : Side.SELL, close, atrNow);
		}
	}

	/** Updates the entry count, last entry price and best close from the position. */
	private void observeEntries(Position position, double close, double atrNow) {
		// the simulator hands out the same position until a fill changes it, so the exact
		// decimal work here is done once per fill rather than once per bar
		if (position != this.seen) {
			Position before = this.seen;
			this.seen = position;
			this.seenAverage = position.isFlat() ? 0.0 : position.averagePrice().doubleValue();
			if (position.isFlat()) {
				this.entries = 0;
			}
			else if (before.isFlat() || before.quantity().signum() != position.quantity().signum()) {
				this.entries = 1;
				this.lastEntryPrice = this.seenAverage;
				this.bestClose = close;
				// sizing 2 risked a stop this far away; no ATR yet means no such stop
				this.atrStopDistance = (this.sizing == 2 && !Double.isNaN(atrNow)) ? this.stopAtr * atrNow
						: Double.POSITIVE_INFINITY;
			}
			else if (position.quantity().abs().compareTo(before.quantity().abs()) > 0) {
				this.entries++;
				// exact: one fill happened, its price is the change in basis per unit
				this.lastEntryPrice = position.costBasis()
					.subtract(before.costBasis())
					.divide(position.quantity().subtract(before.quantity()), MathContext.DECIMAL64)
					.doubleValue();
			}
		}
		if (!position.isFlat()) {
			this.bestClose = position.isLong() ? Math.max(this.bestClose, close) : Math.min(this.bestClose, close);
		}
	}

	private void enterIfSignalled(StrategyContext context, double rsiBefore, double rsiNow, Direction direction,
			double close, double atrNow) {
		if (direction == null) {
			return;
		}
		// NaN during warm-up compares false: no cross
		if (rsiBefore < this.oversold && this.oversold <= rsiNow && direction != Direction.DOWN) {
			enter(context, Side.BUY, close, atrNow);
		}
		else if (this.allowShort && rsiBefore > this.overbought && this.overbought >= rsiNow
				&& direction != Direction.UP) {
			enter(context, Side.SELL, close, atrNow);
		}
	}

	private boolean shouldExit(Position position, int sign, double close, double rsiNow, Direction direction) {
		double average = this.seenAverage;
		double gain = sign * (close - average) / average;
		boolean takeProfit = this.takeProfit > 0 && gain >= this.takeProfit;
		boolean stopLoss = (this.stopLoss > 0 && -gain >= this.stopLoss)
				|| sign * (average - close) >= this.atrStopDistance;
		boolean trailingStop = this.trailing > 0 && sign * (this.bestClose - close) >= this.trailing * this.bestClose;
		boolean oppositeExtreme = (sign > 0) ? rsiNow > this.overbought : rsiNow < this.oversold;
		return takeProfit || stopLoss || trailingStop || oppositeExtreme || direction == againstTrend(sign);
	}

	private static Direction againstTrend(int sign) {
		return (sign > 0) ? Direction.DOWN : Direction.UP;
	}

	private double spacing(double atrNow) {
		if (this.spacingAtr > 0) {
			// no ATR yet: no spacing can be measured, so no further entry
			return Double.isNaN(atrNow) ? Double.POSITIVE_INFINITY : this.spacingAtr * atrNow;
		}
		return this.spacingPercent * this.lastEntryPrice;
	}

	private void enter(StrategyContext context, Side side, double close, double atrNow) {
		BigDecimal price = BigDecimal.valueOf(close);
		BigDecimal wanted = switch (this.sizing) {
			case 0 -> this.size;
			case 1 -> equity(context, price).multiply(this.equityFraction).divide(price, MathContext.DECIMAL64);
			default -> (Double.isNaN(atrNow) || atrNow <= 0) ? BigDecimal.ZERO
					: equity(context, price).multiply(this.riskFraction)
						.divide(BigDecimal.valueOf(this.stopAtr * atrNow), MathContext.DECIMAL64);
		};
		InstrumentSpec instrument = context.instrument();
		BigDecimal quantity = instrument.roundQty(wanted.max(BigDecimal.ZERO));
		if (quantity.signum() == 0 || price.multiply(quantity).compareTo(instrument.minNotional()) < 0) {
			return;
		}
		context.submit(Order.market(side, quantity));
	}

	/** Cash plus the position at {@code price}. */
	private static BigDecimal equity(StrategyContext context, BigDecimal price) {
		return context.cash().add(context.position().marketValue(price));
	}

}
