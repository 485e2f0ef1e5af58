package sage.server.advisor.call;

import java.math.BigDecimal;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

import sage.server.advisor.Signal;
import sage.server.advisor.Stance;
import sage.server.advisor.analysis.AssetAnalysis;
import sage.server.advisor.analysis.Measure;
import sage.server.advisor.analysis.Trend;
import sage.server.advisor.facts.Fact;
import sage.server.advisor.facts.FactSheet;
import sage.server.advisor.facts.Unit;
import sage.server.advisor.risk.RiskAssessment;

/**
 * The advisor's call on an asset, by fixed rules a user can check against the numbers the
 * answer states:
 * <ul>
 * <li>the stance follows the long-term trend: buy in an uptrend, sell in a downtrend,
 * hold when sideways; but hold rather than chase an uptrend with RSI at 70 or above, or
 * sell into a downtrend with RSI at 30 or below; and hold rather than buy when the risk
 * desk vetoed buying;</li>
 * <li>the confidence starts at 50 % and gains 10 points for each of two confirmations:
 * the price is on the trend's side of its 50-day average, and the 30-day change points
 * the stance's way; a hold stays at 50 %. A patient advisor never claims more than 70
 * %;</li>
 * <li>the horizon is 30 days: long enough for a trend to show, short enough to be
 * scored.</li>
 * </ul>
 * No call is made without a price or a known trend (too little history).
 */
public final class CallRule {

	/** How many calendar days a call is for. */
	public static final int HORIZON_DAYS = 30;

	static final BigDecimal BASE = new BigDecimal("0.50");

	static final BigDecimal CONFIRMATION = new BigDecimal("0.10");

	private static final BigDecimal OVERBOUGHT = BigDecimal.valueOf(70);

	private static final BigDecimal OVERSOLD = BigDecimal.valueOf(30);

	private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

	/** The source the call's facts name, as the user reads it. */
	static final String SOURCE = "advisor call rule: the trend of the 50-day against the 200-day average, RSI (14), "
			+ "the price against its 50-day average and the 30-day change";

	/** The call on {@code asset}, given the risk desk's view of it for this user. */
	public Optional<Signal> call(AssetAnalysis asset, @Nullable RiskAssessment risk) {
		Optional<Fact> price = asset.fact(Measure.PRICE);
		if (price.isEmpty() || price.get().value().signum() <= 0 || asset.trend() == Trend.UNKNOWN) {
			return Optional.empty();
		}
		Stance stance = stance(asset, risk);
		BigDecimal confidence = (stance == Stance.HOLD) ? BASE : confidence(asset, stance, price.get().value());
		Fact at = price.get();
		return Optional.of(new Signal(asset.instrument().symbol(), stance, at.value(), at.currency(), at.asOf(),
				HORIZON_DAYS, confidence));
	}

	/**
	 * The facts a call states (its horizon in days and its confidence in percent), so
	 * that the answer may say them and the grounding checker finds them.
	 */
	public static FactSheet facts(Signal signal) {
		String symbol = signal.symbol();
		return new FactSheet(java.util.List.of(
				new Fact(symbol + ".callHorizon", "horizon of the advisor's call, days",
						BigDecimal.valueOf(signal.horizonDays()), Unit.DAYS, null, symbol, SOURCE, signal.pricedAt()),
				new Fact(symbol + ".callConfidence", "confidence of the advisor's call, percent",
						signal.confidence().multiply(HUNDRED).stripTrailingZeros(), Unit.PERCENT, null, symbol, SOURCE,
						signal.pricedAt())));
	}

	private static Stance stance(AssetAnalysis asset, @Nullable RiskAssessment risk) {
		BigDecimal rsi = asset.fact(Measure.RSI_14).map(Fact::value).orElse(null);
		Stance stance = switch (asset.trend()) {
			case UP -> (rsi != null && rsi.compareTo(OVERBOUGHT) >= 0) ? Stance.HOLD : Stance.BUY;
			case DOWN -> (rsi != null && rsi.compareTo(OVERSOLD) <= 0) ? Stance.HOLD : Stance.SELL;
			case SIDEWAYS, UNKNOWN -> Stance.HOLD;
		};
		if (stance == Stance.BUY && risk != null && risk.veto() != null) {
			return Stance.HOLD;
		}
		return stance;
	}

	private static BigDecimal confidence(AssetAnalysis asset, Stance stance, BigDecimal price) {
		int way = (stance == Stance.BUY) ? 1 : -1;
		BigDecimal confidence = BASE;
		Optional<Fact> sma50 = asset.fact(Measure.SMA_50);
		if (sma50.isPresent() && price.compareTo(sma50.get().value()) * way > 0) {
			confidence = confidence.add(CONFIRMATION);
		}
		Optional<Fact> month = asset.fact(Measure.CHANGE_30D);
		if (month.isPresent() && month.get().value().signum() * way > 0) {
			confidence = confidence.add(CONFIRMATION);
		}
		return confidence;
	}

}
