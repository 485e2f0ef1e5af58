package sage.server.advisor.brief;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

import sage.server.advisor.Citation;
import sage.server.advisor.Language;
import sage.server.advisor.analysis.AssetAnalysis;
import sage.server.advisor.analysis.MarketMood;
import sage.server.advisor.analysis.Measure;
import sage.server.advisor.analysis.Trend;
import sage.server.advisor.facts.Fact;
import sage.server.advisor.facts.FactSheet;
import sage.server.advisor.facts.Unit;
import sage.server.advisor.grounding.GroundedAnswer;
import sage.server.advisor.grounding.GroundingChecker;
import sage.server.advisor.grounding.GroundingPolicy;
import sage.server.advisor.voice.FactFormat;
import sage.server.market.Instrument;

/**
 * Writes a market brief from the analyst's facts, in English or Korean: first the notable
 * moves (a change since the previous close of {@value #NOTABLE_MOVE_PERCENT} % or more
 * either way, the largest first, a sentence each so that each names its own asset), then
 * a paragraph per asset in the same order (price and change, an RSI (14) above
 * {@value #OVERBOUGHT} or below {@value #OVERSOLD}, the trend of the 50-day against the
 * 200-day average and whether it turned since the previous brief), then the crypto Fear
 * &amp; Greed index and its change over a week when a provider gives it. Paragraphs are
 * separated by a blank line.
 *
 * <p>
 * Every number is a fact's value written by {@link FactFormat}; the thresholds are facts
 * too (source {@value #CONVENTION}), so the grounding check, which runs on the text
 * before it is returned, keeps and cites them like the rest. The same facts give the same
 * brief.
 */
public final class BriefWriter {

	/** The source of the thresholds: a trader's convention, not market data. */
	public static final String CONVENTION = "convention";

	/** A move this large (percent, either way) since the previous close is notable. */
	public static final int NOTABLE_MOVE_PERCENT = 2;

	/** An RSI (14) above this is overbought. */
	public static final int OVERBOUGHT = 70;

	/** An RSI (14) below this is oversold. */
	public static final int OVERSOLD = 30;

	static final String NOTABLE_MOVE_ID = "brief.notableMove";

	static final String OVERBOUGHT_ID = "brief.rsiOverbought";

	static final String OVERSOLD_ID = "brief.rsiOversold";

	private final GroundingChecker checker = new GroundingChecker(GroundingPolicy.REMOVE);

	/**
	 * The brief over {@code assets}.
	 * @param assets the tracked assets' analyses, in the configured order
	 * @param mood the Fear &amp; Greed index, null when no provider gives it
	 * @param trendsBefore each asset's trend in the previous brief, by symbol (empty for
	 * the first brief)
	 * @param language the language to write in
	 * @param at when it is written: the time of the threshold facts
	 */
	public WrittenBrief write(List<AssetAnalysis> assets, @Nullable MarketMood mood, Map<String, Trend> trendsBefore,
			Language language, Instant at) {
		FactSheet facts = new FactSheet(List.of(
				convention(NOTABLE_MOVE_ID, "notable move, percent either way", NOTABLE_MOVE_PERCENT, Unit.PERCENT, at),
				convention(OVERBOUGHT_ID, "RSI above which an asset is overbought", OVERBOUGHT, Unit.INDEX, at),
				convention(OVERSOLD_ID, "RSI below which an asset is oversold", OVERSOLD, Unit.INDEX, at)));
		for (AssetAnalysis asset : assets) {
			facts = facts.and(asset.facts());
		}
		if (mood != null) {
			facts = facts.and(mood.facts());
		}
		Prose prose = (language == Language.KOREAN) ? new Korean() : new English();
		FactFormat format = FactFormat.in(language);
		List<AssetAnalysis> byMove = byMove(assets);
		List<String> paragraphs = new ArrayList<>();
		paragraphs.add(moves(byMove, prose, format, facts));
		for (AssetAnalysis asset : byMove) {
			paragraphs.add(asset(asset, trendsBefore.getOrDefault(asset.instrument().symbol(), Trend.UNKNOWN), prose,
					format, facts));
		}
		if (mood != null) {
			Fact value = mood.facts().find(MarketMood.VALUE).orElseThrow();
			@Nullable Fact change = mood.facts().find(MarketMood.CHANGE_7D).orElse(null);
			paragraphs.add(prose.mood(format.value(value), mood.classification(),
					(change != null) ? format.change(change) : null));
		}
		else if (assets.stream().anyMatch(BriefWriter::isCrypto)) {
			paragraphs.add(prose.noMood());
		}
		String text = String.join("\n\n", paragraphs);
		GroundedAnswer grounded = this.checker.ground(text, facts);
		FactSheet sheet = facts;
		List<Citation> citations = grounded.citations()
			.stream()
			.map((cited) -> Citation.of(cited.start(), cited.end(), sheet.find(cited.factId()).orElseThrow()))
			.toList();
		return new WrittenBrief(firstSentence(grounded.text()), grounded.text(), facts, citations,
				grounded.unsupported());
	}

