package sage.engine.paper;

import java.math.BigDecimal;
import java.util.List;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;
import net.jqwik.api.Arbitrary;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The fast engine and the {@link NaiveMatcher} report exactly the same events, in the
 * same order, for random command streams: the same fills (trade ids, order ids, prices,
 * quantities, fees, maker/taker), cancels, triggers and rejections. Every account holds
 * enough for anything, so that balances never decide (they have their own property).
 */
class MatchingEngineParityProperties {

	@Property(tries = 300)
	void engineReportsWhatTheNaiveMatcherReports(@ForAll("commands") List<Command> commands) {
		MatchingEngine engine = new MatchingEngine(CommandStreams.SPEC, CommandStreams.FEES);
		for (long account = 1; account <= CommandStreams.ACCOUNTS; account++) {
			engine.deposit(account, Asset.BASE, new BigDecimal("1000000"));
			engine.deposit(account, Asset.QUOTE, new BigDecimal("1000000000"));
		}
		NaiveMatcher naive = new NaiveMatcher(CommandStreams.SPEC, CommandStreams.FEES);
		for (int i = 0; i < commands.size(); i++) {
			Command command = commands.get(i);
			List<ExchangeEvent> events = engine.handle(command);
			assertThat(events).as("command %d: %s", i, command).isEqualTo(naive.handle(command));
			engine.checkInvariants();
			events.forEach((event) -> Statistics.label("events").collect(kind(event)));
		}
		Statistics.label("events")
			.coverage((coverage) -> List
				.of("partial fill", "fill", "trigger", "self-trade", "no-liquidity", "unknown-order",
						"canceled-by-trader", "off-tick-price", "off-lot-quantity", "stop-would-trigger",
						"immediate-or-cancel")
				.forEach((kind) -> coverage.check(kind).count((count) -> count > 0)));
	}

	/** What kind of event it is, so that the run shows every path was taken. */
	private static String kind(ExchangeEvent event) {
		return switch (event) {
			case ExchangeEvent.OrderFilled fill -> "fill";
			case ExchangeEvent.OrderPartiallyFilled fill -> "partial fill";
			case ExchangeEvent.StopTriggered triggered -> "trigger";
			case ExchangeEvent.OrderAccepted accepted -> "accepted";
			case ExchangeEvent.OrderCanceled canceled -> canceled.reason().code();
			case ExchangeEvent.OrderRejected rejected -> rejected.reason().code();
		};
	}

	@Provide
	Arbitrary<List<Command>> commands() {
		return CommandStreams.commands(300);
	}

}
