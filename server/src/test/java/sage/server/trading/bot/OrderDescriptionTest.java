package sage.server.trading.bot;

import java.math.BigDecimal;
import java.time.Instant;

import org.junit.jupiter.api.Test;

import sage.engine.sim.Order;
import sage.engine.sim.Side;
import sage.server.trading.OrderState;
import sage.server.trading.TradingOrder;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A replay must place the order kept under its client order id, and the pre-trade check
 * must decide on it as it did: anything else is a mismatch that fails the bot closed.
 */
class OrderDescriptionTest {

	private static final Order LIMIT = Order.limit(Side.BUY, new BigDecimal("0.01"), new BigDecimal("8000.50"));

	@Test
	void theSameOrderLetThroughBothTimesMatches() {
		assertThatCode(() -> OrderDescription.requireSame(kept(OrderState.FILLED, null), LIMIT, null))
			.doesNotThrowAnyException();
		// the column's scale does not matter, the value does
		TradingOrder scaled = new TradingOrder("id", "b1-1", "a", "b", "BTC-USD", "BUY", "LIMIT",
				new BigDecimal("0.010000"), new BigDecimal("8000.5000"), null, "GTC", false, OrderState.SUBMITTED,
				BigDecimal.ZERO, null, Instant.EPOCH, Instant.EPOCH, null, false);
		assertThatCode(() -> OrderDescription.requireSame(scaled, LIMIT, null)).doesNotThrowAnyException();
	}

	@Test
	void anotherOrderUnderTheSameIdIsAMismatch() {
		Order other = Order.limit(Side.BUY, new BigDecimal("0.02"), new BigDecimal("8000.50"));
		assertThatThrownBy(() -> OrderDescription.requireSame(kept(OrderState.SUBMITTED, null), other, null))
			.isInstanceOf(PaperBot.ReplayMismatch.class)
			.hasMessageContaining("b1-1 is kept as BUY LIMIT 0.01");
		assertThatThrownBy(() -> OrderDescription.requireSame(kept(OrderState.SUBMITTED, null),
				Order.market(Side.BUY, new BigDecimal("0.01")), null))
			.isInstanceOf(PaperBot.ReplayMismatch.class);
	}

	@Test
	void thePreTradeCheckMustDecideAsBefore() {
		String refusal = "max-order-notional: order notional 80.005 exceeds the limit 50";
		assertThatCode(() -> OrderDescription.requireSame(kept(OrderState.REJECTED, refusal), LIMIT, refusal))
			.doesNotThrowAnyException();
		assertThatThrownBy(() -> OrderDescription.requireSame(kept(OrderState.REJECTED, refusal), LIMIT, null))
			.isInstanceOf(PaperBot.ReplayMismatch.class)
			.hasMessageContaining("as 'max-order-notional");
		assertThatThrownBy(() -> OrderDescription.requireSame(kept(OrderState.FILLED, null), LIMIT, refusal))
			.isInstanceOf(PaperBot.ReplayMismatch.class)
			.hasMessageContaining("as 'let through'");
		// refused by the venue, not the check: let through by the check both times
		assertThatCode(() -> OrderDescription
			.requireSame(kept(OrderState.REJECTED, "order value is below the min notional 1"), LIMIT, null))
			.doesNotThrowAnyException();
	}

	private static TradingOrder kept(OrderState state, String reason) {
		return new TradingOrder("id", "b1-1", "a", "b", "BTC-USD", "BUY", "LIMIT", new BigDecimal("0.01"),
				new BigDecimal("8000.50"), null, "GTC", false, state, BigDecimal.ZERO, reason, Instant.EPOCH,
				Instant.EPOCH, null, false);
	}

}
