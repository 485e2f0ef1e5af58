package sage.engine.strategy;

import sage.engine.param.ParamSpec;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import sage.engine.sim.InstrumentSpec;
import sage.engine.sim.OpenOrder;
import sage.engine.sim.Order;
import sage.engine.sim.Position;
import sage.engine.sim.Side;

/**
 * {@code grid}: a long-only grid of resting limit orders between {@code lower} and
 * {@code upper}.
 *
 * <p>
 * The range holds {@code levels} prices, evenly spaced ({@code geometric = 0}: equal
 * differences) or in equal ratios ({@code geometric = 1}); the lowest is {@code lower},
 * the highest {@code upper}. Each level but the highest is a slot that cycles through
 * three states: idle; a GTC buy limit of {@code quantityPerLevel} at its level (price
 * rounded down to the tick); once that buy fills, a GTC reduce-only sell limit of the
 * same quantity one level up (price rounded up). When the sell fills the slot is idle
 * again and one grid cycle is complete ({@link #completedCycles()}).
 *
 * <p>
 * At each close, in order:
 * <ol>
 * <li>fills are read from the working orders: an order of a slot that is no longer
 * working has filled (a buy the simulator refused for cash shows as a missing position
 * and puts its slot back to idle);</li>
 * <li>grid take-profit / stop-loss: when equity (cash plus position at the close) is at
 * least {@code 1 + takeProfitPercent/100}, or at most {@code 1 - stopLossPercent/100},
 * times the equity at the first bar, the grid stops (0 = off);</li>
 * <li>range: a close above {@code upper} or below {@code lower} stops the grid
 * ({@code rebalance = 0}) or re-centres it ({@code rebalance = 1}): every order is
 * cancelled, the position closed, and the range shifted so its middle (arithmetic mean;
 * geometric mean for a geometric grid) is the close; an arithmetic range that would reach
 * zero or below stops instead;</li>
 * <li>every idle slot whose level lies below the close gets its buy, as long as the cash
 * not already committed to working buys covers its value plus a 1% fee allowance; a slot
 * worth less than the min notional never trades.</li>
 * </ol>
 * Stopping cancels every working order and closes the position with a reduce-only market
 * order at the next open; a stopped grid places no more orders. The quantity is rounded
 * down to the lot; when it rounds to zero the grid never trades.
 */
public final class Grid implements Strategy {

	/** The published definition. */
	public static final StrategyDefinition DEFINITION = new StrategyDefinition("grid",
			"Resting buy limits at grid levels below the price, each filled buy sold one level up; "
					+ "stops or re-centres when the price leaves the range.",
			List.of(ParamSpec.decimal("lower", "0", "0", "1000000000",
					"lowest grid price; 0 with upper 0 centres the grid on the first close"),
					ParamSpec.decimal("upper", "0", "0", "1000000000",
							"highest grid price; 0 with lower 0 centres the grid on the first close"),
					ParamSpec.decimal("rangePercent", "20", "0.1", "90",
							"with lower and upper 0: the grid spans the first close plus and minus this"),
					ParamSpec.integer("levels", 10, 2, 200, "number of grid prices, both ends included"),
					ParamSpec.integer("geometric", 1, 0, 1, "0 equal differences, 1 equal ratios"),
					ParamSpec.decimal("quantityPerLevel", "1", "0.00000001", "1000000000",
							"quantity bought at each level"),
					ParamSpec.integer("rebalance", 1, 0, 1,
							"0 stop when the close leaves the range, 1 re-centre the range on it"),
					ParamSpec.decimal("takeProfitPercent", "0", "0", "1000",
							"stop the grid at this gain of equity over the start; 0 off"),
					ParamSpec.decimal("stopLossPercent", "0", "0", "100",
							"stop the grid at this loss of equity from the start; 0 off")),
			Grid::new);

	/** Cash kept back per buy for its fee, so that a resting buy is not refused. */
	private static final BigDecimal FEE_ALLOWANCE = new BigDecimal("1.01");

	private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

	private final int count;

	private final boolean geometric;

	private final BigDecimal quantityPerLevel;

	private final boolean rebalance;

	private final BigDecimal takeProfit;

	private final BigDecimal stopLoss;

	private final GridSlot[] slots;

	/** Null until the first bar when the grid is centred on the first close. */
	private BigDecimal[] levels;

	private final BigDecimal rangeShare;

	private BigDecimal startEquity;

	private boolean stopped;

