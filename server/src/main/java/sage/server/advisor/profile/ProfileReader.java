package sage.server.advisor.profile;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import org.jspecify.annotations.Nullable;

import sage.server.advisor.Profile;
import sage.server.advisor.Profile.Experience;
import sage.server.advisor.Profile.Tolerance;
import sage.server.advisor.Question;
import sage.server.advisor.reading.Cues;
import sage.server.advisor.reading.QuestionReader;

/**
 * Infers a profile from the questions a user asked, by fixed rules, in English and
 * Korean.
 *
 * <p>
 * A <em>statement</em> ("I'm new to investing", "안전하게 투자하고 싶어요") weighs 3; a
 * <em>hint</em> (asking what a word means, using words such as Sharpe ratio or leverage)
 * weighs 1. A statement about the user counts only when the sentence is about them: it
 * has a first-person word or a wish ("I", "my", "저는", "싶어요"), and a question counts only
 * with a wish ("Is BTC high risk?" says nothing of the asker; "I want something high
 * risk, any ideas?" does). A Korean sentence that is not a question is taken to be about
 * the speaker, since Korean seldom says 저는. A phrase after a negation ("I don't want high
 * risk") does not count, nor one before a Korean negation ("공격적인 건 싫어요").
 *
 * <p>
 * For each part, the value with the most weight leads (a tie goes to the more careful
 * value); its confidence is its share of the weight times its weight over 3, at most 1:
 * one statement is enough (1.0), one hint is not (0.33), a statement against another
 * halves it. Below {@value #APPLIES} the careful value is assumed.
 */
public final class ProfileReader {

	/** The confidence from which an inference is used. */
	static final double APPLIES = 0.5;

	/**
	 * The questions read, newest first: old ones say less of the user as they are now.
	 */
	public static final int QUESTIONS = 200;

	static final int MOST_ASSETS = 8;

	/**
	 * The latest questions the assets followed are read from: what a user follows moves
	 * faster than who they are.
	 */
	static final int ASSET_QUESTIONS = 50;

	private static final int STATEMENT = 3;

	private static final int HINT = 1;

	private static final int EVIDENCE = 5;

	private static final int ASSET_EVIDENCE = 3;

	private static final int EXCERPT = 160;

	private static final Pattern SENTENCE_END = Pattern.compile("(?<=[.!?。？！])\\s+|\\n+");

	private static final Pattern FIRST_PERSON = Pattern
		.compile("(?<![a-z])(i|i'm|im|i've|i'd|i'll|me|my|mine|we|our)(?![a-z'])");

	private static final Pattern WISH = Pattern.compile(
			"(?<![a-z])(i want|i'd like|i would like|i prefer|i'm looking for|im looking for|looking for|i need)(?![a-z])");

	private static final Cues KOREAN_FIRST_PERSON = Cues.of("저는", "제가", "저도", "저의", "제 ", "나는", "내가", "저희");

	private static final Pattern TRAILING = Pattern.compile("[\\s.!?。？！~]+$");

	/** How a Korean question ends when it has no question mark. */
	private static final Pattern KOREAN_ASKING = Pattern.compile("(까|나요|가요|까요|는지|을지|ㄹ까|죠)$");

	private static final Cues KOREAN_WISH = Cues.of("싶", "원해", "원합", "선호", "찾고", "주세요", "추천해");

	private static final Pattern NEGATION_BEFORE = Pattern
		.compile("(?<![a-z])(not|no|never|don't|dont|do not|doesn't|won't|avoid|without|nothing)(?![a-z])");

	private static final Cues KOREAN_NEGATION_AFTER = Cues.of("않", "싫", "말고", "없", "아니");

	private static final List<Clue<Experience>> EXPERIENCE = List.of(
			statement(Experience.BEGINNER, true, "new to invest", "new to trading", "new to crypto", "new to stocks",
					"new to the market", "new to this", "a beginner", "beginner", "never invested", "never traded",
					"first time invest", "just started invest", "just started trading", "don't know much about",
					"처음 투자", "투자는 처음", "투자가 처음", "주식은 처음", "코인은 처음", "잘 몰라", "잘 모르"),
			statement(Experience.BEGINNER, false, "newbie", "noob", "beginner here", "total beginner",
					"complete beginner", "코린이", "주린이", "초보"),
			statement(Experience.INTERMEDIATE, true, "been investing for", "been trading for", "years of investing",
					"some experience", "투자한 지", "투자 경험이 조금", "투자 경험이 좀", "몇 년째 투자"),
			statement(Experience.EXPERT, true, "experienced trader", "experienced investor", "professional trader",
					"trade for a living", "day trader", "trade futures", "trade options", "quant trader", "전업 투자",
					"전업 트레이더", "트레이딩 경력", "프로 트레이더"),
			hint(Experience.BEGINNER, "what is a ", "what is an ", "what's a ", "what does", "how do i start",
					"how to start invest", "뭐예요", "뭔가요", "무엇인가요", "무슨 뜻", "어떻게 시작"),
			hint(Experience.INTERMEDIATE, "sharpe", "sortino", "drawdown", "backtest", "walk-forward", "stop loss",
					"stop-loss", "rebalanc", "샤프", "백테스트", "손절", "리밸런싱"),
			hint(Experience.EXPERT, "leverage", "futures", "perpetual", "funding rate", "margin trading", "short sell",
					"shorting", "레버리지", "선물 거래", "공매도", "마진 거래"));

