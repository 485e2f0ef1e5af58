package sage.engine.pretrade;

import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Refuses orders for symbols outside a list ({@value #CODE}).
 *
 * @param symbols the symbols that may be traded; empty allows none
 */
public record AllowedSymbols(Set<String> symbols) implements RiskRule {

	/** The rule's code. */
	public static final String CODE = "allowed-symbols";

	/** Copies the set. */
	public AllowedSymbols {
		symbols = Set.copyOf(Objects.requireNonNull(symbols, "symbols"));
	}

	@Override
	public String code() {
		return CODE;
	}

	@Override
	public Optional<RiskBreach> check(OrderIntent order, Exposure exposure) {
		if (order.reduces(exposure.positionQuantity()) || this.symbols.contains(order.symbol())) {
			return Optional.empty();
		}
		// sorted, so that the same limits always read the same
		String allowed = this.symbols.isEmpty() ? "no symbol is allowed"
				: "allowed are " + String.join(", ", new TreeSet<>(this.symbols));
		return Optional.of(new RiskBreach(CODE, "symbol " + order.symbol() + " is not allowed; " + allowed, false));
	}

}