	private int cycles;

	private Grid(StrategyParams params) {
		BigDecimal lower = params.decimal("lower");
		BigDecimal upper = params.decimal("upper");
		boolean centred = lower.signum() == 0 && upper.signum() == 0;
		if (!centred && (lower.signum() == 0 || lower.compareTo(upper) >= 0)) {
			throw new IllegalArgumentException(
					"grid: lower must be above 0 and below upper (or both 0 to centre on the first close): "
							+ params.values());
		}
		this.rangeShare = params.decimal("rangePercent").divide(HUNDRED);
		this.count = params.intValue("levels");
		this.geometric = params.intValue("geometric") == 1;
		this.quantityPerLevel = params.decimal("quantityPerLevel");
		this.rebalance = params.intValue("rebalance") == 1;
		this.takeProfit = params.decimal("takeProfitPercent").divide(HUNDRED);
		this.stopLoss = params.decimal("stopLossPercent").divide(HUNDRED);
		// centred grids learn their range from the first close they see
		this.levels = centred ? null : levels(lower, upper, this.count, this.geometric);
		this.slots = new GridSlot[this.count - 1];
		for (int i = 0; i < this.slots.length; i++) {
			this.slots[i] = GridSlot.IDLE;
		}
	}

	/**
	 * The grid prices from {@code lower} to {@code upper}, unrounded (to 16 significant
	 * digits).
	 */
	static BigDecimal[] levels(BigDecimal lower, BigDecimal upper, int count, boolean geometric) {
		BigDecimal[] out = new BigDecimal[count];
		BigDecimal steps = BigDecimal.valueOf(count - 1L);
		double ratio = upper.doubleValue() / lower.doubleValue();
		for (int i = 0; i < count; i++) {
			out[i] = geometric
					? lower.multiply(BigDecimal.valueOf(Math.pow(ratio, i / (double) (count - 1))),
							MathContext.DECIMAL64)
					: lower.add(
							upper.subtract(lower).multiply(BigDecimal.valueOf(i)).divide(steps, MathContext.DECIMAL64));
		}
		// the ends exactly as given, whatever pow did
		out[0] = lower;
		out[count - 1] = upper;
		return out;
	}

	/** Grid cycles completed so far: buys at a level whose sell one level up filled. */
	public int completedCycles() {
		return this.cycles;
	}

	/** The current grid prices, lowest first, before tick rounding. */
	public List<BigDecimal> levels() {
		return (this.levels != null) ? List.of(this.levels) : List.of();
	}

	/**
	 * Whether the grid has stopped (left its range, or hit its take-profit or stop-loss).
	 */
	public boolean isStopped() {
		return this.stopped;
	}

	@Override
	public void onBar(StrategyContext context) {
		BigDecimal close = BigDecimal.valueOf(context.bars().lastClose());
		Position position = context.position();
		BigDecimal equity = context.cash().add(position.marketValue(close));
		if (this.startEquity == null) {
			this.startEquity = equity;
		}
		if (this.levels == null) {
			this.levels = levels(close.multiply(BigDecimal.ONE.subtract(this.rangeShare)),
					close.multiply(BigDecimal.ONE.add(this.rangeShare)), this.count, this.geometric);
		}
		if (this.stopped) {
			return;
		}
		readFills(context, position);
		if (hitTakeProfitOrStopLoss(equity)) {
			stop(context);
			return;
		}
		if (close.compareTo(this.levels[0]) < 0 || close.compareTo(this.levels[this.count - 1]) > 0) {
			stop(context);
			if (!this.rebalance || !recentre(close)) {
				return;
			}
			this.stopped = false;
		}
		placeBuys(context, close);
	}