	/**
	 * The assets with a change since the previous close, largest first; then the rest.
	 */
	static List<AssetAnalysis> byMove(List<AssetAnalysis> assets) {
		Comparator<AssetAnalysis> largestFirst = Comparator.comparing(
				(AssetAnalysis asset) -> change(asset).map((fact) -> fact.value().abs()).orElse(null),
				Comparator.nullsLast(Comparator.reverseOrder()));
		// a stable sort: equal moves and assets with none keep the configured order
		return assets.stream().sorted(largestFirst).toList();
	}

	/** Its first sentence, or the whole text up to its first paragraph's end. */
	public static String firstSentence(String text) {
		int paragraph = text.indexOf("\n\n");
		String first = (paragraph >= 0) ? text.substring(0, paragraph) : text;
		int end = first.indexOf(". ");
		return (end >= 0) ? first.substring(0, end + 1) : first.strip();
	}

	private static String moves(List<AssetAnalysis> byMove, Prose prose, FactFormat format, FactSheet facts) {
		// a whole percent, written as such (the fact backs it): 2%, not 2.00%
		String threshold = facts.find(NOTABLE_MOVE_ID).orElseThrow().value().toPlainString() + "%";
		List<String> notable = new ArrayList<>();
		@Nullable String largest = null;
		for (AssetAnalysis asset : byMove) {
			Fact change = change(asset).orElse(null);
			if (change == null) {
				continue;
			}
			// the symbol too: the grounding check cites the fact of the symbol its
			// sentence
			// names, so that BTC-USDT's move is BTC-USDT's even when BTC-USD moved as
			// much
			String move = prose.name(asset.instrument()) + " (" + asset.instrument().symbol() + ") "
					+ format.change(change);
			if (largest == null) {
				largest = move;
			}
			if (change.value().abs().compareTo(BigDecimal.valueOf(NOTABLE_MOVE_PERCENT)) >= 0) {
				notable.add(move);
			}
		}
		if (!notable.isEmpty()) {
			return prose.notableMoves(threshold, notable);
		}
		return (largest != null) ? prose.quiet(threshold, largest) : prose.noMoves();
	}

