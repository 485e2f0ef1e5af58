package sage.server.trading.order;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;

import sage.engine.sim.Side;
import sage.server.trading.OrderState;
import sage.server.trading.venue.VenueFill;
import sage.server.trading.venue.VenueOrder;
import sage.server.trading.venue.VenueOrderStatus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/** One order's reports folded in, case by case. */
class TrackedOrderTest {

	private static final String CLIENT_ID = "sage-1";

	private static final String VENUE_ID = "12345678";

	private static final Instant T0 = Instant.parse("2026-03-05T12:00:00Z");

	private final TrackedOrder sent = TrackedOrder.awaiting(CLIENT_ID, new BigDecimal("1.0"));

	@Test
	void anOrderSentWithoutAnAnswerIsUnknown() {
		assertThat(this.sent.state()).isEqualTo(OrderState.UNKNOWN);
		assertThat(this.sent.venueOrderId()).isNull();
		assertThat(this.sent.filledQuantity()).isZero();
		assertThat(this.sent.missingQuantity()).isZero();
	}

	@Test
	void acknowledgedThenFilledInTwoTrades() {
		TrackedOrder acked = this.sent.apply(status(VenueOrderStatus.NEW, "0", 0));
		TrackedOrder partly = acked.apply(trade("1", "0.4", 1));
		TrackedOrder filled = partly.apply(trade("2", "0.6", 2));

		assertThat(acked.state()).isEqualTo(OrderState.SUBMITTED);
		assertThat(acked.venueOrderId()).isEqualTo(VENUE_ID);
		assertThat(acked.venueUpdatedAt()).isEqualTo(T0);
		assertThat(partly.state()).isEqualTo(OrderState.PARTIALLY_FILLED);
		assertThat(partly.filledQuantity()).isEqualByComparingTo("0.4");
		assertThat(filled.state()).isEqualTo(OrderState.FILLED);
		assertThat(filled.filledQuantity()).isEqualByComparingTo("1");
		assertThat(filled.fills()).extracting(VenueFill::venueTradeId).containsExactly("1", "2");
		assertThat(filled.reason()).isNull();
	}

	@Test
	void aFillBeforeTheAcknowledgementTeachesTheVenueOrderId() {
		TrackedOrder partly = this.sent.apply(trade("1", "0.4", 1));
		TrackedOrder acked = partly.apply(status(VenueOrderStatus.NEW, "0", 0));

		assertThat(partly.venueOrderId()).isEqualTo(VENUE_ID);
		assertThat(partly.state()).isEqualTo(OrderState.PARTIALLY_FILLED);
		assertThat(acked.state()).as("the late acknowledgement moves nothing back")
			.isEqualTo(OrderState.PARTIALLY_FILLED);
		assertThat(acked.filledQuantity()).isEqualByComparingTo("0.4");
	}

	@Test
	void aFillSeenTwiceIsKeptOnce() {
		TrackedOrder once = this.sent.apply(trade("1", "0.4", 1));

		assertThat(once.apply(trade("1", "0.4", 1))).isSameAs(once);
		assertThat(once.fills()).hasSize(1);
	}

	@Test
	void aStatusSeenTwiceChangesNothing() {
		TrackedOrder partly = this.sent.apply(status(VenueOrderStatus.PARTIALLY_FILLED, "0.4", 1));

		assertThat(partly.apply(status(VenueOrderStatus.PARTIALLY_FILLED, "0.4", 1))).isSameAs(partly);
	}

	@Test
	void anOlderStatusArrivingAfterTheFinalOneMovesNothingBack() {
		TrackedOrder filled = this.sent.apply(status(VenueOrderStatus.FILLED, "1.0", 3));
		TrackedOrder late = filled.apply(status(VenueOrderStatus.PARTIALLY_FILLED, "0.4", 1))
			.apply(status(VenueOrderStatus.NEW, "0", 0));

		assertThat(late.state()).isEqualTo(OrderState.FILLED);
		assertThat(late.venueFilledQuantity()).isEqualByComparingTo("1.0");
		assertThat(late.venueUpdatedAt()).isEqualTo(T0.plusSeconds(3));
	}

	@Test
	void anOlderStatusStillRaisesTheVenuesFilledQuantity() {
		TrackedOrder acked = this.sent.apply(status(VenueOrderStatus.NEW, "0", 2));
		TrackedOrder stale = acked.apply(status(VenueOrderStatus.PARTIALLY_FILLED, "0.4", 1));

		assertThat(stale.state()).isEqualTo(OrderState.SUBMITTED);
		assertThat(stale.venueFilledQuantity()).isEqualByComparingTo("0.4");
		assertThat(stale.venueUpdatedAt()).isEqualTo(T0.plusSeconds(2));
	}

	@Test
	void aFilledStatusBeforeItsTradesLeavesQuantityMissingUntilTheyArrive() {
		TrackedOrder filled = this.sent.apply(status(VenueOrderStatus.FILLED, "1.0", 2));
		TrackedOrder oneTrade = filled.apply(trade("1", "0.4", 1));
		TrackedOrder bothTrades = oneTrade.apply(trade("2", "0.6", 2));

		assertThat(filled.state()).isEqualTo(OrderState.FILLED);
		assertThat(filled.missingQuantity()).isEqualByComparingTo("1.0");
		assertThat(oneTrade.state()).isEqualTo(OrderState.FILLED);
		assertThat(oneTrade.missingQuantity()).isEqualByComparingTo("0.6");
		assertThat(bothTrades.missingQuantity()).isZero();
		assertThat(bothTrades.filledQuantity()).isEqualByComparingTo("1.0");
	}

