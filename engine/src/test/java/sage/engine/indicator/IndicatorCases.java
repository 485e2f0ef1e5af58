package sage.engine.indicator;

import java.util.List;
import java.util.function.Function;

/**
 * Every indicator as a uniform case for the property tests: its lines computed in batch,
 * the same lines computed by feeding its stream one bar at a time, and each line's
 * {@code unstableBars}. Parameters derive from one generated period {@code p >= 2}.
 */
record IndicatorCases(String name, int[] unstable, Function<SyntheticBars, double[][]> batch,
		Function<SyntheticBars, double[][]> stream) {

	static List<IndicatorCases> all(int p) {
		int slow = 2 * p;
		int signal = Math.max(1, p / 2);
		return List.of(single("Sma(" + p + ")", Sma.unstableBars(p), (b) -> Sma.compute(b.close(), p), (b) -> {
			Sma.Stream s = Sma.stream(p);
			return each(b, (i) -> s.next(b.close()[i]));
		}), single("Ema(" + p + ")", Ema.unstableBars(p), (b) -> Ema.compute(b.close(), p), (b) -> {
			Ema.Stream s = Ema.stream(p);
			return each(b, (i) -> s.next(b.close()[i]));
		}), single("Wma(" + p + ")", Wma.unstableBars(p), (b) -> Wma.compute(b.close(), p), (b) -> {
			Wma.Stream s = Wma.stream(p);
			return each(b, (i) -> s.next(b.close()[i]));
		}), single("Rma(" + p + ")", Rma.unstableBars(p), (b) -> Rma.compute(b.close(), p), (b) -> {
			Rma.Stream s = Rma.stream(p);
			return each(b, (i) -> s.next(b.close()[i]));
		}), single("Rsi(" + p + ")", Rsi.unstableBars(p), (b) -> Rsi.compute(b.close(), p), (b) -> {
			Rsi.Stream s = Rsi.stream(p);
			return each(b, (i) -> s.next(b.close()[i]));
		}), single("Atr(" + p + ")", Atr.unstableBars(p), (b) -> Atr.compute(b.high(), b.low(), b.close(), p), (b) -> {
			Atr.Stream s = Atr.stream(p);
			return each(b, (i) -> s.next(b.high()[i], b.low()[i], b.close()[i]));
		}), new IndicatorCases("Bollinger(" + p + ", 2)", repeat(Bollinger.unstableBars(p), 3), (b) -> {
			Bollinger.Lines l = Bollinger.compute(b.close(), p, 2.0);
			return new double[][] { l.middle(), l.upper(), l.lower() };
		}, (b) -> {
			Bollinger.Stream s = Bollinger.stream(p, 2.0);
			double[][] out = new double[3][b.size()];
			for (int i = 0; i < b.size(); i++) {
				Bollinger.Values v = s.next(b.close()[i]);
				out[0][i] = v.middle();
				out[1][i] = v.upper();
				out[2][i] = v.lower();
			}
			return out;
		}), new IndicatorCases("Macd(" + p + ", " + slow + ", " + signal + ")",
				repeat(Macd.unstableBars(p, slow, signal), 3), (b) -> {
					Macd.Lines l = Macd.compute(b.close(), p, slow, signal);
					return new double[][] { l.macd(), l.signal(), l.histogram() };
				}, (b) -> {
					Macd.Stream s = Macd.stream(p, slow, signal);
					double[][] out = new double[3][b.size()];
					for (int i = 0; i < b.size(); i++) {
						Macd.Values v = s.next(b.close()[i]);
						out[0][i] = v.macd();
						out[1][i] = v.signal();
						out[2][i] = v.histogram();
					}
					return out;
				}),
				new IndicatorCases("Stochastic(" + p + ", 3, 3)", repeat(Stochastic.unstableBars(p, 3, 3), 2), (b) -> {
					Stochastic.Lines l = Stochastic.compute(b.high(), b.low(), b.close(), p, 3, 3);
					return new double[][] { l.k(), l.d() };
				}, (b) -> {
					Stochastic.Stream s = Stochastic.stream(p, 3, 3);
					double[][] out = new double[2][b.size()];
					for (int i = 0; i < b.size(); i++) {
						Stochastic.Values v = s.next(b.high()[i], b.low()[i], b.close()[i]);
						out[0][i] = v.k();
						out[1][i] = v.d();
					}
					return out;
				}), single("WilliamsR(" + p + ")", WilliamsR.unstableBars(p),
						(b) -> WilliamsR.compute(b.high(), b.low(), b.close(), p), (b) -> {
							WilliamsR.Stream s = WilliamsR.stream(p);
							return each(b, (i) -> s.next(b.high()[i], b.low()[i], b.close()[i]));
						}),
				single("Momentum(" + p + ")", Momentum.unstableBars(p), (b) -> Momentum.compute(b.close(), p), (b) -> {
					Momentum.Stream s = Momentum.stream(p);
					return each(b, (i) -> s.next(b.close()[i]));
				}), single("Roc(" + p + ")", Roc.unstableBars(p), (b) -> Roc.compute(b.close(), p), (b) -> {
					Roc.Stream s = Roc.stream(p);
					return each(b, (i) -> s.next(b.close()[i]));
				}), single("Cci(" + p + ")", Cci.unstableBars(p), (b) -> Cci.compute(b.high(), b.low(), b.close(), p),
						(b) -> {
							Cci.Stream s = Cci.stream(p);
							return each(b, (i) -> s.next(b.high()[i], b.low()[i], b.close()[i]));
						}),
				single("Obv", Obv.unstableBars(), (b) -> Obv.compute(b.close(), b.volume()), (b) -> {
					Obv.Stream s = Obv.stream();
					return each(b, (i) -> s.next(b.close()[i], b.volume()[i]));
				}), new IndicatorCases("Adx(" + p + ")",
						new int[] { Adx.unstableBars(p), Adx.diUnstableBars(p), Adx.diUnstableBars(p) }, (b) -> {
							Adx.Lines l = Adx.compute(b.high(), b.low(), b.close(), p);
							return new double[][] { l.adx(), l.plusDi(), l.minusDi() };
						}, (b) -> {
							Adx.Stream s = Adx.stream(p);
							double[][] out = new double[3][b.size()];
							for (int i = 0; i < b.size(); i++) {
								Adx.Values v = s.next(b.high()[i], b.low()[i], b.close()[i]);
								out[0][i] = v.adx();
								out[1][i] = v.plusDi();
								out[2][i] = v.minusDi();
							}
							return out;
						}),
				single("Vwap(cumulative)", Vwap.unstableBars(),
						(b) -> Vwap.compute(b.high(), b.low(), b.close(), b.volume()), (b) -> {
							Vwap.Stream s = Vwap.stream();
							return each(b, (i) -> s.next(b.high()[i], b.low()[i], b.close()[i], b.volume()[i]));
						}),
				single("Vwap(UTC day)", Vwap.unstableBars(),
						(b) -> Vwap.compute(Vwap.utcDays(b.time()), b.high(), b.low(), b.close(), b.volume()), (b) -> {
							Vwap.Stream s = Vwap.stream();
							long[] days = Vwap.utcDays(b.time());
							return each(b,
									(i) -> s.next(days[i], b.high()[i], b.low()[i], b.close()[i], b.volume()[i]));
						}),
				single("Jma(" + p + ", 50)", Jma.unstableBars(p), (b) -> Jma.compute(b.close(), p, 50), (b) -> {
					Jma.Stream s = Jma.stream(p, 50);
					return each(b, (i) -> s.next(b.close()[i]));
				}), single("Trend(" + p + ", 3, " + p + ", 20)", Trend.unstableBars(p, 3, p),
						(b) -> directions(Trend.classify(b.high(), b.low(), b.close(), p, 3, p, 20)), (b) -> {
							Trend.Stream s = Trend.stream(p, 3, p, 20);
							Trend.Direction[] out = new Trend.Direction[b.size()];
							for (int i = 0; i < b.size(); i++) {
								out[i] = s.next(b.high()[i], b.low()[i], b.close()[i]);
							}
							return new double[][] { directions(out) };
						}));
	}

	@Override
	public String toString() {
		return this.name;
	}

	private static IndicatorCases single(String name, int unstable, Function<SyntheticBars, double[]> batch,
			Function<SyntheticBars, double[][]> stream) {
		return new IndicatorCases(name, new int[] { unstable }, (b) -> new double[][] { batch.apply(b) }, stream);
	}

	private static double[][] each(SyntheticBars bars, java.util.function.IntToDoubleFunction step) {
		double[] out = new double[bars.size()];
		for (int i = 0; i < out.length; i++) {
			out[i] = step.applyAsDouble(i);
		}
		return new double[][] { out };
	}

	private static int[] repeat(int value, int times) {
		int[] out = new int[times];
		java.util.Arrays.fill(out, value);
		return out;
	}

	/** A direction as a number (its ordinal), {@code NaN} for "not classified yet". */
	private static double[] directions(Trend.Direction[] directions) {
		double[] out = new double[directions.length];
		for (int i = 0; i < out.length; i++) {
			out[i] = (directions[i] != null) ? directions[i].ordinal() : Double.NaN;
		}
		return out;
	}

}