	private static String asset(AssetAnalysis asset, Trend before, Prose prose, FactFormat format, FactSheet facts) {
		Instrument instrument = asset.instrument();
		String name = prose.name(instrument) + " (" + instrument.symbol() + ")";
		@Nullable Fact price = asset.fact(Measure.PRICE).orElse(null);
		if (price == null) {
			return prose.noPrice(name);
		}
		@Nullable Fact change = change(asset).orElse(null);
		StringBuilder paragraph = new StringBuilder(
				prose.price(name, format.value(price), (change != null) ? format.change(change) : null));
		asset.fact(Measure.RSI_14).ifPresent((rsi) -> {
			if (rsi.value().compareTo(BigDecimal.valueOf(OVERBOUGHT)) > 0) {
				paragraph.append(' ')
					.append(prose.overbought(instrument.symbol(), format.value(rsi),
							format.value(facts.find(OVERBOUGHT_ID).orElseThrow())));
			}
			else if (rsi.value().compareTo(BigDecimal.valueOf(OVERSOLD)) < 0) {
				paragraph.append(' ')
					.append(prose.oversold(instrument.symbol(), format.value(rsi),
							format.value(facts.find(OVERSOLD_ID).orElseThrow())));
			}
		});
		@Nullable Fact sma50 = asset.fact(Measure.SMA_50).orElse(null);
		@Nullable Fact sma200 = asset.fact(Measure.SMA_200).orElse(null);
		Trend now = asset.trend();
		paragraph.append(' ');
		if (now == Trend.UNKNOWN || sma50 == null || sma200 == null) {
			paragraph.append(prose.noTrend());
		}
		else {
			boolean turned = before != Trend.UNKNOWN && before != now;
			paragraph.append(prose.trend(instrument.symbol(), now, turned, format.value(sma50), format.value(sma200)));
		}
		return paragraph.toString();
	}

	private static java.util.Optional<Fact> change(AssetAnalysis asset) {
		return asset.fact(Measure.CHANGE_1D);
	}

	private static boolean isCrypto(AssetAnalysis asset) {
		return switch (asset.instrument().assetClass()) {
			case CRYPTO_SPOT, CRYPTO_PERP -> true;
			default -> false;
		};
	}

	private static Fact convention(String id, String label, int value, Unit unit, Instant at) {
		return new Fact(id, label, BigDecimal.valueOf(value), unit, null, null, CONVENTION, at);
	}

	/**
	 * A brief as written and grounded.
	 *
	 * @param headline its first sentence
	 * @param text its paragraphs, separated by a blank line
	 * @param facts what it was written from
	 * @param citations where each of its numbers comes from
	 * @param unsupported numbers the grounding check removed (0 unless the writer has a
	 * bug)
	 */
	public record WrittenBrief(String headline, String text, FactSheet facts, List<Citation> citations,
			int unsupported) {
	}

	/** The sentences of one language; values come in already written. */
	private interface Prose {

		String name(Instrument instrument);

		String notableMoves(String threshold, List<String> moves);

		String quiet(String threshold, String largest);

		String noMoves();

		String noPrice(String name);

		String price(String name, String price, @Nullable String change);

		String overbought(String symbol, String rsi, String threshold);

		String oversold(String symbol, String rsi, String threshold);

		String trend(String symbol, Trend trend, boolean turned, String sma50, String sma200);

		String noTrend();

		String mood(String value, String classification, @Nullable String change);

		String noMood();

	}

	private static final class English implements Prose {

		@Override
		public String name(Instrument instrument) {
			return instrument.name();
		}

		@Override
		public String notableMoves(String threshold, List<String> moves) {
			return "Notable moves since the previous close, " + threshold + " or more either way: "
					+ String.join(". ", moves) + ".";
		}

		@Override
		public String quiet(String threshold, String largest) {
			return "No tracked asset moved " + threshold + " or more since the previous close. The largest move: "
					+ largest + ".";
		}

		@Override
		public String noMoves() {
			return "No tracked asset has a change since the previous close yet.";
		}

		@Override
		public String noPrice(String name) {
			return name + ": no price is stored yet.";
		}

		@Override
		public String price(String name, String price, @Nullable String change) {
			return (change != null) ? name + " is at " + price + ", " + change + " since the previous close."
					: name + " is at " + price + ".";
		}

		@Override
		public String overbought(String symbol, String rsi, String threshold) {
			return symbol + "'s RSI (14) is " + rsi + ", above " + threshold + ": overbought.";
		}

		@Override
		public String oversold(String symbol, String rsi, String threshold) {
			return symbol + "'s RSI (14) is " + rsi + ", below " + threshold + ": oversold.";
		}

