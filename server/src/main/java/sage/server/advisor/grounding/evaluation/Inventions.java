package sage.server.advisor.grounding.evaluation;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

import sage.server.advisor.facts.Fact;
import sage.server.advisor.facts.FactSheet;
import sage.server.advisor.facts.Unit;

/**
 * The numbers a careless writer makes up: a wrong price, a support level, a percentage,
 * an indicator reading, a Korean amount in 만 and 억, a date. Each is wrong: no fact of the
 * sheet, rounded to the invented number's last digit, equals it; no label holds it; no
 * fact's date is it. A made-up number that happened to be true would be no invention.
 */
final class Inventions {

	private static final Pattern LABEL_NUMBER = Pattern.compile("\\d+");

	private static final int ATTEMPTS = 50;

	private final FactSheet sheet;

	private final Language language;

	private final Random random;

	Inventions(FactSheet sheet, Language language, Random random) {
		this.sheet = sheet;
		this.language = language;
		this.random = random;
	}

	/** A sentence holding one made-up number, or null when no wrong one was found. */
	@Nullable Sentence next() {
		for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
			Sentence sentence = switch (this.random.nextInt(6)) {
				case 0 -> price("It closed yesterday at ", ".", "어제 종가는 ", "였습니다.");
				case 1 -> price("Analysts see support at ", ".", "지지선은 ", " 부근입니다.");
				case 2 -> percent();
				case 3 -> reading();
				case 4 -> won();
				default -> date();
			};
			if (sentence != null) {
				return sentence;
			}
		}
		return null;
	}

	private @Nullable Sentence price(String before, String after, String beforeKo, String afterKo) {
		Fact price = this.sheet.facts()
			.stream()
			.filter((f) -> f.unit() == Unit.MONEY && f.value().signum() > 0)
			.findFirst()
			.orElse(null);
		String currency = (price != null) ? price.currency() : "USD";
		BigDecimal base = (price != null) ? price.value() : BigDecimal.valueOf(20_000 + this.random.nextInt(70_000));
		double factor = (this.random.nextBoolean() ? 0.7 : 1.07) + this.random.nextDouble() * 0.23;
		BigDecimal invented = base.multiply(BigDecimal.valueOf(factor))
			.round(new MathContext(2 + this.random.nextInt(2), RoundingMode.HALF_UP))
			.setScale(0, RoundingMode.HALF_UP);
		if (invented.signum() == 0 || backed(invented, 0)) {
			return null;
		}
		String written = money(invented, currency);
		return ko() ? new Sentence(beforeKo, written, afterKo) : new Sentence(before, written, after);
	}

	// every digit written out: a made-up "$64K" would state less than it seems
	private String money(BigDecimal size, String currency) {
		String digits = Phrasing.grouped(size);
		return switch (currency) {
			case "KRW" -> this.random.nextBoolean() ? "₩" + digits : digits + (ko() ? "원" : " KRW");
			case "USD", "USDT", "USDC" ->
				this.random.nextBoolean() ? "$" + digits : digits + (ko() ? "달러" : " " + currency);
			default -> digits + " " + currency;
		};
	}

	private @Nullable Sentence percent() {
		int tenths = 20 + this.random.nextInt(430);
		boolean whole = this.random.nextBoolean();
		BigDecimal invented = whole ? BigDecimal.valueOf(tenths / 10) : BigDecimal.valueOf(tenths, 1);
		if (backed(invented, invented.scale())) {
			return null;
		}
		String size = invented.toPlainString();
		if (ko()) {
			return this.random.nextBoolean() ? new Sentence("다음 주 ", size + "%", " 반등할 수 있습니다.")
					: new Sentence("거래량이 ", size + "퍼센트", " 늘었습니다.");
		}
		return this.random.nextBoolean() ? new Sentence("It could rally ", size + "%", " next week.")
				: new Sentence("Volume jumped ", size + " percent", " today.");
	}

	private @Nullable Sentence reading() {
		BigDecimal invented = BigDecimal.valueOf(71 + this.random.nextInt(27));
		if (backed(invented, 0) || inLabels(invented)) {
			return null;
		}
		return ko() ? new Sentence("RSI는 곧 ", invented.toPlainString(), "에 도달할 수 있습니다.")
				: new Sentence("RSI could reach ", invented.toPlainString(), " soon.");
	}

	private @Nullable Sentence won() {
		BigDecimal man = BigDecimal.valueOf(1_000 + this.random.nextInt(30_000)).multiply(BigDecimal.TEN);
		BigDecimal invented = man.movePointRight(4);
		// "31억" alone would state only 억s: keep a 만 part so the number means what it says
		if (backed(invented, -4) || invented.remainder(BigDecimal.TEN.pow(8)).signum() == 0) {
			return null;
		}
		if (ko()) {
			return new Sentence("목표가는 ", Phrasing.korean(invented) + " 원", "입니다.");
		}
		return new Sentence("Some see a target of ", "₩" + Phrasing.grouped(invented), ".");
	}

	private @Nullable Sentence date() {
		if (this.sheet.isEmpty()) {
			return null;
		}
		LocalDate asOf = this.sheet.facts().get(0).asOf().atZone(ZoneOffset.UTC).toLocalDate();
		LocalDate invented = asOf.plusDays(20 + this.random.nextInt(380));
		boolean held = this.sheet.facts()
			.stream()
			.anyMatch((f) -> f.asOf().atZone(ZoneOffset.UTC).toLocalDate().equals(invented)
					|| f.asOf().atZone(Phrasing.SEOUL).toLocalDate().equals(invented));
		if (held) {
			return null;
		}
		if (ko()) {
			return new Sentence("다음 이벤트는 ",
					invented.getYear() + "년 " + invented.getMonthValue() + "월 " + invented.getDayOfMonth() + "일",
					"로 예상됩니다.");
		}
		return new Sentence("The next catalyst is expected on ", invented.toString(), ".");
	}

	/**
	 * Whether a fact of the sheet, rounded at {@code scale}, is {@code size}: then it is
	 * no invention.
	 */
	private boolean backed(BigDecimal size, int scale) {
		return this.sheet.facts()
			.stream()
			.anyMatch((f) -> f.value().abs().setScale(scale, RoundingMode.HALF_UP).compareTo(size) == 0);
	}

	private boolean inLabels(BigDecimal number) {
		for (Fact fact : this.sheet.facts()) {
			Matcher m = LABEL_NUMBER.matcher(fact.label() + " " + fact.id());
			while (m.find()) {
				if (new BigDecimal(m.group()).compareTo(number) == 0) {
					return true;
				}
			}
		}
		return false;
	}

	private boolean ko() {
		return this.language == Language.KO;
	}

	/** A sentence around one number: {@code before + number + after}. */
	record Sentence(String before, String number, String after) {

		String text() {
			return this.before + this.number + this.after;
		}

	}

}
