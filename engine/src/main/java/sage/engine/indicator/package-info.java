/**
 * Technical indicators over plain {@code double[]} columns, each with a batch form
 * ({@code compute}) and a streaming form ({@code stream(...).next(...)}) that agree to
 * the last bit, because the batch form drives the very same stream.
 *
 * <p>
 * Warm-up follows TA-Lib: {@code unstableBars(...)} equals TA-Lib's lookback
 * ({@code outBegIdx}) for the same parameters, and outputs before it are {@code NaN}.
 * Where definitions differ between libraries, TA-Lib's is used and the class says so.
 * Values after warm-up match TA-Lib within 1e-9 (absolute up to magnitude 1, relative
 * above), checked in the tests on three real series. Inputs are expected to be finite; a
 * {@code NaN} input propagates.
 *
 * <p>
 * Shapes: single-output indicators offer {@code compute(in..., params, out)},
 * {@code compute(in..., params)} and {@code stream(params).next(...)} returning a
 * {@code double}. Multi-output indicators ({@link sage.engine.indicator.Bollinger},
 * {@link sage.engine.indicator.Macd}, {@link sage.engine.indicator.Stochastic},
 * {@link sage.engine.indicator.Adx}) return a {@code Lines} record of arrays from
 * {@code compute} and a {@code Values} record per step from {@code next}. Windowed
 * indicators cost O(1) per bar (running sums, rings, monotonic deques), except
 * {@link sage.engine.indicator.Cci}, whose mean deviation is O(period).
 *
 * <p>
 * {@link sage.engine.indicator.IndicatorCatalog} lists every indicator under a stable
 * lowercase name with its parameter schema, inputs, named outputs and placement, and
 * computes it over a {@link sage.engine.series.BarSeries} by calling the class above
 * directly, so that callers (the server's API) can offer any indicator by name.
 */
package sage.engine.indicator;
