package sage.engine.paper;

import java.math.BigDecimal;

/**
 * One account's holding of one currency.
 *
 * @param total everything held, reserved or not
 * @param reserved the part open orders have set aside
 */
public record Balance(BigDecimal total, BigDecimal reserved) {

	/** What new orders may still use: {@code total - reserved}. */
	public BigDecimal available() {
		return this.total.subtract(this.reserved);
	}

}
