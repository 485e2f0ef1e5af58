package sage.server.advisor.reading;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

import sage.server.advisor.Intent;
import sage.server.advisor.Language;
import sage.server.market.Instrument;

/**
 * Reads a question in English or Korean: its language (by Hangul), the instruments it
 * names and what it asks for, by fixed rules checked in this order:
 * <ol>
 * <li>a trading rule or backtest is asked about: {@link Intent#STRATEGY};</li>
 * <li>the user's holdings or allocation: {@link Intent#PORTFOLIO};</li>
 * <li>two or more assets named: {@link Intent#COMPARE}; one:
 * {@link Intent#ONE_ASSET};</li>
 * <li>a concept named ({@link Topic}) and asked about, or named with no word about the
 * market: {@link Intent#EDUCATION};</li>
 * <li>a word about markets, prices or investing: {@link Intent#MARKET_OVERVIEW};</li>
 * <li>else {@link Intent#OFF_TOPIC}.</li>
 * </ol>
 * Assets are found by the names people use ({@link CommonNames}) and by ticker-like words
 * as written (uppercase letters, six-digit Korean codes), which the catalogue resolves by
 * symbol or alias.
 */
public final class QuestionReader {

	/**
	 * An uppercase ticker, a pair, a Korean code, or an index symbol; a Korean particle
	 * may follow it (SPY하고).
	 */
	private static final Pattern TICKER = Pattern.compile(
			"(?<![\\p{L}\\p{N}^.])(\\^?[A-Z][A-Z0-9]{1,9}(?:\\.[A-Z]{1,3})?(?:[-/][A-Z]{2,5})?|\\d{6}(?:\\.K[SQ])?)"
					+ "(?![A-Za-z0-9])");

	/** Uppercase words that are not tickers: finance acronyms and shouted words. */
	private static final Set<String> NOT_TICKERS = Set.of("AI", "OK", "US", "USA", "UK", "EU", "RSI", "SMA", "EMA",
			"MA", "MACD", "ETF", "ETFS", "DCA", "MDD", "ATH", "ATL", "CEO", "IPO", "GDP", "CPI", "PPI", "FED", "FOMC",
			"USD", "KRW", "EUR", "JPY", "USDT", "TA", "PE", "PER", "PBR", "ROE", "EPS", "FAQ", "FYI", "IMO", "HODL",
			"FOMO", "FUD", "YTD", "VS", "NFT", "DEFI", "API", "KOSDAQ", "NASDAQ", "NYSE", "DOW", "ME", "MY", "IS", "IT",
			"HOW", "THE", "AND", "OR", "BUY", "SELL", "NOW", "PLEASE", "LOL", "TL", "DR");

	private static final Cues STRATEGY = Cues.of("backtest", "back-test", "back test", "strategy", "strategies",
			"trading rule", "trading system", "golden cross", "death cross", "if i had bought", "entry signal", "백테스트",
			"백테스팅", "전략", "매매 규칙", "매매법", "매매 기법", "골든크로스", "골든 크로스", "데드크로스", "데드 크로스", "샀다면");

	private static final Cues PORTFOLIO = Cues.of("portfolio", "my holdings", "my positions", "my position",
			"allocation", "allocate", "rebalanc", "diversif", "how much of my", "포트폴리오", "보유 종목", "보유종목", "내 종목",
			"자산 배분", "자산배분", "리밸런싱", "분산 투자", "분산투자", "비중");

	private static final Cues MARKET = Cues.of("market", "stocks", "stock", "shares", "crypto", "coins", "economy",
			"sentiment", "invest", "prices", "price", "rally", "crash", "bull", "bear", "kosdaq", "nasdaq", "dow jones",
			"fear and greed", "fear & greed", "trading", "시장", "증시", "장세", "시황", "주식", "주가", "코인", "암호화폐", "가상화폐",
			"가상자산", "투자", "경제", "공포", "탐욕", "코스닥", "나스닥", "폭락", "급등", "상승장", "하락장", "시세");

