package sage.server.trading.order;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import org.jspecify.annotations.Nullable;

import sage.server.trading.OrderState;
import sage.server.trading.venue.VenueFill;
import sage.server.trading.venue.VenueOrder;
import sage.server.trading.venue.VenueOrderStatus;

/**
 * One live order as Sage knows it from the venue's reports, and the pure rule that folds
 * each further report in. Reports arrive duplicated, late and out of order (a fill may
 * come before the order's acknowledgement, a polled status after a newer streamed one),
 * so {@link #apply} is built to give the same answer whatever order the same reports
 * arrive in: fills are a set by venue trade id, the venue's filled quantity only grows,
 * and the state only moves forward (the first final state wins).
 *
 * <p>
 * No I/O and no clock: the caller stores what changed ({@link #newFills}, the state) and
 * fetches the venue's trades while {@link #missingQuantity} is above zero.
 *
 * @param clientOrderId the id Sage gave the order
 * @param venueOrderId the venue's id, once a report has named it
 * @param state where the order stands
 * @param quantity the quantity ordered
 * @param venueFilledQuantity the most the venue has said is filled (it may say so before
 * its trades are seen)
 * @param fills the fills seen, one per venue trade id, sorted by time then trade id
 * @param venueUpdatedAt the newest update time of the statuses applied; {@code null}
 * before the first
 * @param reason why the venue ended the order, when a status cancelled, expired or
 * rejected it
 */
