package sage.server.advisor.voice;

import java.util.List;

import org.jspecify.annotations.Nullable;

import sage.server.advisor.Profile;
import sage.server.advisor.Stance;
import sage.server.advisor.analysis.Trend;
import sage.server.advisor.reading.Topic;
import sage.server.advisor.risk.RiskLevel;
import sage.server.market.Instrument;

/** Wallet Buffett in English: plain words, short sentences, no hype. */
final class EnglishVoice implements Voice {

	@Override
	public String label() {
		return "Offline analysis — written from market data, no AI model";
	}

	@Override
	public String name(Instrument instrument) {
		return Voice.display(instrument.name(), instrument);
	}

	@Override
	public String price(String name, String price, String date, @Nullable String change1d) {
		String sentence = name + " last traded at " + price + " (" + date + ")";
		return (change1d != null) ? sentence + ", " + change1d + " on the previous close." : sentence + ".";
	}

	@Override
	public String noPrice(String name) {
		return name + " is in the catalogue, but Sage holds no price for it yet, so I have nothing to go on.";
	}

	@Override
	public String changes(@Nullable String week, @Nullable String month) {
		if (week != null && month != null) {
			return "Over the past week it moved " + week + ", and over the past month " + month + ".";
		}
		return (week != null) ? "Over the past week it moved " + week + "."
				: "Over the past month it moved " + month + ".";
	}

	@Override
	public String trend(Trend trend, @Nullable String sma50, @Nullable String sma200, @Nullable Boolean priceAbove) {
		String averages = "the short-term average (" + sma50 + ") and the long-term average (" + sma200 + ")";
		String sentence = switch (trend) {
			case UP -> "The trend is up: the short-term average (" + sma50 + ") stands above the long-term average ("
					+ sma200 + ").";
			case DOWN -> "The trend is down: the short-term average (" + sma50
					+ ") stands below the long-term average (" + sma200 + ").";
			case SIDEWAYS -> "There is no clear trend: " + averages + " are close together.";
			case UNKNOWN -> "There is not enough history yet to read a long-term trend.";
		};
		if (trend == Trend.UNKNOWN || priceAbove == null) {
			return sentence;
		}
		return sentence + (priceAbove ? " The price sits above the short-term average."
				: " The price sits below the short-term average.");
	}

	@Override
	public String rsi(String value, RsiReading reading) {
		return switch (reading) {
			case OVERBOUGHT -> "RSI reads " + value + ", in overbought territory: buyers have run ahead of themselves, "
					+ "and chasing now means paying up.";
			case OVERSOLD ->
				"RSI reads " + value + ", in oversold territory: sellers have had their way. A lower price "
						+ "can be an opportunity, but only if the asset is worth owning.";
			case NEUTRAL -> "RSI reads " + value + ", which is neutral: neither overheated nor washed out.";
		};
	}

	@Override
	public String swings(@Nullable String volatility, @Nullable String drawdown) {
		String swings = (volatility != null)
				? "Over the past month it swung with an annualised volatility of " + volatility + "." : "";
		String fall = (drawdown != null)
				? " Over the last three months its deepest fall from a peak was " + drawdown + "." : "";
		return (swings + fall).trim();
	}

	@Override
	public String range(String support, String resistance) {
		return "This past month it found support near " + support + " and met resistance near " + resistance + ".";
	}

	@Override
	public String mood(String value, @Nullable String change, String classification) {
		String sentence = "Market mood: the crypto Fear & Greed index reads " + value + " (" + classification + ")";
		return (change != null) ? sentence + ", " + change + " on the week." : sentence + ".";
	}

	@Override
	public String noMood() {
		return "The crypto Fear & Greed index is not available offline: it comes from alternative.me, which is not "
				+ "switched on.";
	}

	@Override
	public String risk(RiskLevel level, Profile profile, String share) {
		return "Risk: " + level(level) + ". For " + profile(profile) + ", I would keep it to no more than " + share
				+ " of your portfolio.";
	}

	@Override
	public String caution(RiskLevel level, String explanation) {
		return "Risk: " + level(level) + ". " + explanation;
	}

	@Override
	public String call(Stance stance, String horizon, String confidence) {
		String what = switch (stance) {
			case BUY -> "buy";
			case HOLD -> "hold, and not add";
			case SELL -> "sell, or stay out";
		};
		return "My call for the next " + horizon + " days: " + what + ", with " + confidence
				+ " confidence. It reads the trend and RSI above; it is not a promise.";
	}

	@Override
	public String unknown(List<String> names) {
		List<String> shown = names.stream().filter((name) -> name.chars().noneMatch(Character::isDigit)).toList();
		String what = shown.isEmpty() ? "some of what you asked about" : String.join(", ", shown);
		return "I have no data on " + what + ": it is not in this Sage's catalogue, and I will not guess.";
	}