	private static final List<Clue<Tolerance>> TOLERANCE = List
		.of(statement(Tolerance.LOW, true, "can't afford to lose", "cannot afford to lose", "don't want to lose",
				"keep it safe", "play it safe", "safe investment", "something safe", "low risk", "low-risk",
				"conservative", "retirement", "preserve my capital", "protect my capital", "risk-averse", "risk averse",
				"원금 보장", "원금을 지키", "원금 손실이 걱정", "안전하게", "안전한", "안정적인", "보수적", "잃고 싶지 않", "손실이 싫", "노후"),
				statement(Tolerance.MEDIUM, true, "moderate risk", "medium risk", "some risk", "balanced",
						"middle of the road", "적당한 위험", "적당한 리스크", "중간 정도의 위험", "중립적", "균형"),
				statement(Tolerance.HIGH, true, "high risk", "high-risk", "aggressive", "risk it", "go all in",
						"going all in", "all-in", "yolo", "moonshot", "big gains", "get rich", "10x", "100x", "공격적",
						"고위험", "하이리스크", "몰빵", "대박"));

	/** Every clue, of experience and of tolerance. */
	private static final List<Clue<?>> CLUES = Stream.<Clue<?>>concat(EXPERIENCE.stream(), TOLERANCE.stream()).toList();

	private final QuestionReader questions;

	/**
	 * Each question's reading, kept: a profile is read on every question asked, from up
	 * to {@value #QUESTIONS} questions, and reading them all again cost about 20 ms of
	 * the time to the first token.
	 */
	private final Cache<Key, Reading> readings = Caffeine.newBuilder()
		.maximumSize(50_000)
		.expireAfterAccess(Duration.ofHours(6))
		.build();

	/**
	 * @param questions reads the instruments a question names, for the assets the user
	 * follows
	 */
	public ProfileReader(QuestionReader questions) {
		this.questions = questions;
	}

	/**
	 * The profile {@code said} suggests.
	 * @param said the user's questions, newest first
	 */
	public AdvisorProfile read(List<Said> said) {
		List<Said> read = said.subList(0, Math.min(said.size(), QUESTIONS));
		List<Reading> readings = read.stream().map(this::reading).toList();
		return new AdvisorProfile(trait(readings, Profile.UNKNOWN.experience()),
				trait(readings, Profile.UNKNOWN.tolerance()),
				assets(readings.subList(0, Math.min(readings.size(), ASSET_QUESTIONS))), TraitSource.INFERRED,
				read.size());
	}

	/** What one question says, read once: a question is never edited. */
	private Reading reading(Said one) {
		return this.readings.get(new Key(one.messageId(), one.text().hashCode()), (key) -> {
			List<Hit> hits = new ArrayList<>();
			for (String sentence : SENTENCE_END.split(one.text())) {
				String lower = sentence.toLowerCase(Locale.ROOT).strip();
				for (Clue<?> clue : CLUES) {
					String cue = clue.foundIn(lower);
					if (cue != null) {
						hits.add(new Hit(clue.value(), clue.weight(), new Evidence(one.messageId(), one.chatId(),
								Question.excerpt(sentence, EXCERPT), cue, one.at())));
					}
				}
			}
			List<AssetMention> named = this.questions.read(one.text())
				.instruments()
				.stream()
				.map((instrument) -> new AssetMention(instrument.symbol(), instrument.name(),
						new Evidence(one.messageId(), one.chatId(), Question.excerpt(one.text(), EXCERPT),
								instrument.symbol(), one.at())))
				.toList();
			return new Reading(hits, named);
		});
	}

