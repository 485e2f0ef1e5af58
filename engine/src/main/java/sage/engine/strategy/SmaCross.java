package sage.engine.strategy;

import sage.engine.param.ParamSpec;

import java.math.BigDecimal;
import java.util.List;

import sage.engine.indicator.Sma;
import sage.engine.sim.Order;
import sage.engine.sim.Side;

/**
 * {@code sma-cross}: long only. When the fast SMA crosses above the slow SMA and the
 * position is flat, buy {@code size} at market; when it crosses below and the position is
 * long, close at market. A cross needs both averages defined on the previous bar and on
 * this one: the fast was at or below (at or above) the slow and is now strictly above
 * (below).
 */
public final class SmaCross implements Strategy {

	/** The published definition. */
	public static final StrategyDefinition DEFINITION = new StrategyDefinition("sma-cross",
			"Buys when the fast SMA crosses above the slow SMA, closes when it crosses below; long only.",
			List.of(ParamSpec.integer("fast", 10, 1, 1000, "fast SMA period in bars"),
					ParamSpec.integer("slow", 30, 2, 5000, "slow SMA period in bars"),
					ParamSpec.decimal("size", "100", "0.00000001", "1000000000", "quantity to buy")),
			SmaCross::new);

	private final Sma.Stream fast;

	private final Sma.Stream slow;

	private final BigDecimal size;

	private double previousSpread = Double.NaN;

	private SmaCross(StrategyParams params) {
		if (params.intValue("fast") >= params.intValue("slow")) {
			throw new IllegalArgumentException("sma-cross: fast must be shorter than slow: " + params.values());
		}
		this.fast = Sma.stream(params.intValue("fast"));
		this.slow = Sma.stream(params.intValue("slow"));
		this.size = params.decimal("size");
	}

	@Override
	public void onBar(StrategyContext context) {
		double close = context.bars().lastClose();
		double spread = this.fast.next(close) - this.slow.next(close);
		boolean crossedUp = this.previousSpread <= 0 && spread > 0;
		boolean crossedDown = this.previousSpread >= 0 && spread < 0;
		this.previousSpread = spread;
		if (crossedUp && context.position().isFlat()) {
			context.submit(Order.market(Side.BUY, this.size));
		}
		else if (crossedDown && context.position().isLong()) {
			context.submit(Order.market(Side.SELL, context.position().quantity()).asReduceOnly());
		}
	}

}
