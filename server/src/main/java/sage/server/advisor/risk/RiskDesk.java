package sage.server.advisor.risk;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.List;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

import sage.server.advisor.Language;
import sage.server.advisor.Profile;
import sage.server.advisor.Profile.Experience;
import sage.server.advisor.Profile.Tolerance;
import sage.server.advisor.analysis.AssetAnalysis;
import sage.server.advisor.analysis.Measure;
import sage.server.advisor.facts.Fact;
import sage.server.advisor.facts.Unit;

/**
 * Weighs an asset's risk against the user's profile, by fixed rules:
 * <ul>
 * <li>the risk level is the worse of what its volatility and its drawdown say
 * ({@link RiskLevel});</li>
 * <li>the largest share of the portfolio it should take follows volatility targeting: the
 * user's target volatility (10 % a year for a low tolerance, 20 % medium, 30 % high)
 * divided by the asset's, so that the position alone would swing the portfolio no more
 * than the target; capped by experience (20 % of the portfolio for a beginner, 50 % for
 * an intermediate, 100 % for an expert) and rounded down to 2 decimals;</li>
 * <li>a veto when the asset's volatility is more than three times the target (a careful
 * beginner and a 60 % coin), or when a beginner asks about a very-high-risk asset.</li>
 * </ul>
 */
public final class RiskDesk {

	private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

	/** Volatility beyond this many times the target is vetoed. */
	private static final BigDecimal FAR_ABOVE = BigDecimal.valueOf(3);

	/** The source of the position share, as the user can read it. */
	static final String RULE = "advisor risk desk: target volatility of the profile divided by the asset's "
			+ "annualised volatility, capped by experience";

	/**
	 * What the desk makes of the asset for this user; empty when its volatility is not
	 * known (too little history), since nothing sensible can be said then.
	 */
	public Optional<RiskAssessment> assess(AssetAnalysis asset, Profile profile, Language language) {
		Optional<Fact> volatility = asset.fact(Measure.VOLATILITY_30D);
		if (volatility.isEmpty() || volatility.get().value().signum() <= 0) {
			return Optional.empty();
		}
		BigDecimal vol = volatility.get().value();
		RiskLevel level = RiskLevel.ofVolatility(vol);
		Optional<Fact> drawdown = asset.fact(Measure.MAX_DRAWDOWN_90D);
		if (drawdown.isPresent()) {
			level = level.or(RiskLevel.ofDrawdown(drawdown.get().value()));
		}
		BigDecimal target = targetVolatility(profile.tolerance());
		BigDecimal share = target.multiply(HUNDRED)
			.divide(vol, MathContext.DECIMAL64)
			.min(cap(profile.experience()))
			.min(HUNDRED)
			.setScale(2, RoundingMode.DOWN);
		String symbol = asset.instrument().symbol();
		Fact maxShare = new Fact(symbol + ".maxPositionShare", "largest suggested share of the portfolio, percent",
				share, Unit.PERCENT, null, symbol, RULE, volatility.get().asOf());
		return Optional.of(new RiskAssessment(symbol, level, maxShare, veto(vol, level, profile, language),
				disclaimers(language)));
	}

	/** What every answer says, whatever it is about. */
	public List<String> disclaimers(Language language) {
		return switch (language) {
			case ENGLISH -> List.of(
					"This is not financial advice: it describes past prices, and past performance "
							+ "does not promise future results.",
					"Sage does not know your whole situation. Decide with care, and never invest money you cannot "
							+ "afford to lose.");
			case KOREAN -> List.of("투자 권유가 아닙니다. 지나간 가격을 설명할 뿐이며, 과거의 성과가 미래의 수익을 보장하지 않습니다.",
					"Sage는 당신의 형편을 다 알지 못합니다. 신중하게 결정하시고, 잃으면 안 되는 돈은 투자하지 마세요.");
		};
	}

	/**
	 * The portfolio volatility a user of this tolerance should aim for, percent a year.
	 */
	static BigDecimal targetVolatility(Tolerance tolerance) {
		return switch (tolerance) {
			case LOW -> BigDecimal.valueOf(10);
			case MEDIUM -> BigDecimal.valueOf(20);
			case HIGH -> BigDecimal.valueOf(30);
		};
	}

	/** The most of a portfolio one asset should take at this experience, percent. */
	static BigDecimal cap(Experience experience) {
		return switch (experience) {
			case BEGINNER -> BigDecimal.valueOf(20);
			case INTERMEDIATE -> BigDecimal.valueOf(50);
			case EXPERT -> HUNDRED;
		};
	}

	private static @Nullable Veto veto(BigDecimal volatility, RiskLevel level, Profile profile, Language language) {
		if (volatility.compareTo(targetVolatility(profile.tolerance()).multiply(FAR_ABOVE)) > 0) {
			return new Veto(Veto.Reason.VOLATILITY_FAR_ABOVE_TOLERANCE, switch (language) {
				case ENGLISH -> "Its swings are far larger than your risk tolerance allows, so I would not suggest "
						+ "buying it for you. If you want to learn how it behaves, watch it, or use an amount so small "
						+ "that losing it would not matter.";
				case KOREAN -> "가격 변동이 감당하실 수 있는 수준을 크게 넘어서므로 매수를 권하지 않습니다. 어떻게 움직이는지 알고 싶다면 "
						+ "지켜보시거나, 잃어도 상관없을 만큼 아주 적은 금액으로만 경험해 보세요.";
			});
		}
		if (level == RiskLevel.VERY_HIGH && profile.experience() == Experience.BEGINNER) {
			return new Veto(Veto.Reason.TOO_RISKY_FOR_A_BEGINNER, switch (language) {
				case ENGLISH -> "This is a very high-risk asset and you are starting out, so I would not suggest "
						+ "buying it until you have more experience with calmer ones.";
				case KOREAN -> "매우 위험한 자산이고 아직 투자 경험이 많지 않으시니, 더 안정적인 자산으로 경험을 쌓기 전까지는 매수를 권하지 않습니다.";
			});
		}
		return null;
	}

}