	private static final Cues ASKS_MEANING = Cues.of("what is", "what's", "what are", "whats", "explain", "meaning",
			"define", "definition", "how does", "how do", "tell me about", "teach", "mean?", "means", "뭐야", "뭐예요",
			"뭔가요", "뭐에요", "뭐지", "뭔지", "무엇", "이란", "란?", "란 ", "뜻", "의미", "설명", "개념", "알려줘", "알려 줘", "가르쳐");

	private static final Map<Topic, Cues> TOPICS = topics();

	/**
	 * Words of a question that points back at what the chat was about ("and its RSI?",
	 * "그럼 그거 변동성은?").
	 */
	private static final Cues POINTS_BACK = Cues.of("its", "it", "that one", "this one", "them", "they", "what about",
			"how about", "and", "same for", "그럼", "그거", "이거", "그것", "이것", "걔", "그 코인", "그 종목", "그 주식", "그건", "이건");

	private final InstrumentLookup instruments;

	/**
	 * @param instruments resolves symbols and aliases ({@code Instruments::find})
	 */
	public QuestionReader(InstrumentLookup instruments) {
		this.instruments = instruments;
	}

	/** Reads {@code text}. */
	public Question read(String text) {
		Language language = Language.of(text);
		String lower = lowerCase(text);
		Mentions mentions = mentions(text, lower);
		Topic topic = topic(lower);
		return new Question(text, language, intent(lower, mentions, topic), mentions.instruments(), mentions.unknown(),
				topic);
	}

	/**
	 * Reads {@code text} as part of a chat: a question that names no asset but points
	 * back ("and its RSI?") is about the assets the latest earlier question named.
	 * @param earlier the chat's earlier questions, oldest first
	 */
	public Question read(String text, List<String> earlier) {
		Question read = read(text);
		String lower = lowerCase(text);
		if (!read.instruments().isEmpty() || !read.unknown().isEmpty() || !POINTS_BACK.in(lower)) {
			return read;
		}
		for (int i = earlier.size() - 1; i >= 0; i--) {
			Question before = read(earlier.get(i));
			if (!before.instruments().isEmpty()) {
				Intent intent = switch (read.intent()) {
					case STRATEGY, PORTFOLIO -> read.intent();
					default -> (before.instruments().size() >= 2) ? Intent.COMPARE : Intent.ONE_ASSET;
				};
				return new Question(text, read.language(), intent, before.instruments(), List.of(), read.topic());
			}
		}
		return read;
	}

	private static Intent intent(String lower, Mentions mentions, @Nullable Topic topic) {
		int named = mentions.instruments().size() + mentions.unknown().size();
		if (STRATEGY.in(lower)) {
			return Intent.STRATEGY;
		}
		if (PORTFOLIO.in(lower)) {
			return Intent.PORTFOLIO;
		}
		if (named >= 2) {
			return Intent.COMPARE;
		}
		if (named == 1) {
			return Intent.ONE_ASSET;
		}
		boolean aboutMarkets = MARKET.in(lower);
		if (topic != null && (ASKS_MEANING.in(lower) || !aboutMarkets)) {
			return Intent.EDUCATION;
		}
		return aboutMarkets ? Intent.MARKET_OVERVIEW : Intent.OFF_TOPIC;
	}

	private static @Nullable Topic topic(String lower) {
		return TOPICS.entrySet()
			.stream()
			.filter((e) -> e.getValue().in(lower))
			.map(Map.Entry::getKey)
			.findFirst()
			.orElse(null);
	}

