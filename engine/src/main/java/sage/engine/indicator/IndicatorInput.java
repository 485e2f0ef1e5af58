package sage.engine.indicator;

import java.util.List;

/** The bar columns an indicator reads, so a caller knows which data it needs. */
public enum IndicatorInput {

	/** Closes only. */
	CLOSE(List.of("close")),

	/** Highs, lows and closes. */
	HIGH_LOW_CLOSE(List.of("high", "low", "close")),

	/** Closes and volumes. */
	CLOSE_VOLUME(List.of("close", "volume")),

	/** Highs, lows, closes and volumes. */
	HIGH_LOW_CLOSE_VOLUME(List.of("high", "low", "close", "volume"));

	private final List<String> columns;

	IndicatorInput(List<String> columns) {
		this.columns = columns;
	}

	/** The columns read, by their bar field names ({@code close}, {@code volume}). */
	public List<String> columns() {
		return this.columns;
	}

}
