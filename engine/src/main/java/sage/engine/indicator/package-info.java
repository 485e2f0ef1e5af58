/**
 * Technical indicators over plain {@code double[]} columns, each with a batch form
 * ({@code compute}) and a streaming form ({@code stream(...).next(...)}) that agree to
 * the last bit, because the batch form drives the very same stream.
 *
 * <p>
 * Warm-up follows TA-Lib: {@code unstableBars(...)} equals TA-Lib's lookback
 * ({@code outBegIdx}) for the same parameters, and outputs before it are {@code NaN}.
 * Where definitions differ between libraries, TA-Lib's is used and the class says so.
 * Inputs are expected to be finite; a {@code NaN} input propagates.
 */
package sage.engine.indicator;