		@Override
		public String trend(String symbol, Trend trend, boolean turned, String sma50, String sma200) {
			String averages = switch (trend) {
				case UP -> "the 50-day average (" + sma50 + ") is above the 200-day (" + sma200 + ")";
				case DOWN -> "the 50-day average (" + sma50 + ") is below the 200-day (" + sma200 + ")";
				default -> "the 50-day average (" + sma50 + ") is close to the 200-day (" + sma200 + ")";
			};
			String word = switch (trend) {
				case UP -> "up";
				case DOWN -> "down";
				default -> "sideways";
			};
			return turned ? symbol + "'s trend turned " + word + " since the previous brief: " + averages + "."
					: symbol + "'s trend is " + word + ": " + averages + ".";
		}

		@Override
		public String noTrend() {
			return "Too little history is stored for the long-term trend.";
		}

		@Override
		public String mood(String value, String classification, @Nullable String change) {
			String sentence = "Market mood: the crypto Fear & Greed index reads " + value + " (" + classification + ")";
			return (change != null) ? sentence + ", " + change + " on the week." : sentence + ".";
		}

		@Override
		public String noMood() {
			return "The crypto Fear & Greed index is not available: no provider of it is on.";
		}

	}

	private static final class Korean implements Prose {

		@Override
		public String name(Instrument instrument) {
			return (instrument.localName() != null) ? instrument.localName() : instrument.name();
		}

		@Override
		public String notableMoves(String threshold, List<String> moves) {
			return "전일 종가 대비 " + threshold + " 이상 움직인 종목: " + String.join(". ", moves) + ".";
		}

		@Override
		public String quiet(String threshold, String largest) {
			return "전일 종가 대비 " + threshold + " 이상 움직인 종목은 없습니다. 가장 크게 움직인 종목: " + largest + ".";
		}

		@Override
		public String noMoves() {
			return "아직 전일 종가 대비 변동이 있는 종목이 없습니다.";
		}

		@Override
		public String noPrice(String name) {
			return name + ": 아직 가격 데이터가 없습니다.";
		}

		@Override
		public String price(String name, String price, @Nullable String change) {
			return (change != null) ? name + "의 현재 가격은 " + price + "이며, 전일 종가 대비 " + change + "입니다."
					: name + "의 현재 가격은 " + price + "입니다.";
		}

		@Override
		public String overbought(String symbol, String rsi, String threshold) {
			return "이 종목(" + symbol + ")의 RSI(14)는 " + rsi + "입니다. 과매수 기준인 " + threshold + "보다 높습니다.";
		}

		@Override
		public String oversold(String symbol, String rsi, String threshold) {
			return "이 종목(" + symbol + ")의 RSI(14)는 " + rsi + "입니다. 과매도 기준인 " + threshold + "보다 낮습니다.";
		}

		@Override
		public String trend(String symbol, Trend trend, boolean turned, String sma50, String sma200) {
			String averages = "이 종목(" + symbol + ")의 50일 이동평균(" + sma50 + ")이 200일 이동평균(" + sma200 + ")"
					+ switch (trend) {
						case UP -> "보다 위에 있어";
						case DOWN -> "보다 아래에 있어";
						default -> "과 가까워";
					};
			String word = switch (trend) {
				case UP -> "상승";
				case DOWN -> "하락";
				default -> "횡보";
			};
			String toward = (trend == Trend.UP || trend == Trend.DOWN) ? "으로" : "로";
			return turned ? averages + ", 지난 브리프 이후 추세가 " + word + toward + " 바뀌었습니다."
					: averages + " 추세는 " + word + "입니다.";
		}

		@Override
		public String noTrend() {
			return "장기 추세를 읽기에는 아직 가격 이력이 부족합니다.";
		}

		@Override
		public String mood(String value, String classification, @Nullable String change) {
			String sentence = "시장 심리: 암호화폐 공포·탐욕 지수는 " + value + "입니다 (" + classification + ").";
			return (change != null) ? sentence + " 한 주 동안 " + change + " 변했습니다." : sentence;
		}

		@Override
		public String noMood() {
			return "암호화폐 공포·탐욕 지수는 볼 수 없습니다. 제공자가 꺼져 있습니다.";
		}

	}

}