public record TrackedOrder(String clientOrderId, @Nullable String venueOrderId, OrderState state, BigDecimal quantity,
		BigDecimal venueFilledQuantity, List<VenueFill> fills, @Nullable Instant venueUpdatedAt,
		@Nullable String reason) {

	private static final Comparator<VenueFill> CHRONOLOGICAL = Comparator.comparing(VenueFill::at)
		.thenComparing(VenueFill::venueTradeId);

	/**
	 * Checks what the reports can never produce, so that an order rebuilt from the
	 * database is as sound as one built by {@link #apply}.
	 * @throws IllegalArgumentException when the quantity is not positive, a fill is kept
	 * twice or names another order, or more is filled than ordered
	 */
	public TrackedOrder {
		Objects.requireNonNull(clientOrderId, "clientOrderId");
		Objects.requireNonNull(state, "state");
		Objects.requireNonNull(quantity, "quantity");
		Objects.requireNonNull(venueFilledQuantity, "venueFilledQuantity");
		if (quantity.signum() <= 0) {
			throw new IllegalArgumentException(
					"order " + clientOrderId + ": quantity " + quantity + " is not positive");
		}
		if (venueFilledQuantity.signum() < 0 || venueFilledQuantity.compareTo(quantity) > 0) {
			throw new IllegalArgumentException("order " + clientOrderId + ": the venue's filled quantity "
					+ venueFilledQuantity + " is outside 0.." + quantity);
		}
		List<VenueFill> sorted = new ArrayList<>(fills);
		sorted.sort(CHRONOLOGICAL);
		fills = List.copyOf(sorted);
		Set<String> tradeIds = new HashSet<>();
		BigDecimal filled = BigDecimal.ZERO;
		for (VenueFill fill : fills) {
			if (!tradeIds.add(fill.venueTradeId())) {
				throw new IllegalArgumentException(
						"order " + clientOrderId + ": trade " + fill.venueTradeId() + " is kept twice");
			}
			if (!fill.venueOrderId().equals(venueOrderId)) {
				throw new IllegalArgumentException("order " + clientOrderId + " (venue id " + venueOrderId + "): trade "
						+ fill.venueTradeId() + " belongs to venue order " + fill.venueOrderId());
			}
			filled = filled.add(fill.quantity());
		}
		if (filled.compareTo(quantity) > 0) {
			throw overfill(clientOrderId, filled, quantity);
		}
	}

	/**
	 * An order as stored, to fold further reports into.
	 * @throws IllegalArgumentException as the constructor does
	 */
	public static TrackedOrder of(String clientOrderId, @Nullable String venueOrderId, OrderState state,
			BigDecimal quantity, BigDecimal venueFilledQuantity, List<VenueFill> fills) {
		return new TrackedOrder(clientOrderId, venueOrderId, state, quantity, venueFilledQuantity, fills, null, null);
	}

	/**
	 * An order sent to the venue with no answer yet: {@link OrderState#UNKNOWN} until a
	 * report says otherwise.
	 */
	public static TrackedOrder awaiting(String clientOrderId, BigDecimal quantity) {
		return of(clientOrderId, null, OrderState.UNKNOWN, quantity, BigDecimal.ZERO, List.of());
	}

	/**
	 * This order with one more report folded in; {@code this} when the report changes
	 * nothing (a duplicate, a stale status).
	 *
	 * <p>
	 * A trade is kept once per venue trade id, and moves a working order to
	 * {@code PARTIALLY_FILLED} or {@code FILLED}; an order already final keeps its state
	 * but still keeps the fill (the late report of a fill made before a cancel). A status
	 * raises the venue's filled quantity and moves the state forward only: a status older
	 * than the newest applied, or one that would move the state back, changes no state,
	 * and once final the state never changes.
	 * @throws IllegalArgumentException when the report is about another order (another
	 * client order id, another venue order id), or would make more filled than ordered:
	 * the venue and Sage disagree about the order, and the caller must stop and look
	 */
	public TrackedOrder apply(OrderReport report) {
		TrackedOrder next = switch (report) {
			case OrderReport.Status status -> withStatus(status.order());
			case OrderReport.Trade trade -> withTrade(trade.fill());
		};
		return next.equals(this) ? this : next;
	}

	/** How much the fills seen add up to. */
	public BigDecimal filledQuantity() {
		BigDecimal filled = BigDecimal.ZERO;
		for (VenueFill fill : this.fills) {
			filled = filled.add(fill.quantity());
		}
		return filled;
	}

	/**
	 * How much the venue says is filled beyond the fills seen, never below zero: while it
	 * is above zero the caller fetches the venue's trades.
	 */
	public BigDecimal missingQuantity() {
		return this.venueFilledQuantity.subtract(filledQuantity()).max(BigDecimal.ZERO);
	}

	/**
	 * The fills kept here and not in {@code before} (by venue trade id), in time order:
	 * what the caller inserts after applying reports to {@code before}.
	 */
	public List<VenueFill> newFills(TrackedOrder before) {
		Set<String> known = new HashSet<>();
		for (VenueFill fill : before.fills) {
			known.add(fill.venueTradeId());
		}
		return this.fills.stream().filter((fill) -> !known.contains(fill.venueTradeId())).toList();
	}

	private TrackedOrder withTrade(VenueFill fill) {
		for (VenueFill kept : this.fills) {
			if (kept.venueTradeId().equals(fill.venueTradeId())) {
				return this;
			}
		}
		String orderId = learnVenueOrderId(fill.venueOrderId(), "trade " + fill.venueTradeId());
		if (fill.quantity().signum() <= 0) {
			throw new IllegalArgumentException("order " + this.clientOrderId + ": trade " + fill.venueTradeId()
					+ " has quantity " + fill.quantity());
		}
		BigDecimal filled = filledQuantity().add(fill.quantity());
		if (filled.compareTo(this.quantity) > 0) {
			throw overfill(this.clientOrderId, filled, this.quantity);
		}
		OrderState next = this.state;
		if (!this.state.isFinal()) {
			next = (filled.compareTo(this.quantity) >= 0) ? OrderState.FILLED : OrderState.PARTIALLY_FILLED;
		}
		List<VenueFill> kept = new ArrayList<>(this.fills);
		kept.add(fill);
		return new TrackedOrder(this.clientOrderId, orderId, next, this.quantity, this.venueFilledQuantity, kept,
				this.venueUpdatedAt, this.reason);
	}

	private TrackedOrder withStatus(VenueOrder order) {
		if (!order.clientOrderId().equals(this.clientOrderId)) {
			throw new IllegalArgumentException("order " + this.clientOrderId + ": a status of order "
					+ order.clientOrderId() + " was routed here");
		}
		String orderId = learnVenueOrderId(order.venueOrderId(), "a status");
		if (order.filledQuantity().compareTo(this.quantity) > 0) {
			throw overfill(this.clientOrderId, order.filledQuantity(), this.quantity);
		}
		BigDecimal venueFilled = this.venueFilledQuantity.max(order.filledQuantity());
		boolean stale = this.venueUpdatedAt != null && order.updatedAt().isBefore(this.venueUpdatedAt);
		Instant updatedAt = stale ? this.venueUpdatedAt : order.updatedAt();
		OrderState next = this.state;
		String why = this.reason;
		OrderState reported = state(order.status());
		if (!stale && !this.state.isFinal() && rank(reported) > rank(this.state)) {
			next = reported;
			why = reason(order.status());
		}
		return new TrackedOrder(this.clientOrderId, orderId, next, this.quantity, venueFilled, this.fills, updatedAt,
				why);
	}

	private String learnVenueOrderId(String reported, String what) {
		if (this.venueOrderId != null && !this.venueOrderId.equals(reported)) {
			throw new IllegalArgumentException("order " + this.clientOrderId + " (venue id " + this.venueOrderId + "): "
					+ what + " of venue order " + reported + " was routed here");
		}
		return reported;
	}

	/** Sage's state for the venue's status. */
	private static OrderState state(VenueOrderStatus status) {
		return switch (status) {
			case NEW -> OrderState.SUBMITTED;
			case PARTIALLY_FILLED -> OrderState.PARTIALLY_FILLED;
			case FILLED -> OrderState.FILLED;
			case CANCELED, EXPIRED -> OrderState.CANCELED;
			case REJECTED -> OrderState.REJECTED;
		};
	}

	private static @Nullable String reason(VenueOrderStatus status) {
		return switch (status) {
			case CANCELED -> "canceled at the venue";
			case EXPIRED -> "expired at the venue";
			case REJECTED -> "rejected by the venue";
			default -> null;
		};
	}

	/** How far along a state is; a state never moves to a lower or equal rank. */
	static int rank(OrderState state) {
		return switch (state) {
			case NEW, UNKNOWN -> 0;
			case SUBMITTED -> 1;
			case PARTIALLY_FILLED -> 2;
			case FILLED, CANCELED, REJECTED -> 3;
		};
	}

	private static IllegalArgumentException overfill(String clientOrderId, BigDecimal filled, BigDecimal quantity) {
		return new IllegalArgumentException(
				"order " + clientOrderId + ": " + filled + " filled is more than the " + quantity + " ordered");
	}

}
