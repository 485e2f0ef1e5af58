package sage.server.trading.venue;

import java.math.BigDecimal;
import java.util.Objects;

import org.jspecify.annotations.Nullable;

import sage.engine.sim.Side;
import sage.engine.sim.TimeInForce;

/**
 * A new order as the venue is asked to place it. Prices and quantity must already lie on
 * the instrument's tick and lot (the engine's {@code InstrumentSpec} rounds them); they
 * are sent exactly as given, never rounded here.
 *
 * <p>
 * Time in force is the engine's ({@code GTC}, {@code IOC}), so that a live order can do
 * no more than the simulator that backtested it; Binance's {@code FOK} is left out for
 * that reason.
 *
 * @param symbol the venue's symbol ({@code BTCUSDT})
 * @param side buy or sell
 * @param type the kind of order; it decides which prices are needed
 * @param quantity in the base asset, positive
 * @param price the limit price, exactly when {@code type} needs one
 * @param stopPrice the trigger price, exactly when {@code type} needs one
 * @param timeInForce how long it works; sent only for types that take one
 * @param clientOrderId Sage's id for the order, unique per account: the key under which a
 * submit of unknown outcome is looked up
 */
public record VenueOrderRequest(String symbol, Side side, OrderType type, BigDecimal quantity,
		@Nullable BigDecimal price, @Nullable BigDecimal stopPrice, TimeInForce timeInForce, String clientOrderId) {

	public VenueOrderRequest {
		Objects.requireNonNull(side, "side");
		Objects.requireNonNull(type, "type");
		Objects.requireNonNull(timeInForce, "timeInForce");
		if (symbol.isBlank()) {
			throw new IllegalArgumentException("symbol is blank");
		}
		if (clientOrderId.isBlank()) {
			throw new IllegalArgumentException("clientOrderId is blank");
		}
		if (quantity.signum() <= 0) {
			throw new IllegalArgumentException("quantity must be positive, got " + quantity.toPlainString());
		}
		requirePrice("price", price, type.needsPrice(), type);
		requirePrice("stopPrice", stopPrice, type.needsStopPrice(), type);
	}

	/** A market order. */
	public static VenueOrderRequest market(String symbol, Side side, BigDecimal quantity, String clientOrderId) {
		return new VenueOrderRequest(symbol, side, OrderType.MARKET, quantity, null, null, TimeInForce.GTC,
				clientOrderId);
	}

	/** A limit order. */
	public static VenueOrderRequest limit(String symbol, Side side, BigDecimal quantity, BigDecimal price,
			TimeInForce timeInForce, String clientOrderId) {
		return new VenueOrderRequest(symbol, side, OrderType.LIMIT, quantity, price, null, timeInForce, clientOrderId);
	}

	private static void requirePrice(String name, @Nullable BigDecimal value, boolean needed, OrderType type) {
		if (needed && value == null) {
			throw new IllegalArgumentException(type + " needs a " + name);
		}
		if (!needed && value != null) {
			// a price the venue would ignore (or reject) is a mistake upstream; say so
			throw new IllegalArgumentException(type + " takes no " + name);
		}
		if (value != null && value.signum() <= 0) {
			throw new IllegalArgumentException(name + " must be positive, got " + value.toPlainString());
		}
	}

}
