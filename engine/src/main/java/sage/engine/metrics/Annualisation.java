package sage.engine.metrics;

import java.time.Duration;

import sage.engine.series.Timeframe;

/**
 * How many bars make a year, to annualise per-bar volatility, Sharpe and Sortino. Always
 * the caller's choice, because it depends on the market, not on the bar length alone: 252
 * trading days for a stock's daily bars ({@code Annualisation.of(252)}), 365 for a crypto
 * market open every day ({@code Annualisation.continuous(Timeframe.D1)}).
 *
 * @param periodsPerYear bars per year, positive
 */
public record Annualisation(double periodsPerYear) {

	private static final double MILLIS_PER_YEAR = Duration.ofDays(365).toMillis();

	/** Checks the factor is positive and finite. */
	public Annualisation {
		if (!(periodsPerYear > 0) || Double.isInfinite(periodsPerYear)) {
			throw new IllegalArgumentException("periods per year must be positive: " + periodsPerYear);
		}
	}

	/** An explicit number of bars per year, e.g. 252 for stock daily bars. */
	public static Annualisation of(double periodsPerYear) {
		return new Annualisation(periodsPerYear);
	}

	/**
	 * Bars per 365-day year for a market that trades around the clock (crypto): 365 daily
	 * bars, 8760 hourly bars.
	 */
	public static Annualisation continuous(Timeframe timeframe) {
		return new Annualisation(MILLIS_PER_YEAR / timeframe.duration().toMillis());
	}

	/** A per-year rate spread evenly over the bars of a year (simple, not compounded). */
	double perBar(double annualRate) {
		return annualRate / this.periodsPerYear;
	}

	/** The factor that scales a per-bar standard deviation to a year. */
	double sqrt() {
		return Math.sqrt(this.periodsPerYear);
	}

}
