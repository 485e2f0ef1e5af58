package sage.engine.strategy;

import java.util.ArrayList;
import java.util.List;

/**
 * {@code hyper-rsi} as one hand-written loop over {@code double[]} columns: the fastest
 * way the same rules can run, and the floor the benchmark measures Sage against. Nothing
 * is allocated per bar; indicators are inline running sums, the ledger is three doubles.
 *
 * <p>
 * Same rules, same arithmetic: every indicator step is written in the operation order of
 * Sage's streams ({@code Rsi}, {@code Ema}, {@code Adx}, {@code Trend}), so the values
 * are bit-identical; decisions at each close, market orders filled at the next bar's
 * open, exits before pyramiding before entries, as {@link HyperRsi} documents.
 *
 * <p>
 * What differs from Sage, and why the trades still agree:
 * <ul>
 * <li>the ledger is binary floating point where Sage's is exact decimal, so the average
 * entry price and commissions can differ in the last bits; a decision could only flip for
 * a close within an ulp or two of an exit or spacing level, which the parity test would
 * show;</li>
 * <li>only what {@link HyperRsiRules} can express is modelled: fixed size, percent
 * spacing, no min notional, exits that close everything, so a fill only ever opens, adds
 * to or closes a position (never a partial close or a flip);</li>
 * <li>no equity curve, trade list or rejection list is kept: only the fills and the final
 * equity.</li>
 * </ul>
 * Not thread-safe; one instance per run.
 */
public final class BareLoopHyperRsi {

	/**
	 * One fill.
	 *
	 * @param bar the index of the bar it filled at the open of
	 * @param time that bar's open time, epoch milliseconds
	 * @param buy whether it bought
	 * @param quantity units, positive
	 * @param price the fill price (the bar's open)
	 * @param commission the commission charged
	 */
	public record Fill(int bar, long time, boolean buy, double quantity, double price, double commission) {
	}

	/**
	 * The outcome of a run.
	 *
	 * @param fills the fills, oldest first
	 * @param finalEquity cash plus the position at the last close
	 */
	public record Result(List<Fill> fills, double finalEquity) {
	}

	private BareLoopHyperRsi() {
	}

