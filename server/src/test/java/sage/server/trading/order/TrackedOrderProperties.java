package sage.server.trading.order;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;

import sage.engine.sim.Side;
import sage.server.trading.OrderState;
import sage.server.trading.venue.VenueFill;
import sage.server.trading.venue.VenueOrder;
import sage.server.trading.venue.VenueOrderStatus;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Reports folded into an order give one answer however they arrive: over generated
 * consistent histories of one order at a venue (its fills, and status snapshots that
 * follow them), delivered shuffled, with duplicates and with intermediate statuses lost.
 */
class TrackedOrderProperties {

	private static final String CLIENT_ID = "sage-1";

	private static final String VENUE_ID = "4293153";

	private static final Instant T0 = Instant.parse("2026-03-05T12:00:00Z");

	/** How a generated order ends. */
	enum Outcome {

		FILLED, CANCELED, EXPIRED, REJECTED, WORKING

	}

	/**
	 * One order's life at the venue.
	 *
	 * @param reports every report, in the order the venue made them
	 * @param last the last status, which ends the order (or, for a working order, says
	 * where it stands)
	 */
	record History(BigDecimal quantity, Outcome outcome, List<VenueFill> fills, List<OrderReport> reports,
			OrderReport last) {

		BigDecimal filled() {
			return this.fills.stream().map(VenueFill::quantity).reduce(BigDecimal.ZERO, BigDecimal::add);
		}

	}

	/** A history and the reports as they reached Sage. */
	record Delivery(History history, List<OrderReport> delivered) {
	}

	@Property
	void anyArrivalOrderWithDuplicatesGivesTheAnswerOfTheVenuesOrder(@ForAll("deliveries") Delivery delivery) {
		History history = delivery.history();
		Statistics.label("outcome").collect(history.outcome());
		Statistics.label("fills").collect(Math.min(history.fills().size(), 2));
		TrackedOrder inOrder = applyAll(history.quantity(), history.reports());
		TrackedOrder arrived = applyAll(history.quantity(), delivery.delivered());

		assertThat(arrived.state()).isEqualTo(inOrder.state());
		assertThat(arrived.filledQuantity()).isEqualByComparingTo(inOrder.filledQuantity());
		assertThat(arrived.venueFilledQuantity()).isEqualByComparingTo(inOrder.venueFilledQuantity());
		assertThat(arrived.fills()).containsExactlyElementsOf(inOrder.fills());
		assertThat(arrived.reason()).isEqualTo(inOrder.reason());
		assertThat(arrived.venueOrderId()).isEqualTo(inOrder.venueOrderId());
		assertThat(arrived.missingQuantity()).isZero();
		assertThat(inOrder.state()).isEqualTo(expected(history.outcome(), history.fills().isEmpty()));
	}

	@Property
	void theStateNeverMovesBack(@ForAll("deliveries") Delivery delivery) {
		TrackedOrder order = TrackedOrder.awaiting(CLIENT_ID, delivery.history().quantity());
		for (OrderReport report : delivery.delivered()) {
			TrackedOrder next = order.apply(report);
			assertThat(TrackedOrder.rank(next.state())).isGreaterThanOrEqualTo(TrackedOrder.rank(order.state()));
			if (order.state().isFinal()) {
				assertThat(next.state()).isEqualTo(order.state());
			}
			order = next;
		}
	}

	@Property
	void theFilledQuantityIsTheSumOfTheDistinctFillsSeenAndNeverExceedsTheOrder(
			@ForAll("deliveries") Delivery delivery) {
		BigDecimal quantity = delivery.history().quantity();
		TrackedOrder order = TrackedOrder.awaiting(CLIENT_ID, quantity);
		Set<String> seen = new TreeSet<>();
		BigDecimal sum = BigDecimal.ZERO;
		for (OrderReport report : delivery.delivered()) {
			order = order.apply(report);
			if (report instanceof OrderReport.Trade(VenueFill fill) && seen.add(fill.venueTradeId())) {
				sum = sum.add(fill.quantity());
			}
			assertThat(order.filledQuantity()).isEqualByComparingTo(sum).isLessThanOrEqualTo(quantity);
			assertThat(order.fills()).extracting(VenueFill::venueTradeId).containsExactlyInAnyOrderElementsOf(seen);
		}
	}

