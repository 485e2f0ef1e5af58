package sage.server.advisor.grounding.evaluation;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.Function;

import org.jspecify.annotations.Nullable;

import sage.server.advisor.facts.Fact;
import sage.server.advisor.facts.FactSheet;
import sage.server.advisor.facts.Unit;

/**
 * Fact sheets built by hand for the evaluation's questions, in the shape an analyst gives
 * them: per instrument its last price (in its quote currency; KOSPI as an index level),
 * 24h change, RSI (14), 30-day volatility, drawdown (a positive size, as the engine's
 * DrawdownCurve gives it) and volume; the Fear &amp; Greed index for crypto and overview
 * questions; nothing for off-topic ones. Values vary by question around realistic levels,
 * so the evaluation sees many different numbers.
 */
final class HandBuiltFacts implements Function<Question, FactSheet> {

	private static final Instant BASE = Instant.parse("2026-12-06T14:30:00Z");

	@Override
	public FactSheet apply(Question question) {
		if (question.topic() == Topic.OFF_TOPIC) {
			return FactSheet.EMPTY;
		}
		Random random = new Random(question.id().hashCode());
		Instant asOf = BASE.plus(Duration.ofSeconds(random.nextInt(86_400)));
		List<String> symbols = question.symbols().isEmpty() ? List.of("BTC-USD", "SPY", "KOSPI") : question.symbols();
		List<Fact> facts = new ArrayList<>();
		for (String symbol : symbols) {
			facts.add(price(symbol, random, asOf));
			facts.add(fact(symbol + ".change24h", "24h change", signed(random, 800, 2), Unit.PERCENT, null, symbol,
					asOf));
			if (wants(question, Topic.RSI)) {
				facts.add(fact(symbol + ".rsi14", "RSI (14)", decimal(random, 1500, 8500, 2), Unit.INDEX, null, symbol,
						asOf));
			}
			if (wants(question, Topic.VOLATILITY)) {
				facts.add(fact(symbol + ".vol30", "30-day volatility", decimal(random, 800, 9000, 2), Unit.PERCENT,
						null, symbol, asOf));
			}
			if (wants(question, Topic.DRAWDOWN)) {
				facts.add(fact(symbol + ".drawdown", "drawdown from the 52-week high", decimal(random, 50, 4500, 2),
						Unit.PERCENT, null, symbol, asOf));
				facts.add(fact(symbol + ".days-since-high", "days since the high",
						BigDecimal.valueOf(1 + random.nextInt(300)), Unit.DAYS, null, symbol, asOf));
			}
			if (question.topic() == Topic.OVERVIEW || question.topic() == Topic.PRICE) {
				facts.add(fact(symbol + ".volume", "24h volume",
						BigDecimal.valueOf(1_000_000L + (long) (random.nextDouble() * 5_000_000_000L)), Unit.NUMBER,
						null, symbol, asOf));
			}
		}
		boolean crypto = symbols.stream().anyMatch((s) -> s.startsWith("BTC"));
		if (question.topic() == Topic.FEAR_GREED || question.topic() == Topic.OVERVIEW || crypto) {
			facts.add(fact("fear-greed.value", "Fear & Greed (0-100)", BigDecimal.valueOf(5 + random.nextInt(91)),
					Unit.INDEX, null, null, asOf));
		}
		return new FactSheet(facts);
	}

	private static boolean wants(Question question, Topic topic) {
		return question.topic() == topic || question.topic() == Topic.COMPARE || question.topic() == Topic.OVERVIEW;
	}

	private static Fact price(String symbol, Random random, Instant asOf) {
		return switch (symbol) {
			case "BTC-USD" -> fact(symbol + ".price", "last price", decimal(random, 5_800_000, 7_200_000, 2),
					Unit.MONEY, "USD", symbol, asOf);
			case "BTC-USDT" -> fact(symbol + ".price", "last price", decimal(random, 5_800_000, 7_200_000, 2),
					Unit.MONEY, "USDT", symbol, asOf);
			case "SPY" -> fact(symbol + ".price", "last price", decimal(random, 55_000, 65_000, 2), Unit.MONEY, "USD",
					symbol, asOf);
			case "005930" -> fact(symbol + ".price", "last price",
					BigDecimal.valueOf(100L * (480 + random.nextInt(300))), Unit.MONEY, "KRW", symbol, asOf);
			case "000660" -> fact(symbol + ".price", "last price",
					BigDecimal.valueOf(500L * (300 + random.nextInt(200))), Unit.MONEY, "KRW", symbol, asOf);
			case "KOSPI" -> fact(symbol + ".level", "index level", decimal(random, 230_000, 290_000, 2), Unit.INDEX,
					null, symbol, asOf);
			default -> throw new IllegalArgumentException("no facts for " + symbol);
		};
	}

	private static BigDecimal decimal(Random random, int low, int high, int scale) {
		return BigDecimal.valueOf(low + random.nextInt(high - low), scale);
	}

	private static BigDecimal signed(Random random, int limit, int scale) {
		return BigDecimal.valueOf(random.nextInt(2 * limit + 1) - limit, scale);
	}

	private static Fact fact(String id, String label, BigDecimal value, Unit unit, @Nullable String currency,
			String symbol, Instant asOf) {
		return new Fact(id, label, value, unit, currency, symbol, "/api/v1/instruments/" + symbol + "/quote", asOf);
	}

}