	private void readFills(StrategyContext context, Position position) {
		Set<Long> working = context.openOrders().stream().map(OpenOrder::id).collect(Collectors.toSet());
		List<Integer> bought = new ArrayList<>();
		int held = 0;
		for (int i = 0; i < this.slots.length; i++) {
			GridSlot slot = this.slots[i];
			if (slot.state() == GridSlot.State.BUYING && !working.contains(slot.orderId())) {
				bought.add(i);
				this.slots[i] = GridSlot.held(slot.orderId());
			}
			else if (slot.state() == GridSlot.State.SELLING && !working.contains(slot.orderId())) {
				this.slots[i] = GridSlot.IDLE;
				this.cycles++;
			}
			if (this.slots[i].state() != GridSlot.State.IDLE && this.slots[i].state() != GridSlot.State.BUYING) {
				held++;
			}
		}
		BigDecimal quantity = context.instrument().roundQty(this.quantityPerLevel);
		// buys refused for cash left no position behind: undo the newest ones
		for (int k = bought.size() - 1; k >= 0
				&& position.quantity().compareTo(quantity.multiply(BigDecimal.valueOf(held))) < 0; k--) {
			this.slots[bought.get(k)] = GridSlot.IDLE;
			held--;
		}
		InstrumentSpec instrument = context.instrument();
		for (int i : bought) {
			if (this.slots[i].state() == GridSlot.State.HELD) {
				BigDecimal price = instrument.roundPrice(this.levels[i + 1], Side.SELL);
				long id = context.submit(Order.limit(Side.SELL, quantity, price).asReduceOnly());
				this.slots[i] = GridSlot.selling(id);
			}
		}
	}

	private boolean hitTakeProfitOrStopLoss(BigDecimal equity) {
		BigDecimal change = equity.subtract(this.startEquity);
		boolean takeProfit = this.takeProfit.signum() > 0
				&& change.compareTo(this.startEquity.multiply(this.takeProfit)) >= 0;
		boolean stopLoss = this.stopLoss.signum() > 0
				&& change.negate().compareTo(this.startEquity.multiply(this.stopLoss)) >= 0;
		return takeProfit || stopLoss;
	}

	/** Cancels every working order, closes the position, marks the grid stopped. */
	private void stop(StrategyContext context) {
		for (OpenOrder order : context.openOrders()) {
			context.cancel(order.id());
		}
		Position position = context.position();
		if (!position.isFlat()) {
			context.submit(
					Order.market(position.isLong() ? Side.SELL : Side.BUY, position.quantity().abs()).asReduceOnly());
		}
		for (int i = 0; i < this.slots.length; i++) {
			this.slots[i] = GridSlot.IDLE;
		}
		this.stopped = true;
	}

	/**
	 * Shifts the range so that its middle is {@code close}.
	 * @return false when an arithmetic range would reach zero
	 */
	private boolean recentre(BigDecimal close) {
		BigDecimal lower = this.levels[0];
		BigDecimal upper = this.levels[this.count - 1];
		if (this.geometric) {
			BigDecimal middle = lower.multiply(upper).sqrt(MathContext.DECIMAL64);
			BigDecimal ratio = close.divide(middle, MathContext.DECIMAL64);
			this.levels = levels(lower.multiply(ratio, MathContext.DECIMAL64),
					upper.multiply(ratio, MathContext.DECIMAL64), this.count, true);
			return true;
		}
		BigDecimal shift = close.subtract(lower.add(upper).divide(BigDecimal.TWO));
		if (lower.add(shift).signum() <= 0) {
			return false;
		}
		this.levels = levels(lower.add(shift), upper.add(shift), this.count, false);
		return true;
	}

	private void placeBuys(StrategyContext context, BigDecimal close) {
		InstrumentSpec instrument = context.instrument();
		BigDecimal quantity = instrument.roundQty(this.quantityPerLevel);
		if (quantity.signum() == 0) {
			return;
		}
		BigDecimal committed = BigDecimal.ZERO;
		for (int i = 0; i < this.slots.length; i++) {
			if (this.slots[i].state() == GridSlot.State.BUYING) {
				committed = committed.add(buyPrice(instrument, i).multiply(quantity).multiply(FEE_ALLOWANCE));
			}
		}
		BigDecimal cash = context.cash();
		// nearest levels first: they are the likeliest to fill
		for (int i = this.slots.length - 1; i >= 0; i--) {
			BigDecimal price = buyPrice(instrument, i);
			if (this.slots[i].state() != GridSlot.State.IDLE || price.compareTo(close) >= 0 || price.signum() <= 0
					|| price.multiply(quantity).compareTo(instrument.minNotional()) < 0) {
				continue;
			}
			BigDecimal needed = price.multiply(quantity).multiply(FEE_ALLOWANCE);
			if (committed.add(needed).compareTo(cash) > 0) {
				continue;
			}
			committed = committed.add(needed);
			this.slots[i] = GridSlot.buying(context.submit(Order.limit(Side.BUY, quantity, price)));
		}
	}

	private BigDecimal buyPrice(InstrumentSpec instrument, int slot) {
		return instrument.roundPrice(this.levels[slot], Side.BUY);
	}

}
