/**
 * Bars stored as columns of primitives ({@code long[]} open times, {@code double[]}
 * prices and volume) rather than one object per bar, so indicators can run over plain
 * arrays.
 */
package sage.engine.series;
