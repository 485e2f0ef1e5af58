package sage.engine.indicator;

/** Argument checks shared by the indicators, so every message reads the same. */
final class Arguments {

	private Arguments() {
	}

	/** Rejects a period below {@code min}. */
	static int period(String name, int value, int min) {
		if (value < min) {
			throw new IllegalArgumentException(name + " must be >= " + min + ", was " + value);
		}
		return value;
	}

	/** Rejects an output array shorter than the input. */
	static void output(int inputLength, double[] out) {
		if (out.length < inputLength) {
			throw new IllegalArgumentException(
					"out.length must be >= input length " + inputLength + ", was " + out.length);
		}
	}

	/** Rejects input columns of different lengths; returns the common length. */
	static int sameLength(double[]... columns) {
		int n = columns[0].length;
		for (double[] column : columns) {
			if (column.length != n) {
				throw new IllegalArgumentException(
						"input columns must have the same length, got " + n + " and " + column.length);
			}
		}
		return n;
	}

	/**
	 * TA-Lib's {@code TA_IS_ZERO}: treats |v| below 1e-8 as zero. Used where TA-Lib
	 * guards a division with it, so that results match TA-Lib near flat markets.
	 */
	static boolean isZero(double v) {
		return -0.00000001 < v && v < 0.00000001;
	}

}
