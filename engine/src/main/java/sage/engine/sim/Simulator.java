package sage.engine.sim;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;

import sage.engine.series.BarSeries;

/**
 * Event-driven simulation of one instrument over a {@link BarSeries}, one bar per
 * {@link #step()}.
 *
 * <p>
 * Orders are decided at the close of the bar last stepped and first work on the next bar,
 * so a market order decided on bar {@code t} fills at the open of bar {@code t + 1}
 * (backtrader's default); an order submitted after the last bar never fills. Within a
 * bar, orders fill in three passes, each in submission order:
 * <ol>
 * <li>at the open: market orders; stops the open gapped through (at the open, not the
 * stop price); limits the open already satisfies (at the better open);</li>
 * <li>stops inside the bar's range, at their stop price (a stop-limit whose limit is
 * beyond its stop rests as a limit from the next bar);</li>
 * <li>limits the bar's range touched, at their limit price.</li>
 * </ol>
 * Stops go before limits on purpose: when a protective stop and a target both lie inside
 * one bar, the adverse one is assumed to have happened first. After the fills the
 * position is marked at the bar's close and the equity recorded.
 *
 * <p>
 * Orders are checked when submitted: quantity on the lot, prices on the tick, value at
 * least the min notional (a market order is valued at the last close). They are checked
 * again when they would fill: a reduce-only order fills at most the open quantity and is
 * cancelled when there is nothing to reduce; a buy made while flat or long is rejected
 * when cash cannot pay for it and its fee. Shorts, and buys that cover or flip a short,
 * are not margin-checked: this simulator models no margin.
 *
 * <p>
 * Not thread-safe; one simulator per run.
 */
public final class Simulator {

	private final BarSeries bars;

	private final SimulationSettings settings;

	private final FillRule fillRule;

	private final Ledger ledger;

	private final List<WorkingOrder> working = new ArrayList<>();

	private final List<Fill> fills = new ArrayList<>();

	private final List<Rejection> rejections = new ArrayList<>();

	private final double[] equity;

	private final double[] positionQuantity;

	private int next;

	private long nextOrderId = 1;

	/**
	 * A simulation before its first bar.
	 * @param bars the bars, oldest first
	 * @param settings instrument, fees, slippage and initial cash
	 */
	public Simulator(BarSeries bars, SimulationSettings settings) {
		this.bars = Objects.requireNonNull(bars, "bars");
		this.settings = Objects.requireNonNull(settings, "settings");
		this.fillRule = new FillRule(settings.instrument(), settings.slippage());
		this.ledger = new Ledger(settings.initialCash());
		this.equity = new double[bars.size()];
		this.positionQuantity = new double[bars.size()];
	}

	/** Whether a bar is left to step. */
	public boolean hasNext() {
		return this.next < this.bars.size();
	}

	/**
	 * Processes the next bar: fills working orders against it, cancels what is left of
	 * IOC orders, marks the position at the close.
	 * @return the index of the bar processed
	 */
	public int step() {
		if (!hasNext()) {
			throw new IllegalStateException("no bar left after " + this.bars.size());
		}
		int t = this.next++;
		// most bars have no order working: they skip the three passes and what they
		// allocate
		if (!this.working.isEmpty()) {
			fillWorking(t);
		}
		Position position = this.ledger.position();
		this.equity[t] = position.isFlat() ? this.ledger.cashValue()
				: this.ledger.cash().add(position.marketValue(BigDecimal.valueOf(this.bars.close(t)))).doubleValue();
		this.positionQuantity[t] = position.isFlat() ? 0.0 : position.quantity().doubleValue();
		return t;
	}

	private void fillWorking(int t) {
		double high = this.bars.high(t);
		double low = this.bars.low(t);
		double open = this.bars.open(t);
		fillEach(t, (w) -> this.fillRule.atOpen(w, t, open));
		fillEach(t, (w) -> this.fillRule.intrabarStop(w, t, high, low));
		fillEach(t, (w) -> this.fillRule.intrabarLimit(w, t, high, low));
		for (Iterator<WorkingOrder> it = this.working.iterator(); it.hasNext();) {
			WorkingOrder w = it.next();
			if (w.order.timeInForce() == TimeInForce.IOC && w.firstBar <= t) {
				it.remove();
				this.rejections.add(new Rejection(w.id, t, "IOC order did not fill on its bar"));
			}
		}
	}

	private void fillEach(int t, Function<WorkingOrder, FillRule.Match> rule) {
		for (Iterator<WorkingOrder> it = this.working.iterator(); it.hasNext();) {
			WorkingOrder w = it.next();
			FillRule.Match match = rule.apply(w);
			if (match != null) {
				it.remove();
				execute(w, match, t);
			}
		}
	}