	private static OrderState expected(Outcome outcome, boolean unfilled) {
		return switch (outcome) {
			case FILLED -> OrderState.FILLED;
			case CANCELED, EXPIRED -> OrderState.CANCELED;
			case REJECTED -> OrderState.REJECTED;
			case WORKING -> unfilled ? OrderState.SUBMITTED : OrderState.PARTIALLY_FILLED;
		};
	}

	private static TrackedOrder applyAll(BigDecimal quantity, List<OrderReport> reports) {
		TrackedOrder order = TrackedOrder.awaiting(CLIENT_ID, quantity);
		for (OrderReport report : reports) {
			order = order.apply(report);
		}
		return order;
	}

	/**
	 * Every fill and the last status, each once or more, shuffled; each earlier status
	 * delivered or lost.
	 */
	@Provide
	Arbitrary<Delivery> deliveries() {
		return histories().flatMap((history) -> Combinators
			.combine(Arbitraries.integers().between(0, 2).list().ofSize(history.reports().size()), Arbitraries.longs())
			.as((copies, seed) -> {
				List<OrderReport> delivered = new ArrayList<>();
				for (int k = 0; k < history.reports().size(); k++) {
					OrderReport report = history.reports().get(k);
					boolean needed = report instanceof OrderReport.Trade || report == history.last();
					int times = needed ? Math.max(1, copies.get(k)) : copies.get(k);
					for (int n = 0; n < times; n++) {
						delivered.add(report);
					}
				}
				Collections.shuffle(delivered, new Random(seed));
				return new Delivery(history, delivered);
			}));
	}

	@Provide
	Arbitrary<History> histories() {
		return Combinators
			.combine(Arbitraries.integers().between(1, 1000), Arbitraries.of(Outcome.class),
					Arbitraries.integers().between(0, 999), Arbitraries.integers().between(1, 999).set().ofMaxSize(4))
			.as(TrackedOrderProperties::history);
	}

	/**
	 * @param units the quantity in thousandths
	 * @param permille how much of it fills, unless the order fills completely or is
	 * rejected
	 * @param cuts where the filled quantity is split into fills, in thousandths of it
	 */
	private static History history(int units, Outcome outcome, int permille, Set<Integer> cuts) {
		BigDecimal quantity = BigDecimal.valueOf(units, 3);
		int target = switch (outcome) {
			case FILLED -> units;
			case REJECTED -> 0;
			default -> Math.min(units - 1, units * permille / 1000);
		};
		TreeSet<Integer> points = new TreeSet<>();
		for (int cut : cuts) {
			int point = target * cut / 1000;
			if (point > 0 && point < target) {
				points.add(point);
			}
		}
		if (target > 0) {
			points.add(target);
		}
		List<VenueFill> fills = new ArrayList<>();
		List<OrderReport> reports = new ArrayList<>();
		int time = 0;
		OrderReport last;
		if (outcome == Outcome.REJECTED) {
			last = status(VenueOrderStatus.REJECTED, quantity, 0, time);
			reports.add(last);
			return new History(quantity, outcome, fills, reports, last);
		}
		last = status(VenueOrderStatus.NEW, quantity, 0, time);
		reports.add(last);
		int previous = 0;
		for (int point : points) {
			time++;
			VenueFill fill = new VenueFill(Integer.toString(1000 + time), VENUE_ID, "ETHBTC", Side.BUY,
					new BigDecimal("0.10264410"), BigDecimal.valueOf(point - previous, 3), new BigDecimal("0.00000100"),
					"BNB", T0.plusMillis(time));
			fills.add(fill);
			reports.add(new OrderReport.Trade(fill));
			last = status((point == units) ? VenueOrderStatus.FILLED : VenueOrderStatus.PARTIALLY_FILLED, quantity,
					point, time);
			reports.add(last);
			previous = point;
		}
		if (outcome == Outcome.CANCELED || outcome == Outcome.EXPIRED) {
			time++;
			last = status((outcome == Outcome.CANCELED) ? VenueOrderStatus.CANCELED : VenueOrderStatus.EXPIRED,
					quantity, target, time);
			reports.add(last);
		}
		return new History(quantity, outcome, fills, reports, last);
	}

	private static OrderReport status(VenueOrderStatus status, BigDecimal quantity, int filledUnits, int time) {
		return new OrderReport.Status(new VenueOrder(CLIENT_ID, VENUE_ID, "ETHBTC", Side.BUY, status, quantity,
				BigDecimal.valueOf(filledUnits, 3), new BigDecimal("0.10264410"), T0.plusMillis(time)));
	}

}
