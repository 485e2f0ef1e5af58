package sage.server.advisor.risk;

import java.math.BigDecimal;

/**
 * How risky an asset is, the worse of two readings:
 * <table>
 * <caption>Thresholds</caption>
 * <tr>
 * <th>level</th>
 * <th>annualised volatility</th>
 * <th>deepest fall over 90 days</th>
 * </tr>
 * <tr>
 * <td>LOW</td>
 * <td>under 15 %</td>
 * <td>under 10 %</td>
 * </tr>
 * <tr>
 * <td>MEDIUM</td>
 * <td>15 % to under 30 %</td>
 * <td>10 % to under 20 %</td>
 * </tr>
 * <tr>
 * <td>HIGH</td>
 * <td>30 % to under 60 %</td>
 * <td>20 % to under 35 %</td>
 * </tr>
 * <tr>
 * <td>VERY_HIGH</td>
 * <td>60 % or more</td>
 * <td>35 % or more</td>
 * </tr>
 * </table>
 * A broad stock index swings about 15-20 % a year; a large coin 50-80 %.
 */
public enum RiskLevel {

	/** Calmer than a broad stock index. */
	LOW,
	/** About as lively as a broad stock index. */
	MEDIUM,
	/** Swings of a single growth stock. */
	HIGH,
	/** Swings of a coin or a leveraged product. */
	VERY_HIGH;

	/** The level of an annualised volatility in percent. */
	static RiskLevel ofVolatility(BigDecimal percent) {
		return of(percent.abs(), 15, 30, 60);
	}

	/** The level of a drawdown in percent (its sign is ignored: -25 and 25 are alike). */
	static RiskLevel ofDrawdown(BigDecimal percent) {
		return of(percent.abs(), 10, 20, 35);
	}

	/** The worse of the two. */
	RiskLevel or(RiskLevel other) {
		return (other.ordinal() > ordinal()) ? other : this;
	}

	private static RiskLevel of(BigDecimal value, int medium, int high, int veryHigh) {
		if (value.compareTo(BigDecimal.valueOf(veryHigh)) >= 0) {
			return VERY_HIGH;
		}
		if (value.compareTo(BigDecimal.valueOf(high)) >= 0) {
			return HIGH;
		}
		return (value.compareTo(BigDecimal.valueOf(medium)) >= 0) ? MEDIUM : LOW;
	}

}