	/**
	 * Runs the rules over the columns of one series.
	 * @param time bar open times
	 * @param open opens
	 * @param high highs
	 * @param low lows
	 * @param close closes
	 * @param rules the configuration
	 * @return the fills and the final equity
	 */
	public static Result run(long[] time, double[] open, double[] high, double[] low, double[] close,
			HyperRsiRules rules) {
		int n = close.length;
		List<Fill> fills = new ArrayList<>();

		int rsiPeriod = rules.rsiPeriod();
		double rsiGain = 0;
		double rsiLoss = 0;
		double rsiBefore = Double.NaN;

		int emaPeriod = rules.emaPeriod();
		double k = 2.0 / (emaPeriod + 1);
		double ema = 0;
		int slopeBars = rules.slopeBars();
		double[] emaRing = new double[slopeBars];

		int adxPeriod = rules.adxPeriod();
		double plusDm = 0;
		double minusDm = 0;
		double trSum = 0;
		double sumDx = 0;
		double adx = 0;
		int adxStart = 2 * adxPeriod - 1;
		int lookback = rules.trendLookback();

		double oversold = rules.oversold();
		double overbought = rules.overbought();
		double threshold = rules.adxThreshold();
		boolean allowShort = rules.allowShort();
		int maxEntries = rules.maxEntries();
		double spacing = rules.entrySpacingPercent() / 100;
		double takeProfit = rules.takeProfitPercent() / 100;
		double stopLoss = rules.stopLossPercent() / 100;
		double trailing = rules.trailingPercent() / 100;
		double size = rules.size();
		double rate = rules.commissionRate();

		double cash = rules.initialCash();
		double quantity = 0;
		double basis = 0;
		int entries = 0;
		double lastEntryPrice = 0;
		double bestClose = 0;
		// the order decided at the last close: +1 buy, -1 sell, 0 none
		int orderSide = 0;
		double orderQuantity = 0;
		boolean orderReduces = false;

		for (int t = 0; t < n; t++) {
			// 1. the order decided at the previous close fills at this open
			if (orderSide != 0) {
				double price = open[t];
				double traded = orderReduces ? Math.min(orderQuantity, Math.abs(quantity)) : orderQuantity;
				double commission = price * traded * rate;
				boolean affordable = orderSide < 0 || quantity < 0 || price * traded + commission <= cash;
				boolean reducible = !orderReduces || (quantity != 0 && Math.signum(quantity) != orderSide);
				if (affordable && reducible) {
					cash += (orderSide > 0) ? -price * traded : price * traded;
					cash -= commission;
					fills.add(new Fill(t, time[t], orderSide > 0, traded, price, commission));
					if (orderReduces) {
						// exits close everything
						quantity = 0;
						basis = 0;
						entries = 0;
					}
					else {
						if (quantity == 0) {
							entries = 1;
							bestClose = close[t];
						}
						else {
							entries++;
						}
						quantity += orderSide * traded;
						basis += orderSide * traded * price;
						lastEntryPrice = price;
					}
				}
				orderSide = 0;
			}

			// 2. indicators at this close, in the order of Sage's streams
			double c = close[t];
			double h = high[t];
			double l = low[t];
			double rsiNow = Double.NaN;
			if (t > 0) {
				double change = c - close[t - 1];
				if (t <= rsiPeriod) {
					if (change < 0) {
						rsiLoss -= change;
					}
					else {
						rsiGain += change;
					}
				}
				else {
					rsiLoss *= rsiPeriod - 1;
					rsiGain *= rsiPeriod - 1;
					if (change < 0) {
						rsiLoss -= change;
					}
					else {
						rsiGain += change;
					}
				}
				if (t >= rsiPeriod) {
					rsiLoss /= rsiPeriod;
					rsiGain /= rsiPeriod;
					double total = rsiGain + rsiLoss;
					rsiNow = (-0.00000001 < total && total < 0.00000001) ? 0.0 : 100.0 * (rsiGain / total);
				}
			}

			double emaNow = Double.NaN;
			if (t < emaPeriod) {
				ema += c;
				if (t == emaPeriod - 1) {
					ema /= emaPeriod;
					emaNow = ema;
				}
			}
			else {
				ema = ((c - ema) * k) + ema;
				emaNow = ema;
			}
			int slot = t % slopeBars;
			double emaBefore = emaRing[slot];
			emaRing[slot] = emaNow;

			if (t > 0) {
				double up = h - high[t - 1];
				double down = low[t - 1] - l;
				double previousClose = close[t - 1];
				double tr = h - l;
				double upRange = Math.abs(previousClose - h);
				if (upRange > tr) {
					tr = upRange;
				}
				double downRange = Math.abs(previousClose - l);
				if (downRange > tr) {
					tr = downRange;
				}
				if (t >= adxPeriod) {
					minusDm -= minusDm / adxPeriod;
					plusDm -= plusDm / adxPeriod;
				}
				if (down > 0 && up < down) {
					minusDm += down;
				}
				else if (up > 0 && up > down) {
					plusDm += up;
				}
				if (t < adxPeriod) {
					trSum += tr;
				}
				else {
					trSum = trSum - (trSum / adxPeriod) + tr;
					double dx = Double.NaN;
					if (!(-0.00000001 < trSum && trSum < 0.00000001)) {
						double minusDi = 100.0 * (minusDm / trSum);
						double plusDi = 100.0 * (plusDm / trSum);
						double sum = minusDi + plusDi;
						if (!(-0.00000001 < sum && sum < 0.00000001)) {
							dx = 100.0 * (Math.abs(minusDi - plusDi) / sum);
						}
					}
					if (t <= adxStart) {
						if (!Double.isNaN(dx)) {
							sumDx += dx;
						}
						if (t == adxStart) {
							adx = sumDx / adxPeriod;
						}
					}
					else if (!Double.isNaN(dx)) {
						adx = ((adx * (adxPeriod - 1)) + dx) / adxPeriod;
					}
				}
			}

			// 3. the decision at this close; direction: 1 up, -1 down, 0 sideways
			double before = rsiBefore;
			rsiBefore = rsiNow;
			if (t < lookback) {
				continue;
			}
			int direction = 0;
			if (adx >= threshold) {
				double slope = emaNow - emaBefore;
				direction = (slope > 0) ? 1 : (slope < 0) ? -1 : 0;
			}
			if (quantity == 0) {
				if (before < oversold && oversold <= rsiNow && direction != -1) {
					orderSide = 1;
					orderQuantity = size;
					orderReduces = false;
				}
				else if (allowShort && before > overbought && overbought >= rsiNow && direction != 1) {
					orderSide = -1;
					orderQuantity = size;
					orderReduces = false;
				}
				continue;
			}
			int sign = (quantity > 0) ? 1 : -1;
			bestClose = (sign > 0) ? Math.max(bestClose, c) : Math.min(bestClose, c);
			double average = basis / quantity;
			double gain = sign * (c - average) / average;
			boolean exit = (takeProfit > 0 && gain >= takeProfit) || (stopLoss > 0 && -gain >= stopLoss)
					|| (trailing > 0 && sign * (bestClose - c) >= trailing * bestClose)
					|| ((sign > 0) ? rsiNow > overbought : rsiNow < oversold) || direction == -sign;
			if (exit) {
				orderSide = -sign;
				orderQuantity = Math.abs(quantity);
				orderReduces = true;
			}
			else if (entries < maxEntries && direction != -sign
					&& sign * (lastEntryPrice - c) >= spacing * lastEntryPrice) {
				orderSide = sign;
				orderQuantity = size;
				orderReduces = false;
			}
		}
		double lastClose = (n == 0) ? 0 : close[n - 1];
		return new Result(fills, cash + quantity * lastClose);
	}

}
