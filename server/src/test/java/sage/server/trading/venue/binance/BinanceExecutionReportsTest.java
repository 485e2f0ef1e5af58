package sage.server.trading.venue.binance;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import sage.engine.sim.Side;
import sage.server.trading.OrderState;
import sage.server.trading.order.OrderReport;
import sage.server.trading.order.TrackedOrder;
import sage.server.trading.venue.ExecutionReport;
import sage.server.trading.venue.VenueException;
import sage.server.trading.venue.VenueFailure.Kind;
import sage.server.trading.venue.VenueFill;
import sage.server.trading.venue.VenueOrder;
import sage.server.trading.venue.VenueOrderStatus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Binance's recorded spot user-data stream events (see {@code PROVENANCE.md} beside them)
 * read as execution reports, field by field.
 */
class BinanceExecutionReportsTest {

	private static final String CLIENT_ID = "x-TD67BGP9-T0000000000000";

	private static ExecutionReport parse(String file) {
		return BinanceExecutionReports.parse(Recorded.read("user_data/" + file)).orElseThrow();
	}

	@Test
	void readsANewOrder() {
		ExecutionReport report = parse("execution_report_new.json");

		assertThat(report.order()).isEqualTo(new VenueOrder(CLIENT_ID, "12345678", "ETHUSDT", Side.BUY,
				VenueOrderStatus.NEW, new BigDecimal("1.00000000"), new BigDecimal("0.00000000"),
				new BigDecimal("2500.00000000"), Instant.ofEpochMilli(1709654400000L)));
		assertThat(report.fill()).isNull();
	}

	@Test
	void readsATradeAsTheOrderAndItsFill() {
		ExecutionReport report = parse("execution_report_trade.json");

		assertThat(report.order()).isEqualTo(new VenueOrder(CLIENT_ID, "12345678", "ETHUSDT", Side.BUY,
				VenueOrderStatus.FILLED, new BigDecimal("1.00000000"), new BigDecimal("1.00000000"),
				new BigDecimal("2500.00000000"), Instant.ofEpochMilli(1709654401000L)));
		assertThat(report.fill()).isEqualTo(new VenueFill("98765432", "12345678", "ETHUSDT", Side.BUY,
				new BigDecimal("2500.00000000"), new BigDecimal("1.00000000"), new BigDecimal("0.00100000"), "ETH",
				Instant.ofEpochMilli(1709654401000L)));
	}

	@Test
	void readsACancel() {
		ExecutionReport report = parse("execution_report_canceled.json");

		assertThat(report.order()).isEqualTo(new VenueOrder(CLIENT_ID, "12345678", "ETHUSDT", Side.BUY,
				VenueOrderStatus.CANCELED, new BigDecimal("1.00000000"), new BigDecimal("0.00000000"),
				new BigDecimal("2500.00000000"), Instant.ofEpochMilli(1709654402000L)));
		assertThat(report.fill()).isNull();
	}

	@Test
	void aCancelIsAboutTheOrderItsOriginalClientIdNames() {
		// Binance puts the cancel request's own id in c and the cancelled order's in C
		String message = Recorded.read("user_data/execution_report_canceled.json")
			.replace("\"C\": \"\"", "\"C\": \"myOrder1\"");

		ExecutionReport report = BinanceExecutionReports.parse(message).orElseThrow();

		assertThat(report.order().clientOrderId()).isEqualTo("myOrder1");
		assertThat(report.order().status()).isEqualTo(VenueOrderStatus.CANCELED);
	}

	@Test
	void readsAnExpiry() {
		ExecutionReport report = parse("execution_report_expired.json");

		assertThat(report.order()).isEqualTo(new VenueOrder(CLIENT_ID, "12345678", "ETHUSDT", Side.BUY,
				VenueOrderStatus.EXPIRED, new BigDecimal("1.00000000"), new BigDecimal("0.00000000"),
				new BigDecimal("2500.00000000"), Instant.ofEpochMilli(1709654403000L)));
		assertThat(report.fill()).isNull();
	}

