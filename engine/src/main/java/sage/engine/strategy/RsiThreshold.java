package sage.engine.strategy;

import sage.engine.param.ParamSpec;

import java.math.BigDecimal;
import java.util.List;

import sage.engine.indicator.Rsi;
import sage.engine.sim.Order;
import sage.engine.sim.Side;

/**
 * {@code rsi-threshold}: long only. When flat and RSI(period) is below {@code low}, buy
 * {@code size} at market; when long and RSI is above {@code high}, close at market. RSI
 * is Wilder's, fed the closes one bar at a time; during its warm-up nothing happens.
 */
public final class RsiThreshold implements Strategy {

	/** The published definition. */
	public static final StrategyDefinition DEFINITION = new StrategyDefinition("rsi-threshold",
			"Buys when RSI falls below low, closes when it rises above high; long only.",
			List.of(ParamSpec.integer("period", 14, 2, 500, "RSI period in bars"),
					ParamSpec.decimal("low", "30", "0", "100", "buy when flat and RSI is below this"),
					ParamSpec.decimal("high", "70", "0", "100", "close when long and RSI is above this"),
					ParamSpec.decimal("size", "100", "0.00000001", "1000000000", "quantity to buy")),
			RsiThreshold::new);

	private final Rsi.Stream rsi;

	private final double low;

	private final double high;

	private final BigDecimal size;

	private RsiThreshold(StrategyParams params) {
		this.rsi = Rsi.stream(params.intValue("period"));
		this.low = params.doubleValue("low");
		this.high = params.doubleValue("high");
		this.size = params.decimal("size");
	}

	@Override
	public void onBar(StrategyContext context) {
		// NaN during warm-up compares false both ways: no trade
		double value = this.rsi.next(context.bars().lastClose());
		if (context.position().isFlat() && value < this.low) {
			context.submit(Order.market(Side.BUY, this.size));
		}
		else if (context.position().isLong() && value > this.high) {
			context.submit(Order.market(Side.SELL, context.position().quantity()).asReduceOnly());
		}
	}

}
