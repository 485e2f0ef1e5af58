package sage.engine.paper;

import java.math.BigDecimal;
import java.util.Arrays;

/**
 * The bids or the asks: price levels in a sorted array with the best price last. Trading
 * happens near the best price, so most insertions and removals move only the few levels
 * above them, and the best level is one array read (a tree would chase pointers).
 */
final class BookSide {

	private final boolean bids;

	private PriceLevel[] levels = new PriceLevel[64];

	private int size;

	BookSide(boolean bids) {
		this.bids = bids;
	}

	/** The sort key: ascending keys put the best price last on both sides. */
	private long key(long ticks) {
		return this.bids ? ticks : -ticks;
	}

	/** The best level, or {@code null} when the side is empty. */
	PriceLevel best() {
		return (this.size == 0) ? null : this.levels[this.size - 1];
	}

	/** The number of price levels. */
	int depth() {
		return this.size;
	}

	/** The level {@code rank} places behind the best (0 is the best). */
	PriceLevel level(int rank) {
		return this.levels[this.size - 1 - rank];
	}

	/** The level at {@code ticks}, created empty if there is none. */
	PriceLevel levelAt(long ticks, GridStep tick) {
		long key = key(ticks);
		int low = 0;
		int high = this.size - 1;
		while (low <= high) {
			int middle = (low + high) >>> 1;
			long middleKey = key(this.levels[middle].priceTicks);
			if (middleKey < key) {
				low = middle + 1;
			}
			else if (middleKey > key) {
				high = middle - 1;
			}
			else {
				return this.levels[middle];
			}
		}
		if (this.size == this.levels.length) {
			this.levels = Arrays.copyOf(this.levels, this.size * 2);
		}
		System.arraycopy(this.levels, low, this.levels, low + 1, this.size - low);
		PriceLevel level = new PriceLevel(ticks, tick.value(ticks));
		this.levels[low] = level;
		this.size++;
		return level;
	}

	/** Removes an empty level. */
	void remove(PriceLevel level) {
		long key = key(level.priceTicks);
		int low = 0;
		int high = this.size - 1;
		while (low < high) {
			int middle = (low + high) >>> 1;
			if (key(this.levels[middle].priceTicks) < key) {
				low = middle + 1;
			}
			else {
				high = middle;
			}
		}
		if (this.levels[low] != level) {
			throw new IllegalStateException("level not in the book: " + level.price);
		}
		System.arraycopy(this.levels, low + 1, this.levels, low, this.size - low - 1);
		this.levels[--this.size] = null;
	}

	/** Checks the levels are sorted, distinct and not empty. */
	void checkInvariants() {
		for (int i = 0; i < this.size; i++) {
			if (this.levels[i].isEmpty()) {
				throw new IllegalStateException("empty level at " + this.levels[i].price);
			}
			if (i > 0 && key(this.levels[i - 1].priceTicks) >= key(this.levels[i].priceTicks)) {
				throw new IllegalStateException("levels out of order at " + this.levels[i].price);
			}
		}
	}

	BigDecimal bestPrice() {
		PriceLevel best = best();
		return (best == null) ? null : best.price;
	}

}
