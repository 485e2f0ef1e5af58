package sage.engine.strategy;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import sage.engine.series.BarSeries;
import sage.engine.sim.Account;
import sage.engine.sim.Fill;
import sage.engine.sim.InstrumentSpec;
import sage.engine.sim.OpenOrder;
import sage.engine.sim.Order;
import sage.engine.sim.Position;
import sage.engine.sim.Rejection;
import sage.engine.sim.SimulationSettings;
import sage.engine.sim.Simulator;

/**
 * A strategy run one bar at a time on the simulator, as paper trading runs it: the same
 * rules and the same order of events as {@link Backtest#run}, with two differences. Every
 * order the strategy submits passes an {@link OrderGate} first (pre-trade checks, and the
 * place where a runtime commits the order before the simulator hears of it), and each
 * {@link #step()} reports what happened to the orders on that bar, for the runtime to
 * keep.
 *
 * <p>
 * Orders are numbered by the strategy's submissions, 1, 2, 3 ... in the order it made
 * them, refused ones included. Given the same bars, settings, strategy and gate
 * decisions, the numbers are the same on every run: a runtime that derives client order
 * ids from them places the same orders under the same ids when it runs a bot again after
 * a restart.
 *
 * <p>
 * Not thread-safe; one run per bot.
 */
public final class StrategyRun {

	private final Simulator simulator;

	private final Strategy strategy;

	private final OrderGate gate;

	private final ClosedBars closed;

	private final Context context;

	/** Simulator order id to submission number. */
	private final Map<Long, Integer> numbers = new HashMap<>();

	/** Submission number to simulator order id, for orders the simulator took. */
	private final Map<Integer, Long> simulatorIds = new HashMap<>();

	private int submissions;

	private int fillsSeen;

	private int rejectionsSeen;

	/** What happened on the bar being stepped. */
	private List<OrderEvent> events = new ArrayList<>();

	/**
	 * A run before its first bar.
	 * @param bars the bars, oldest first
	 * @param settings instrument, fees, slippage and the cash the strategy starts with
	 * @param strategy a new strategy instance for this run
	 * @param gate asked about every order before the simulator sees it
	 */
	public StrategyRun(BarSeries bars, SimulationSettings settings, Strategy strategy, OrderGate gate) {
		this.simulator = new Simulator(bars, settings);
		this.strategy = Objects.requireNonNull(strategy, "strategy");
		this.gate = Objects.requireNonNull(gate, "gate");
		this.closed = new ClosedBars(bars, 0);
		this.context = new Context(settings.instrument());
	}

	/** Whether a bar is left. */
	public boolean hasNext() {
		return this.simulator.hasNext();
	}

	/**
	 * Processes the next bar: fills the working orders against it, then lets the strategy
	 * decide at its close.
	 * @return what happened to orders on this bar, in order: fills and orders the
	 * simulator ended while filling, then what the strategy submitted and cancelled
	 */
	public BarOutcome step() {
		this.events = new ArrayList<>();
		int bar = this.simulator.step();
		collectFills();
		collectRejections();
		this.closed.advance();
		this.strategy.onBar(this.context);
		collectRejections();
		return new BarOutcome(bar, List.copyOf(this.events));
	}

	/**
	 * Cancels an order from outside the strategy (a person, a kill switch), at the close
	 * of the bar last stepped.
	 * @param number the order's submission number
	 * @return whether it was working
	 */
	public boolean cancel(int number) {
		Long id = this.simulatorIds.get(number);
		return id != null && this.simulator.cancel(id);
	}

	/**
	 * Cancels every working order, as when the run ends or a kill switch stops it.
	 * @return the submission numbers of the orders cancelled
	 */
	public List<Integer> cancelAll() {
		List<Integer> cancelled = new ArrayList<>();
		for (OpenOrder open : this.simulator.openOrders()) {
			this.simulator.cancel(open.id());
			cancelled.add(this.numbers.get(open.id()));
		}
		return cancelled;
	}

	/** The submission numbers of the orders working now, oldest first. */
	public List<Integer> workingOrders() {
		return this.simulator.openOrders().stream().map((o) -> this.numbers.get(o.id())).toList();
	}

	/** Bars processed so far. */
	public int barsDone() {
		return this.simulator.barsStepped();
	}

	/** The close of the bar last stepped. */
	public BigDecimal lastClose() {
		return BigDecimal.valueOf(this.simulator.bars().close(this.simulator.barsStepped() - 1));
	}

