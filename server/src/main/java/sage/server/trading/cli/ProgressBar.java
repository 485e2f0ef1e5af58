package sage.server.trading.cli;

import java.io.PrintStream;
import java.util.Locale;

/**
 * A progress bar redrawn in place on the error stream ({@code [#####     ] 50% (2/4
 * combinations)}), at most once per percent; output stays clean for pipes because it
 * never touches standard output.
 */
final class ProgressBar {

	private static final int WIDTH = 40;

	private final PrintStream err;

	private final String unit;

	private int shown = -1;

	ProgressBar(PrintStream err, String unit) {
		this.err = err;
		this.unit = unit;
	}

	/** Draws {@code done} of {@code total} if the percentage moved. */
	synchronized void show(long done, long total) {
		int percent = (total > 0) ? (int) (100 * done / total) : 100;
		if (percent <= this.shown) {
			return;
		}
		this.shown = percent;
		int filled = WIDTH * percent / 100;
		this.err.printf(Locale.ROOT, "\r[%s%s] %d%% (%,d/%,d %s)", "#".repeat(filled), " ".repeat(WIDTH - filled),
				percent, done, total, this.unit);
		this.err.flush();
	}

	/** Whether anything was drawn. */
	synchronized boolean isShown() {
		return this.shown >= 0;
	}

	/** Ends the bar's line, if one was drawn. */
	synchronized void finish() {
		if (this.shown >= 0) {
			this.err.println();
		}
	}

}
