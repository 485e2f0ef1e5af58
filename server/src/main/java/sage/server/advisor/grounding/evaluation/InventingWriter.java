package sage.server.advisor.grounding.evaluation;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;

import sage.server.advisor.facts.Fact;
import sage.server.advisor.facts.FactSheet;

/**
 * A stand-in for a language model that sometimes makes numbers up: a test double for the
 * grounding evaluation ({@code ./sage advisor eval}), never used to answer a user.
 *
 * <p>
 * Given a question and its fact sheet it writes a short answer in the question's language
 * that states every fact, each in a form a writer might pick (exact or rounded, with or
 * without separators, with a sign or a direction word, $ or USDT or 달러, ₩ or 원 or 만 and
 * 억, k/M/B, the facts' time as an ISO date, "Dec 6, 2026", "23:30 KST", "2026년 12월 6일" or
 * "오후 11시 30분"). With probability {@code inventionRate} an answer also gets one to three
 * numbers no fact holds: a wrong price, a support level, a percentage, an RSI reading, a
 * target in 만 and 억, a date. The answer records where each made-up number is, so the
 * evaluation can tell them from true ones.
 *
 * <p>
 * Deterministic: the same seed, question and sheet give the same answer, whatever order
 * the questions come in.
 */
public final class InventingWriter {

	/** The share of answers that get made-up numbers unless told otherwise. */
	public static final double DEFAULT_INVENTION_RATE = 0.3;

	private final long seed;

	private final double inventionRate;

	/**
	 * @param seed fixes every choice the writer makes
	 * @param inventionRate the probability, from 0 to 1, that an answer gets made-up
	 * numbers
	 */
	public InventingWriter(long seed, double inventionRate) {
		if (!(inventionRate >= 0 && inventionRate <= 1)) {
			throw new IllegalArgumentException("an invention rate is from 0 to 1: " + inventionRate);
		}
		this.seed = seed;
		this.inventionRate = inventionRate;
	}

	/** The answer to {@code question} from {@code sheet}, with any numbers it made up. */
	public Draft write(Question question, FactSheet sheet) {
		Random random = new Random(this.seed * 31 + question.id().hashCode());
		Language language = question.language();
		List<Inventions.Sentence> sentences = new ArrayList<>();
		if (sheet.isEmpty()) {
			sentences.add(plain((language == Language.KO) ? "저는 시장과 Sage가 다루는 종목에 대한 질문에만 답할 수 있습니다. 궁금한 종목을 물어봐 주세요."
					: "I can only answer questions about markets and the instruments Sage follows. Ask me about one."));
		}
		else {
			sentences.add(plain(opening(question, language, random)));
			for (Fact fact : sheet.facts()) {
				sentences.add(plain(sentence(fact, language, random)));
			}
			Instant latest = sheet.facts().stream().map(Fact::asOf).max(Comparator.naturalOrder()).orElseThrow();
			String moment = Phrasing.moment(latest, language, random);
			sentences.add(plain((language == Language.KO) ? "(" + moment + " 기준)" : "(Data as of " + moment + ".)"));
			sentences.add(plain((language == Language.KO) ? "투자 조언이 아닌 정보입니다." : "This is information, not advice."));
		}
		List<Inventions.Sentence> invented = new ArrayList<>();
		if (random.nextDouble() < this.inventionRate) {
			Inventions inventions = new Inventions(sheet, language, random);
			int count = 1 + random.nextInt(3);
			for (int i = 0; i < count; i++) {
				Inventions.Sentence sentence = inventions.next();
				if (sentence != null) {
					invented.add(sentence);
				}
			}
		}
		for (Inventions.Sentence sentence : invented) {
			// anywhere after the opening
			sentences.add(1 + random.nextInt(sentences.size()), sentence);
		}
		return assemble(sentences, invented);
	}

	private static Draft assemble(List<Inventions.Sentence> sentences, List<Inventions.Sentence> invented) {
		StringBuilder text = new StringBuilder();
		List<Invention> inventions = new ArrayList<>();
		for (Inventions.Sentence sentence : sentences) {
			if (!text.isEmpty()) {
				text.append(' ');
			}
			if (invented.stream().anyMatch((s) -> s == sentence)) {
				int start = text.length() + sentence.before().length();
				inventions.add(new Invention(start, start + sentence.number().length(), sentence.number()));
			}
			text.append(sentence.text());
		}
		return new Draft(text.toString(), inventions);
	}

	private static Inventions.Sentence plain(String text) {
		return new Inventions.Sentence(text, "", "");
	}

	private static String opening(Question question, Language language, Random random) {
		String about = String.join(", ", question.symbols());
		if (language == Language.KO) {
			return about.isEmpty() ? "오늘 시장 현황입니다." : about + " 관련 데이터를 정리했습니다.";
		}
		if (about.isEmpty()) {
			return "Here is the market at a glance.";
		}
		return random.nextBoolean() ? "Here is what the data says about " + about + "."
				: "A quick read on " + about + ".";
	}

	private static String sentence(Fact fact, Language language, Random random) {
		String subject = (fact.symbol() != null) ? fact.symbol() : ((language == Language.KO) ? "시장" : "the market");
		String value = Phrasing.value(fact, language, random);
		if (language == Language.KO) {
			return switch (random.nextInt(3)) {
				case 0 -> subject + "의 " + fact.label() + " 값은 " + value + "입니다.";
				case 1 -> subject + " " + fact.label() + ": " + value + ".";
				default -> subject + "의 " + fact.label() + " 값은 " + value + "로 집계됐습니다.";
			};
		}
		String sentence = switch (random.nextInt(3)) {
			case 0 -> "The " + fact.label() + " of " + subject + " is " + value + ".";
			case 1 -> subject + " " + fact.label() + ": " + value + ".";
			default -> subject + "'s " + fact.label() + " stands at " + value + ".";
		};
		return Character.toUpperCase(sentence.charAt(0)) + sentence.substring(1);
	}

}
