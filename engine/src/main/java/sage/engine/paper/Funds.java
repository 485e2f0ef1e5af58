package sage.engine.paper;

import java.math.BigDecimal;

/**
 * One account's base and quote holdings and what its open orders have reserved of them.
 * Mutable and confined to its engine.
 */
final class Funds {

	BigDecimal base = BigDecimal.ZERO;

	BigDecimal baseReserved = BigDecimal.ZERO;

	BigDecimal quote = BigDecimal.ZERO;

	BigDecimal quoteReserved = BigDecimal.ZERO;

	BigDecimal availableBase() {
		return this.base.subtract(this.baseReserved);
	}

	BigDecimal availableQuote() {
		return this.quote.subtract(this.quoteReserved);
	}

	Balance balance(Asset asset) {
		return (asset == Asset.BASE) ? new Balance(this.base, this.baseReserved)
				: new Balance(this.quote, this.quoteReserved);
	}

}