	/**
	 * The assets named, in the order named: common names first (their spans are then
	 * skipped), then ticker-like words.
	 */
	private Mentions mentions(String text, String lower) {
		TreeMap<Integer, String> symbolsAt = new TreeMap<>();
		boolean[] taken = new boolean[text.length()];
		for (String name : CommonNames.NAMES) {
			for (int at = Cues.firstIn(lower, name, 0, true); at >= 0; at = Cues.firstIn(lower, name, at + 1, true)) {
				if (free(taken, at, at + name.length()) && !partOfPair(lower, at, at + name.length())) {
					take(taken, at, at + name.length());
					symbolsAt.put(at, CommonNames.symbolOf(name));
				}
			}
		}
		// in an all-caps English question every word looks like a ticker; Korean has no
		// case
		boolean shouted = Language.of(text) == Language.ENGLISH && text.chars().noneMatch(Character::isLowerCase);
		Map<Integer, String> tickersAt = new TreeMap<>();
		Matcher ticker = TICKER.matcher(text);
		while (ticker.find()) {
			String word = ticker.group(1);
			if (free(taken, ticker.start(1), ticker.end(1)) && !NOT_TICKERS.contains(word)) {
				tickersAt.put(ticker.start(1), word);
			}
		}
		Map<String, Instrument> found = new LinkedHashMap<>();
		Set<String> unknown = new LinkedHashSet<>();
		TreeMap<Integer, Mention> all = new TreeMap<>();
		symbolsAt.forEach((at, symbol) -> all.put(at, new Mention(symbol, true)));
		tickersAt.forEach((at, word) -> all.put(at, new Mention(word, !shouted)));
		for (Mention mention : all.values()) {
			Optional<Instrument> instrument = this.instruments.find(mention.word());
			if (instrument.isPresent()) {
				found.putIfAbsent(instrument.get().symbol(), instrument.get());
			}
			else if (mention.countsWhenUnknown()) {
				unknown.add(mention.word());
			}
		}
		return new Mentions(new ArrayList<>(found.values()), new ArrayList<>(unknown));
	}

	/**
	 * Whether the name at {@code [from, to)} is one side of a pair or a dotted symbol
	 * (btc in btc-usdt), which the ticker pass reads whole.
	 */
	private static boolean partOfPair(String lower, int from, int to) {
		boolean joinedAfter = to + 1 < lower.length() && "-/.".indexOf(lower.charAt(to)) >= 0
				&& Character.isLetterOrDigit(lower.charAt(to + 1));
		boolean joinedBefore = from >= 2 && "-/.".indexOf(lower.charAt(from - 1)) >= 0
				&& Character.isLetterOrDigit(lower.charAt(from - 2));
		return joinedAfter || joinedBefore;
	}

	/** Lower case, one char for one char, so that positions match the text's. */
	private static String lowerCase(String text) {
		char[] chars = text.toCharArray();
		for (int i = 0; i < chars.length; i++) {
			chars[i] = Character.toLowerCase(chars[i]);
		}
		return new String(chars);
	}

	private static boolean free(boolean[] taken, int from, int to) {
		for (int i = from; i < to; i++) {
			if (taken[i]) {
				return false;
			}
		}
		return true;
	}

	private static void take(boolean[] taken, int from, int to) {
		for (int i = from; i < to; i++) {
			taken[i] = true;
		}
	}

	private static Map<Topic, Cues> topics() {
		Map<Topic, Cues> topics = new LinkedHashMap<>();
		topics.put(Topic.FEAR_GREED, Cues.of("fear and greed", "fear & greed", "fear&greed", "fear-greed", "공포 탐욕",
				"공포탐욕", "공포와 탐욕", "공포·탐욕"));
		topics.put(Topic.RSI, Cues.of("rsi", "relative strength", "상대강도", "상대 강도"));
		topics.put(Topic.VOLATILITY, Cues.of("volatility", "volatile", "변동성"));
		topics.put(Topic.DRAWDOWN, Cues.of("drawdown", "draw-down", "draw down", "mdd", "낙폭", "드로다운", "최대 손실폭"));
		topics.put(Topic.DOLLAR_COST_AVERAGING, Cues.of("dollar-cost", "dollar cost", "dca", "cost averaging", "적립식",
				"분할 매수", "분할매수", "정액 매수", "정액매수", "정기 매수"));
		topics.put(Topic.MOVING_AVERAGE, Cues.of("moving average", "sma", "ema", "이동평균", "이동 평균", "이평선"));
		return topics;
	}

	/**
	 * A word that names an asset; a ticker-like word counts as unknown only in normal
	 * text.
	 */
	private record Mention(String word, boolean countsWhenUnknown) {
	}

	private record Mentions(List<Instrument> instruments, List<String> unknown) {
	}

}
