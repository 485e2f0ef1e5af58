package sage.server.advisor.voice;

import java.util.List;

import org.jspecify.annotations.Nullable;

import sage.server.advisor.Language;
import sage.server.advisor.Profile;
import sage.server.advisor.Stance;
import sage.server.advisor.analysis.Trend;
import sage.server.advisor.reading.Topic;
import sage.server.advisor.risk.RiskLevel;
import sage.server.market.AssetClass;
import sage.server.market.Instrument;

/**
 * Wallet Buffett's sentences in one language. Numbers come in already written by
 * {@link FactFormat}; a sentence adds none of its own.
 */
interface Voice {

	static Voice of(Language language) {
		return switch (language) {
			case ENGLISH -> new EnglishVoice();
			case KOREAN -> new KoreanVoice();
		};
	}

	/**
	 * A name with its symbol in brackets ({@code Bitcoin (BTC-USD)}); a crypto pair by
	 * its coin's name alone (Bitcoin, not Bitcoin / US Dollar). Digits are kept out,
	 * since every number in an answer must be a fact: a name with digits (SPDR S&amp;P
	 * 500 ETF Trust) gives way to its symbol, a symbol with digits (005930) is left out.
	 */
	static String display(String name, Instrument instrument) {
		String base = name;
		if (instrument.assetClass() == AssetClass.CRYPTO_SPOT || instrument.assetClass() == AssetClass.CRYPTO_PERP) {
			int pair = base.indexOf(" / ");
			base = (pair > 0) ? base.substring(0, pair) : base;
		}
		String symbol = instrument.symbol();
		boolean symbolHasDigits = symbol.chars().anyMatch(Character::isDigit);
		if (base.chars().anyMatch(Character::isDigit)) {
			return symbolHasDigits ? instrument.name().replaceAll("\\d", "").trim() : symbol;
		}
		return (symbolHasDigits || base.equalsIgnoreCase(symbol)) ? base : base + " (" + symbol + ")";
	}

	/** The first line: what this answer is and is not. */
	String label();

	/** The instrument's name as the answer calls it. */
	String name(Instrument instrument);

	String price(String name, String price, String date, @Nullable String change1d);

	String noPrice(String name);

	/** Changes over the past week and month; at least one is given. */
	String changes(@Nullable String week, @Nullable String month);

	/**
	 * The trend and the averages behind it.
	 * @param priceAbove whether the price is above the short average, null when unknown
	 */
	String trend(Trend trend, @Nullable String sma50, @Nullable String sma200, @Nullable Boolean priceAbove);

	String rsi(String value, RsiReading reading);

	/** Volatility and drawdown; at least one is given. */
	String swings(@Nullable String volatility, @Nullable String drawdown);

	String range(String support, String resistance);

	String mood(String value, @Nullable String change, String classification);

	String noMood();

	/** The risk level and the largest sensible share of the portfolio, with no veto. */
	String risk(RiskLevel level, Profile profile, String share);

	/** The risk level and the veto's explanation. */
	String caution(RiskLevel level, String explanation);

	/**
	 * The advisor's call on the asset: what to do over the next {@code horizon} days, and
	 * how sure it is.
	 */
	String call(Stance stance, String horizon, String confidence);

	/** Names asked about that the catalogue does not hold. */
	String unknown(List<String> names);

	String overviewIntro();

	String overviewLine(String name, @Nullable String price, @Nullable String day, @Nullable String month, Trend trend);

	String compareIntro();

	String steadier(String name, String volatility, String otherVolatility);

	String stronger(String name, String change, String otherChange);

	String portfolio();

	String strategy();

	String offTopic();

	/**
	 * The lesson on {@code topic}.
	 * @param overbought the written RSI threshold, for the RSI lesson
	 * @param oversold the written RSI threshold, for the RSI lesson
	 */
	String lesson(Topic topic, String overbought, String oversold);

	/** A closing word of patience. */
	String patience();

}
