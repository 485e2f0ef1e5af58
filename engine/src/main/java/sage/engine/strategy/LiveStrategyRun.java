package sage.engine.strategy;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import sage.engine.series.BarSeries;
import sage.engine.sim.InstrumentSpec;
import sage.engine.sim.OpenOrder;
import sage.engine.sim.Order;
import sage.engine.sim.Position;
import sage.engine.strategy.StrategyRun.OrderEvent;

/**
 * A strategy run at a real venue, one closed bar at a time. Unlike {@link StrategyRun}
 * nothing is simulated: what the strategy sees of its position, cash and working orders
 * is the {@link Book} the runtime reads from the venue and the ledger before each bar,
 * and what it submits or cancels goes out through an {@link OrderRoute}.
 *
 * <p>
 * An order's id, as the strategy holds it, is its submission number: 1, 2, 3 ... counted
 * on from {@code submittedBefore}, so that a run started again after a restart never
 * reuses a number (and so a client order id) of an earlier run. A refused order gets the
 * negative of its number, which names no working order.
 *
 * <p>
 * Given the same bars and the same book at each bar, a strategy decides exactly as it
 * does on the simulator; a test holds the two runs side by side.
 *
 * <p>
 * Not thread-safe; one run per bot.
 */
public final class LiveStrategyRun {

	private final InstrumentSpec instrument;

	private final Strategy strategy;

	private final OrderRoute route;

	private int submissions;

	private int bars;

	/**
	 * A run before its first bar.
	 * @param instrument the venue's tick, lot and minimums for the instrument
	 * @param strategy a new strategy instance for this run
	 * @param route where the strategy's orders and cancels go
	 * @param submittedBefore the highest submission number earlier runs of the bot used
	 */
	public LiveStrategyRun(InstrumentSpec instrument, Strategy strategy, OrderRoute route, int submittedBefore) {
		if (submittedBefore < 0) {
			throw new IllegalArgumentException("submittedBefore must not be negative: " + submittedBefore);
		}
		this.instrument = Objects.requireNonNull(instrument, "instrument");
		this.strategy = Objects.requireNonNull(strategy, "strategy");
		this.route = Objects.requireNonNull(route, "route");
		this.submissions = submittedBefore;
	}

	/**
	 * Lets the strategy decide at the close of the newest bar of {@code closed}.
	 * @param closed the bars that have closed, oldest first, the one just closed last;
	 * never a bar still forming
	 * @param book the position, cash and working orders as the venue and the ledger have
	 * them now
	 * @return what the strategy submitted and cancelled, in order
	 */
	public List<OrderEvent> onBar(BarSeries closed, Book book) {
		if (closed.isEmpty()) {
			throw new IllegalArgumentException("no closed bar to decide on");
		}
		Context context = new Context(new ClosedBars(closed, closed.size()), book);
		this.strategy.onBar(context);
		this.bars++;
		return List.copyOf(context.events);
	}

	/** The highest submission number used so far. */
	public int submissions() {
		return this.submissions;
	}

	/** Bars decided on by this run. */
	public int barsDone() {
		return this.bars;
	}

	/**
	 * What the strategy sees of its standing at a bar's close.
	 *
	 * @param position its position, from its fills
	 * @param cash its cash, from its capital and fills
	 * @param working its orders working at the venue, each with its submission number as
	 * its id
	 */
	public record Book(Position position, BigDecimal cash, List<OpenOrder> working) {

		/** Copies the working orders. */
		public Book {
			Objects.requireNonNull(position, "position");
			Objects.requireNonNull(cash, "cash");
			working = List.copyOf(working);
		}

	}

	/** Where a live run's orders go. */
	public interface OrderRoute {

		/**
		 * Sends the strategy's order {@code number}.
		 * @param book the standing the strategy decided on, for a pre-trade check
		 * @return {@code null} when the order went out, or why it was refused (then it
		 * was not placed)
		 */
		String submit(int number, Order order, Book book);

		/**
		 * Asks the venue to cancel the strategy's order {@code number}.
		 * @return whether it was working
		 */
		boolean cancel(int number);

	}

	/** The strategy's view: the book it was given, with this bar's orders added. */
	private final class Context implements StrategyContext {

		private final ClosedBars bars;

		private final Book book;

		private final List<OpenOrder> working;

		private final List<OrderEvent> events = new ArrayList<>();

		Context(ClosedBars bars, Book book) {
			this.bars = bars;
			this.book = book;
			this.working = new ArrayList<>(book.working());
		}

		@Override
		public int index() {
			return this.bars.size() - 1;
		}

		@Override
		public ClosedBars bars() {
			return this.bars;
		}

		@Override
		public Position position() {
			return this.book.position();
		}

		@Override
		public BigDecimal cash() {
			return this.book.cash();
		}

		@Override
		public InstrumentSpec instrument() {
			return LiveStrategyRun.this.instrument;
		}

		@Override
		public List<OpenOrder> openOrders() {
			return List.copyOf(this.working);
		}

		@Override
		public long submit(Order order) {
			LiveStrategyRun run = LiveStrategyRun.this;
			int number = ++run.submissions;
			String refusal = run.route.submit(number, order,
					new Book(this.book.position(), this.book.cash(), this.working));
			if (refusal != null) {
				this.events.add(new OrderEvent.Refused(number, order, refusal));
				return -number;
			}
			this.events.add(new OrderEvent.Submitted(number, order));
			this.working.add(new OpenOrder(number, order));
			return number;
		}

		@Override
		public boolean cancel(long orderId) {
			boolean listed = this.working.removeIf((open) -> open.id() == orderId);
			if (!listed || orderId <= 0 || orderId > Integer.MAX_VALUE) {
				return false;
			}
			boolean cancelled = LiveStrategyRun.this.route.cancel((int) orderId);
			if (cancelled) {
				this.events.add(new OrderEvent.Ended((int) orderId, "cancelled by the strategy", false));
			}
			return cancelled;
		}

	}

}