	@Override
	public String overviewIntro() {
		return "Here is where the markets I hold data for stand, from the latest prices Sage has.";
	}

	@Override
	public String overviewLine(String name, @Nullable String price, @Nullable String day, @Nullable String month,
			Trend trend) {
		StringBuilder line = new StringBuilder("- ").append(name).append(": ");
		line.append((price != null) ? price : "no price yet");
		if (day != null) {
			line.append(", ").append(day).append(" on the day");
		}
		if (month != null) {
			line.append(", ").append(month).append(" over the past month");
		}
		return line.append("; ").append(trendWord(trend)).append('.').toString();
	}

	@Override
	public String compareIntro() {
		return "Side by side, from the same kind of data:";
	}

	@Override
	public String steadier(String name, String volatility, String otherVolatility) {
		return name + " has been the steadier of them this past month (annualised volatility " + volatility
				+ " against " + otherVolatility + ").";
	}

	@Override
	public String stronger(String name, String change, String otherChange) {
		return name + " did better over the past month (" + change + " against " + otherChange
				+ "), but one month says little about the next ten years.";
	}

	@Override
	public String portfolio() {
		return "I cannot see your holdings in offline mode, so I will not guess at your portfolio. What I can do is "
				+ "show you the data for what you name, and how large a share of a portfolio each could sensibly take "
				+ "for your profile.";
	}

	@Override
	public String strategy() {
		return "I do not run or quote backtests here: results I have not computed would be made up. The Backtests "
				+ "page runs a rule on the stored history and shows you every trade it would have made.";
	}

	@Override
	public String offTopic() {
		return "That is outside what I know, and I would rather say so than pretend. I am a market desk: I can tell "
				+ "you how an asset or the market is doing, explain terms like RSI or drawdown, and say how much risk "
				+ "an asset carries for you.";
	}

	@Override
	public String lesson(Topic topic, String overbought, String oversold) {
		return switch (topic) {
			case RSI -> "RSI, the Relative Strength Index, compares how far a price rose on its up days with how far "
					+ "it fell on its down days over the last couple of weeks. Above " + overbought
					+ " is usually read as overbought, below " + oversold + " as oversold. It tells you how a price "
					+ "has been moving, not what an asset is worth: a good business can stay overbought for a long "
					+ "time.";
			case VOLATILITY -> "Volatility measures how much a price swings around its average, usually stated per "
					+ "year. Higher volatility means larger moves both ways: more chance of a quick gain, and more "
					+ "chance of a painful fall. It is not the same as losing money for good, but it tests your "
					+ "patience, and people who cannot stand the swings tend to sell at the bottom.";
			case DRAWDOWN -> "A drawdown is how far a price has fallen from its highest point before it recovers. The "
					+ "deepest one over a period, the maximum drawdown, shows the worst stretch an owner had to sit "
					+ "through. Before buying, ask yourself whether you could hold on through a fall that deep.";
			case DOLLAR_COST_AVERAGING -> "Dollar-cost averaging means buying a fixed amount at regular intervals, "
					+ "whatever the price. You buy more when prices are low and less when they are high, and you "
					+ "never have to guess the right moment. It does not make a poor asset good, but it takes the "
					+ "hurry out of investing.";
			case FEAR_GREED -> "The crypto Fear & Greed index, published by alternative.me, sums up the mood of the "
					+ "crypto market (price moves, volatility, volume, social media) in one score, from extreme fear "
					+ "to extreme greed. Extreme fear has often come near lows and extreme greed near highs: be "
					+ "fearful when others are greedy, and greedy when others are fearful.";
			case MOVING_AVERAGE -> "A moving average is the average closing price over a recent stretch of days, "
					+ "recomputed every day. A short-term average above a long-term one says the trend is up; below "
					+ "it, down. It follows the price; it does not predict it.";
		};
	}

	@Override
	public String patience() {
		return "Prices move every day; value is built over years. There is no need to hurry.";
	}

	private static String trendWord(Trend trend) {
		return switch (trend) {
			case UP -> "trend up";
			case DOWN -> "trend down";
			case SIDEWAYS -> "no clear trend";
			case UNKNOWN -> "trend not yet readable";
		};
	}

	private static String level(RiskLevel level) {
		return switch (level) {
			case LOW -> "low";
			case MEDIUM -> "moderate";
			case HIGH -> "high";
			case VERY_HIGH -> "very high";
		};
	}

	private static String profile(Profile profile) {
		String who = switch (profile.experience()) {
			case BEGINNER -> "a beginner";
			case INTERMEDIATE -> "an investor with some experience";
			case EXPERT -> "an experienced investor";
		};
		String tolerance = switch (profile.tolerance()) {
			case LOW -> "who prefers small swings";
			case MEDIUM -> "comfortable with ordinary market swings";
			case HIGH -> "comfortable with large swings";
		};
		return who + " " + tolerance;
	}

}