	private static <T extends Enum<T>> Trait<T> trait(List<Reading> readings, T careful) {
		Class<T> kind = careful.getDeclaringClass();
		Map<T, Integer> weight = new EnumMap<>(kind);
		Map<T, List<Evidence>> evidence = new EnumMap<>(kind);
		for (Reading reading : readings) {
			for (Hit hit : reading.hits()) {
				if (kind.isInstance(hit.value())) {
					T value = kind.cast(hit.value());
					weight.merge(value, hit.weight(), Integer::sum);
					evidence.computeIfAbsent(value, (v) -> new ArrayList<>()).add(hit.evidence());
				}
			}
		}
		int total = weight.values().stream().mapToInt(Integer::intValue).sum();
		// the values in order from the most careful: the first with the most weight leads
		T leading = null;
		for (T value : kind.getEnumConstants()) {
			if (weight.getOrDefault(value, 0) > weight.getOrDefault(leading, 0)) {
				leading = value;
			}
		}
		if (leading == null) {
			return new Trait<>(careful, TraitSource.ASSUMED, 0, List.of());
		}
		int lead = weight.get(leading);
		double confidence = Math.round(100.0 * lead / total * Math.min(1.0, (double) lead / STATEMENT)) / 100.0;
		if (confidence < APPLIES) {
			return new Trait<>(careful, TraitSource.ASSUMED, 0, List.of());
		}
		List<Evidence> from = evidence.get(leading);
		return new Trait<>(leading, TraitSource.INFERRED, confidence, from.subList(0, Math.min(EVIDENCE, from.size())));
	}

	private static List<AssetInterest> assets(List<Reading> readings) {
		Map<String, String> names = new LinkedHashMap<>();
		Map<String, List<Evidence>> by = new LinkedHashMap<>();
		for (Reading reading : readings) {
			for (AssetMention mention : reading.assets()) {
				names.putIfAbsent(mention.symbol(), mention.name());
				by.computeIfAbsent(mention.symbol(), (s) -> new ArrayList<>()).add(mention.evidence());
			}
		}
		// most questions first; among equals, the one named most recently (readings are
		// newest first, and so is the map's order of first sight)
		return by.entrySet()
			.stream()
			.sorted(Comparator.comparingInt((Map.Entry<String, List<Evidence>> e) -> e.getValue().size()).reversed())
			.limit(MOST_ASSETS)
			.map((e) -> new AssetInterest(e.getKey(), names.get(e.getKey()), e.getValue().size(),
					Math.min(1.0, Math.round(100.0 * e.getValue().size() / STATEMENT) / 100.0),
					e.getValue().subList(0, Math.min(ASSET_EVIDENCE, e.getValue().size()))))
			.toList();
	}

	/** A question, by its message and words. */
	private record Key(String messageId, int textHash) {
	}

	/** What one question says of its asker: the cues it holds and the assets it names. */
	private record Reading(List<Hit> hits, List<AssetMention> assets) {
	}

	/** A cue for one value of a part of the profile. */
	private record Hit(Object value, int weight, Evidence evidence) {
	}

	/** An asset a question names. */
	private record AssetMention(String symbol, String name, Evidence evidence) {
	}

	private static <T> Clue<T> statement(T value, boolean aboutTheUser, String... phrases) {
		return new Clue<>(value, STATEMENT, aboutTheUser, List.of(phrases));
	}

	private static <T> Clue<T> hint(T value, String... phrases) {
		return new Clue<>(value, HINT, false, List.of(phrases));
	}

	/**
	 * Phrases that suggest one value.
	 *
	 * @param aboutTheUser whether they count only in a sentence about the user
	 */
	private record Clue<T>(T value, int weight, boolean aboutTheUser, List<String> phrases) {

		/** The phrase that counts in the lower-cased sentence, or null. */
		@Nullable String foundIn(String lower) {
			for (String phrase : this.phrases) {
				int at = Cues.firstIn(lower, phrase, 0, false);
				if (at >= 0 && !negated(lower, phrase, at)) {
					// the sentence is looked at only once a phrase is in it: few are
					return (!this.aboutTheUser || aboutTheUser(lower)) ? phrase.strip() : null;
				}
			}
			return null;
		}

		private static boolean aboutTheUser(String lower) {
			boolean wish = WISH.matcher(lower).find() || KOREAN_WISH.in(lower);
			String bare = TRAILING.matcher(lower).replaceAll("");
			if (lower.endsWith("?") || lower.endsWith("？")
					|| (Cues.hasHangul(bare) && KOREAN_ASKING.matcher(bare).find())) {
				return wish;
			}
			// a Korean statement seldom says 저는: one that is not a question is taken to
			// be
			// about the speaker
			return wish || FIRST_PERSON.matcher(lower).find() || KOREAN_FIRST_PERSON.in(lower) || Cues.hasHangul(bare);
		}

		/**
		 * Whether a negation governs the phrase: an English one shortly before it (in the
		 * same clause), a Korean one shortly after it.
		 */
		private static boolean negated(String lower, String phrase, int at) {
			if (Cues.hasHangul(phrase)) {
				int end = at + phrase.length();
				return KOREAN_NEGATION_AFTER.in(lower.substring(end, Math.min(lower.length(), end + 8)));
			}
			String before = lower.substring(Math.max(0, at - 24), at);
			int clause = Math.max(before.lastIndexOf(','),
					Math.max(before.lastIndexOf(';'), before.lastIndexOf(" but ")));
			return NEGATION_BEFORE.matcher(before.substring(clause + 1)).find();
		}

	}

}