	/** The time (epoch millis) of the bar last stepped. */
	public long lastTime() {
		return this.simulator.bars().time(this.simulator.barsStepped() - 1);
	}

	/** Cash, position, realised P&L and fees now. */
	public Account account() {
		return this.simulator.account();
	}

	/** Cash plus the position marked at the last close. */
	public BigDecimal equity() {
		return this.simulator.account().equity(lastClose());
	}

	/** Every fill so far, oldest first. */
	public List<Fill> fills() {
		return this.simulator.fills();
	}

	private void collectFills() {
		List<Fill> fills = this.simulator.fills();
		for (int i = this.fillsSeen; i < fills.size(); i++) {
			Fill fill = fills.get(i);
			this.events.add(new OrderEvent.Filled(this.numbers.get(fill.orderId()), fill));
		}
		this.fillsSeen = fills.size();
	}

	private void collectRejections() {
		List<Rejection> rejections = this.simulator.rejections();
		for (int i = this.rejectionsSeen; i < rejections.size(); i++) {
			Rejection rejection = rejections.get(i);
			this.events.add(new OrderEvent.Ended(this.numbers.get(rejection.orderId()), rejection.reason(), true));
		}
		this.rejectionsSeen = rejections.size();
	}

	/**
	 * Asked about each order a strategy submits, before the simulator sees it.
	 */
	@FunctionalInterface
	public interface OrderGate {

		/** Lets every order through. */
		OrderGate OPEN = (run, number, order) -> null;

		/**
		 * Decides on the strategy's order {@code number}, submitted at the close of bar
		 * {@code run.barsDone() - 1}.
		 * @return {@code null} to let it through, or why it is refused
		 */
		String admit(StrategyRun run, int number, Order order);

	}

	/** What happened to orders on one bar. */
	public record BarOutcome(int bar, List<OrderEvent> events) {
	}

	/** Something that happened to an order, named by its submission number. */
	public sealed interface OrderEvent {

		/** The order's submission number. */
		int number();

		/** The strategy submitted the order and the gate let it through. */
		record Submitted(int number, Order order) implements OrderEvent {
		}

		/** The gate refused the order; the simulator never saw it. */
		record Refused(int number, Order order, String reason) implements OrderEvent {
		}

		/** The order filled, wholly or in part. */
		record Filled(int number, Fill fill) implements OrderEvent {
		}

		/**
		 * The order stopped working without filling (more).
		 *
		 * @param byVenue whether the simulator ended it (an invalid order, an IOC left
		 * unfilled, no cash when it would fill) rather than a cancel
		 */
		record Ended(int number, String reason, boolean byVenue) implements OrderEvent {
		}

	}

	/**
	 * The strategy's view, backed by the simulator, with submissions through the gate.
	 */
	private final class Context implements StrategyContext {

		private final InstrumentSpec instrument;

		Context(InstrumentSpec instrument) {
			this.instrument = instrument;
		}

		@Override
		public int index() {
			return StrategyRun.this.closed.size() - 1;
		}

		@Override
		public ClosedBars bars() {
			return StrategyRun.this.closed;
		}

		@Override
		public Position position() {
			return StrategyRun.this.simulator.position();
		}

		@Override
		public BigDecimal cash() {
			return StrategyRun.this.simulator.cash();
		}

		@Override
		public InstrumentSpec instrument() {
			return this.instrument;
		}

		@Override
		public List<OpenOrder> openOrders() {
			return StrategyRun.this.simulator.openOrders();
		}

		@Override
		public long submit(Order order) {
			StrategyRun run = StrategyRun.this;
			int number = ++run.submissions;
			String refusal = run.gate.admit(run, number, order);
			if (refusal != null) {
				run.events.add(new OrderEvent.Refused(number, order, refusal));
				// never a simulator id: a strategy that cancels it cancels nothing
				return -number;
			}
			run.events.add(new OrderEvent.Submitted(number, order));
			long id = run.simulator.submit(order);
			run.numbers.put(id, number);
			run.simulatorIds.put(number, id);
			return id;
		}

		@Override
		public boolean cancel(long orderId) {
			StrategyRun run = StrategyRun.this;
			boolean cancelled = run.simulator.cancel(orderId);
			if (cancelled) {
				run.events.add(new OrderEvent.Ended(run.numbers.get(orderId), "cancelled by the strategy", false));
			}
			return cancelled;
		}

	}

}
