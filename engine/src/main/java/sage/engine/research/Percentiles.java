package sage.engine.research;

/**
 * The 5th, 25th, 50th, 75th and 95th percentiles of a sample.
 *
 * @param p5 5th percentile
 * @param p25 25th percentile
 * @param p50 median
 * @param p75 75th percentile
 * @param p95 95th percentile
 */
public record Percentiles(double p5, double p25, double p50, double p75, double p95) {

}