	@Test
	void aCancelAfterAPartialFillKeepsTheLateFillMadeBeforeIt() {
		TrackedOrder partly = this.sent.apply(status(VenueOrderStatus.NEW, "0", 0)).apply(trade("1", "0.3", 1));
		TrackedOrder canceled = partly.apply(status(VenueOrderStatus.CANCELED, "0.5", 3));
		TrackedOrder late = canceled.apply(trade("2", "0.2", 2));

		assertThat(canceled.state()).isEqualTo(OrderState.CANCELED);
		assertThat(canceled.reason()).isEqualTo("canceled at the venue");
		assertThat(canceled.missingQuantity()).isEqualByComparingTo("0.2");
		assertThat(late.state()).isEqualTo(OrderState.CANCELED);
		assertThat(late.reason()).isEqualTo("canceled at the venue");
		assertThat(late.filledQuantity()).isEqualByComparingTo("0.5");
		assertThat(late.missingQuantity()).isZero();
		assertThat(late.fills()).extracting(VenueFill::venueTradeId).containsExactly("1", "2");
	}

	@Test
	void theFirstFinalStateWins() {
		TrackedOrder expired = this.sent.apply(status(VenueOrderStatus.EXPIRED, "0", 1));
		TrackedOrder then = expired.apply(status(VenueOrderStatus.REJECTED, "0", 2));

		assertThat(then.state()).isEqualTo(OrderState.CANCELED);
		assertThat(then.reason()).isEqualTo("expired at the venue");
		assertThat(this.sent.apply(status(VenueOrderStatus.REJECTED, "0", 0)).reason())
			.isEqualTo("rejected by the venue");
	}

	@Test
	void aFillBeyondTheQuantityOrderedIsRefused() {
		TrackedOrder partly = this.sent.apply(trade("1", "0.7", 1));

		assertThatIllegalArgumentException().isThrownBy(() -> partly.apply(trade("2", "0.4", 2)))
			.withMessageContaining("more than");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> partly.apply(status(VenueOrderStatus.PARTIALLY_FILLED, "1.1", 2)));
	}

	@Test
	void aReportAboutAnotherOrderIsRefused() {
		TrackedOrder acked = this.sent.apply(status(VenueOrderStatus.NEW, "0", 0));
		VenueFill otherOrdersFill = new VenueFill("9", "999", "ETHUSDT", Side.BUY, new BigDecimal("2500"),
				new BigDecimal("0.1"), BigDecimal.ZERO, "ETH", T0);
		VenueOrder otherClientId = new VenueOrder("sage-2", VENUE_ID, "ETHUSDT", Side.BUY, VenueOrderStatus.NEW,
				new BigDecimal("1.0"), BigDecimal.ZERO, null, T0);

		assertThatIllegalArgumentException().isThrownBy(() -> acked.apply(new OrderReport.Trade(otherOrdersFill)));
		assertThatIllegalArgumentException().isThrownBy(() -> acked.apply(new OrderReport.Status(otherClientId)));
	}

	@Test
	void newFillsAreThoseNotInTheOrderBefore() {
		TrackedOrder before = TrackedOrder.of(CLIENT_ID, VENUE_ID, OrderState.PARTIALLY_FILLED, new BigDecimal("1.0"),
				new BigDecimal("0.3"), List.of(fill("1", "0.3", 1)));
		TrackedOrder after = before.apply(trade("3", "0.2", 3)).apply(trade("1", "0.3", 1)).apply(trade("2", "0.1", 2));

		assertThat(after.newFills(before)).extracting(VenueFill::venueTradeId).containsExactly("2", "3");
		assertThat(after.newFills(after)).isEmpty();
	}

	@Test
	void anOrderRebuiltWithAnOverfillIsRefused() {
		assertThatIllegalArgumentException().isThrownBy(() -> TrackedOrder.of(CLIENT_ID, VENUE_ID, OrderState.FILLED,
				new BigDecimal("0.5"), BigDecimal.ZERO, List.of(fill("1", "0.3", 1), fill("2", "0.3", 2))));
	}

	private static OrderReport.Status status(VenueOrderStatus status, String filled, int seconds) {
		return new OrderReport.Status(new VenueOrder(CLIENT_ID, VENUE_ID, "ETHUSDT", Side.BUY, status,
				new BigDecimal("1.0"), new BigDecimal(filled), new BigDecimal("2500"), T0.plusSeconds(seconds)));
	}

	private static OrderReport.Trade trade(String tradeId, String quantity, int seconds) {
		return new OrderReport.Trade(fill(tradeId, quantity, seconds));
	}

	private static VenueFill fill(String tradeId, String quantity, int seconds) {
		return new VenueFill(tradeId, VENUE_ID, "ETHUSDT", Side.BUY, new BigDecimal("2500"), new BigDecimal(quantity),
				new BigDecimal("0.001"), "ETH", T0.plusSeconds(seconds));
	}

}
