package sage.server.market.ingest;

import java.util.ArrayList;
import java.util.List;

/**
 * What one run has done so far; kept by the run's own thread and read once it ends.
 */
final class RunTally {

	private int fetched;

	private int stored;

	private int quarantined;

	private final List<String> errors = new ArrayList<>();

	void fetched(int rows) {
		this.fetched += rows;
	}

	void stored(int rows) {
		this.stored += rows;
	}

	void quarantined(int rows) {
		this.quarantined += rows;
	}

	void failed(String symbol, String message) {
		this.errors.add(symbol + ": " + message);
	}

	int fetched() {
		return this.fetched;
	}

	int stored() {
		return this.stored;
	}

	int quarantined() {
		return this.quarantined;
	}

	List<String> errors() {
		return List.copyOf(this.errors);
	}

}