	@Test
	void readsAStopLossLimitOrderWithItsLimitPrice() {
		ExecutionReport report = parse("execution_report_stop_loss.json");

		assertThat(report.order()).isEqualTo(new VenueOrder("x-TD67BGP9-T0000000000001", "12345679", "ETHUSDT",
				Side.SELL, VenueOrderStatus.NEW, new BigDecimal("1.00000000"), new BigDecimal("0.00000000"),
				new BigDecimal("2400.00000000"), Instant.ofEpochMilli(1709654400000L)));
		assertThat(report.fill()).isNull();
	}

	@Test
	void readsTheEventInsideTheWebSocketApiEnvelope() {
		ExecutionReport report = parse("execution_report_wrapped.json");

		assertThat(report.order()).isEqualTo(new VenueOrder("mUvoqJxFIILMdfAW5iGSOW", "4293153", "ETHBTC", Side.BUY,
				VenueOrderStatus.NEW, new BigDecimal("1.00000000"), new BigDecimal("0.00000000"),
				new BigDecimal("0.10264410"), Instant.ofEpochMilli(1499405658657L)));
		assertThat(report.fill()).isNull();
	}

	@Test
	void readsTheEventInsideACombinedStreamEnvelope() {
		String message = "{\"stream\":\"listenKey\",\"data\":" + Recorded.read("user_data/execution_report_trade.json")
				+ "}";

		assertThat(BinanceExecutionReports.parse(message)).contains(parse("execution_report_trade.json"));
	}

	@ParameterizedTest
	@ValueSource(strings = { "account_position.json", "account_position_wrapped.json", "balance_update.json",
			"balance_update_wrapped.json", "list_status_wrapped.json" })
	void otherEventsAreNoOrdersReport(String file) {
		assertThat(BinanceExecutionReports.parse(Recorded.read("user_data/" + file))).isEmpty();
	}

	@ParameterizedTest
	@ValueSource(strings = { "not json", "[]", "{\"result\":null,\"id\":1}",
			"{\"e\":\"executionReport\",\"s\":\"ETHUSDT\"}" })
	void anUnreadableMessageIsMalformed(String message) {
		assertThatExceptionOfType(VenueException.class).isThrownBy(() -> BinanceExecutionReports.parse(message))
			.satisfies((ex) -> assertThat(ex.kind()).isEqualTo(Kind.MALFORMED));
	}

	@Test
	void aTradeWithAnUnknownStatusIsMalformed() {
		String message = Recorded.read("user_data/execution_report_trade.json")
			.replace("\"X\": \"FILLED\"", "\"X\": \"HALF_DONE\"");

		assertThatExceptionOfType(VenueException.class).isThrownBy(() -> BinanceExecutionReports.parse(message))
			.satisfies((ex) -> assertThat(ex.kind()).isEqualTo(Kind.MALFORMED));
	}

	@Test
	void theNewAndTradeEventsTrackTheSameOrderInEitherOrder() {
		// both recorded events are about order 12345678: its acknowledgement, then its
		// one
		// fill
		List<OrderReport> inOrder = reports(parse("execution_report_new.json"), parse("execution_report_trade.json"));
		List<OrderReport> reversed = inOrder.reversed();

		TrackedOrder acknowledgedFirst = applyAll(inOrder);
		TrackedOrder filledFirst = applyAll(reversed);

		assertThat(filledFirst).isEqualTo(acknowledgedFirst);
		assertThat(acknowledgedFirst.state()).isEqualTo(OrderState.FILLED);
		assertThat(acknowledgedFirst.venueOrderId()).isEqualTo("12345678");
		assertThat(acknowledgedFirst.filledQuantity()).isEqualByComparingTo("1");
		assertThat(acknowledgedFirst.missingQuantity()).isZero();
		assertThat(acknowledgedFirst.fills()).extracting(VenueFill::venueTradeId).containsExactly("98765432");
	}

	private static List<OrderReport> reports(ExecutionReport... reports) {
		List<OrderReport> folded = new ArrayList<>();
		for (ExecutionReport report : reports) {
			folded.add(new OrderReport.Status(report.order()));
			Optional.ofNullable(report.fill()).ifPresent((fill) -> folded.add(new OrderReport.Trade(fill)));
		}
		return folded;
	}

	private static TrackedOrder applyAll(List<OrderReport> reports) {
		TrackedOrder order = TrackedOrder.awaiting(CLIENT_ID, new BigDecimal("1"));
		for (OrderReport report : reports) {
			order = order.apply(report);
		}
		return order;
	}

}
