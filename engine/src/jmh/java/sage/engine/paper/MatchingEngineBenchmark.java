package sage.engine.paper;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

import sage.engine.paper.Command.CancelOrder;
import sage.engine.paper.Command.PlaceOrder;
import sage.engine.sim.InstrumentSpec;
import sage.engine.sim.Order;
import sage.engine.sim.PercentFee;
import sage.engine.sim.Side;

/**
 * Commands per second through the {@link MatchingEngine} on one thread, against the
 * {@link NaiveMatcher} (the reference of the parity property) over the same stream in the
 * same run. The stream (seeded) is what a paper exchange sees from market makers and
 * takers: half limit orders within ten ticks of a drifting mid price (one in ten crossing
 * it), 40% cancels of orders placed earlier (some already filled), 10% small market
 * orders, ten accounts. Each invocation replays the whole stream on a fresh engine; the
 * naive matcher keeps no balances, so the engine does more work per command than its
 * baseline.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 3, time = 2)
@Fork(1)
public class MatchingEngineBenchmark {

	static final int COMMANDS = 100_000;

	static final int ACCOUNTS = 10;

	static final InstrumentSpec SPEC = new InstrumentSpec(new BigDecimal("0.01"), new BigDecimal("0.001"),
			BigDecimal.ZERO);

	static final PercentFee FEES = new PercentFee(new BigDecimal("0.0002"), new BigDecimal("0.001"));

	List<Command> commands;

	@Setup
	public void setUp() {
		this.commands = stream(COMMANDS, 42);
		// the benchmark is only worth running if both sides do the same work
		MatchingEngine engine = fundedEngine();
		NaiveMatcher naive = new NaiveMatcher(SPEC, FEES);
		long fills = 0;
		for (Command command : this.commands) {
			List<ExchangeEvent> events = engine.handle(command);
			if (!events.equals(naive.handle(command))) {
				throw new IllegalStateException("engine and naive matcher disagree on " + command);
			}
			fills += events.stream().filter(ExchangeEvent.Execution.class::isInstance).count() / 2;
		}
		System.out.printf("%n%d commands: %d trades, %d orders open at the end%n", COMMANDS, fills,
				engine.openOrders());
	}

	@Benchmark
	@OperationsPerInvocation(COMMANDS)
	public long engine() {
		MatchingEngine engine = fundedEngine();
		EventCount count = new EventCount();
		for (Command command : this.commands) {
			engine.handle(command, count);
		}
		return count.events;
	}

	@Benchmark
	@OperationsPerInvocation(COMMANDS)
	public long naive() {
		NaiveMatcher naive = new NaiveMatcher(SPEC, FEES);
		long events = 0;
		for (Command command : this.commands) {
			events += naive.handle(command).size();
		}
		return events;
	}

	static MatchingEngine fundedEngine() {
		MatchingEngine engine = new MatchingEngine(SPEC, FEES);
		for (long account = 1; account <= ACCOUNTS; account++) {
			engine.deposit(account, Asset.BASE, new BigDecimal("1000000"));
			engine.deposit(account, Asset.QUOTE, new BigDecimal("1000000000"));
		}
		return engine;
	}

	/** The seeded command stream; order ids are predicted as the engine numbers them. */
	static List<Command> stream(int size, long seed) {
		SplittableRandom random = new SplittableRandom(seed);
		List<Command> commands = new ArrayList<>(size);
		List<long[]> open = new ArrayList<>();
		long mid = 10_000;
		long nextId = 1;
		for (int i = 0; i < size; i++) {
			if (i % 100 == 0) {
				mid += random.nextInt(-2, 3);
			}
			long account = random.nextLong(1, ACCOUNTS + 1);
			int kind = random.nextInt(100);
			if (kind < 40 && !open.isEmpty()) {
				long[] victim = open.remove(random.nextInt(open.size()));
				commands.add(new CancelOrder(victim[1], victim[0]));
				continue;
			}
			Side side = random.nextBoolean() ? Side.BUY : Side.SELL;
			BigDecimal quantity = BigDecimal.valueOf(random.nextLong(1, 100), 3);
			if (kind < 50) {
				commands.add(new PlaceOrder(account, Order.market(side, quantity)));
			}
			else {
				// passive within ten ticks of the mid, or one in ten crossing it by up to
				// three
				long offset = (random.nextInt(10) == 0) ? -random.nextLong(0, 4) : random.nextLong(1, 11);
				long ticks = (side == Side.BUY) ? mid - offset : mid + offset;
				commands.add(new PlaceOrder(account, Order.limit(side, quantity, BigDecimal.valueOf(ticks, 2))));
				open.add(new long[] { nextId, account });
			}
			nextId++;
		}
		return commands;
	}

	/** Counts events, so that the engine's work cannot be optimised away. */
	static final class EventCount implements Consumer<ExchangeEvent> {

		long events;

		@Override
		public void accept(ExchangeEvent event) {
			this.events++;
		}

	}

}