	private void execute(WorkingOrder w, FillRule.Match match, int t) {
		Order order = w.order;
		Position position = this.ledger.position();
		BigDecimal quantity = order.quantity();
		int direction = (order.side() == Side.BUY) ? 1 : -1;
		if (order.reduceOnly()) {
			if (position.isFlat() || position.quantity().signum() == direction) {
				this.rejections.add(new Rejection(w.id, t, "reduce-only order has no position to reduce"));
				return;
			}
			quantity = quantity.min(position.quantity().abs());
		}
		BigDecimal fee = this.settings.fees().fee(match.price(), quantity, match.liquidity());
		if (order.side() == Side.BUY && position.quantity().signum() >= 0
				&& match.price().multiply(quantity).add(fee).compareTo(this.ledger.cash()) > 0) {
			this.rejections.add(new Rejection(w.id, t, "insufficient cash"));
			return;
		}
		Fill fill = new Fill(w.id, t, this.bars.time(t), order.side(), quantity, match.price(), fee, match.liquidity());
		this.ledger.apply(fill);
		this.fills.add(fill);
	}

	/**
	 * Submits an order decided at the close of the bar last stepped; it first works on
	 * the next bar.
	 * @return the order's id, also when it was rejected (see {@link #rejections()})
	 * @throws IllegalStateException before the first bar has been stepped
	 */
	public long submit(Order order) {
		Objects.requireNonNull(order, "order");
		if (this.next == 0) {
			throw new IllegalStateException("orders are decided at the close of a bar: step first");
		}
		long id = this.nextOrderId++;
		String problem = problemWith(order);
		if (problem != null) {
			this.rejections.add(new Rejection(id, this.next - 1, problem));
		}
		else {
			this.working.add(new WorkingOrder(id, order, this.next));
		}
		return id;
	}

	private String problemWith(Order order) {
		InstrumentSpec instrument = this.settings.instrument();
		if (!instrument.isOnLot(order.quantity())) {
			return "quantity " + order.quantity() + " is not a multiple of the lot " + instrument.lotSize();
		}
		BigDecimal reference = switch (order) {
			case Order.Market m -> BigDecimal.valueOf(this.bars.close(this.next - 1));
			case Order.Limit l -> l.limitPrice();
			case Order.Stop s -> s.stopPrice();
			case Order.StopLimit s -> s.limitPrice();
		};
		boolean onTick = switch (order) {
			case Order.Market m -> true;
			case Order.Limit l -> instrument.isOnTick(l.limitPrice());
			case Order.Stop s -> instrument.isOnTick(s.stopPrice());
			case Order.StopLimit s -> instrument.isOnTick(s.stopPrice()) && instrument.isOnTick(s.limitPrice());
		};
		if (!onTick) {
			return "price is not a multiple of the tick " + instrument.tickSize();
		}
		if (reference.multiply(order.quantity()).compareTo(instrument.minNotional()) < 0) {
			return "order value is below the min notional " + instrument.minNotional();
		}
		return null;
	}

	/**
	 * Cancels a working order.
	 * @return whether an order with that id was working
	 */
	public boolean cancel(long orderId) {
		return this.working.removeIf((w) -> w.id == orderId);
	}

	/** The orders still working, in submission order. */
	public List<OpenOrder> openOrders() {
		return this.working.stream().map((w) -> new OpenOrder(w.id, w.order)).toList();
	}

	/** The ledger now. */
	public Account account() {
		return this.ledger.account();
	}

	/** The open position now. */
	public Position position() {
		return this.ledger.position();
	}

	/** The cash now. */
	public BigDecimal cash() {
		return this.ledger.cash();
	}

	/** The number of bars stepped so far. */
	public int barsStepped() {
		return this.next;
	}

	/** The bars being simulated. */
	public BarSeries bars() {
		return this.bars;
	}

	/** The fills so far, oldest first. */
	public List<Fill> fills() {
		return List.copyOf(this.fills);
	}

	/** Orders refused or cancelled by the simulator so far. */
	public List<Rejection> rejections() {
		return List.copyOf(this.rejections);
	}

	/** What happened over the bars stepped so far. */
	public BacktestResult result() {
		BigDecimal finalEquity = (this.next == 0) ? this.settings.initialCash()
				: this.ledger.account().equity(BigDecimal.valueOf(this.bars.close(this.next - 1)));
		// After the last bar nothing writes the curves again (step needs a bar left), so
		// a finished run hands them over as they are; a result taken part-way copies
		// what has been stepped. BacktestResult never writes them and returns copies.
		// times() is a copy already.
		boolean finished = !hasNext();
		long[] times = finished ? this.bars.times() : Arrays.copyOf(this.bars.times(), this.next);
		double[] equity = finished ? this.equity : Arrays.copyOf(this.equity, this.next);
		double[] quantity = finished ? this.positionQuantity : Arrays.copyOf(this.positionQuantity, this.next);
		return new BacktestResult(this.settings.initialCash(), times, equity, quantity, fills(), this.ledger.trades(),
				rejections(), this.ledger.account(), finalEquity);
	}

}
