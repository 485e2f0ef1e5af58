package sage.server.advisor.voice;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

import sage.server.advisor.Signal;
import sage.server.advisor.analysis.AssetAnalysis;
import sage.server.advisor.analysis.MarketMood;
import sage.server.advisor.analysis.Measure;
import sage.server.advisor.facts.Fact;
import sage.server.advisor.reading.Question;
import sage.server.advisor.reading.Topic;
import sage.server.advisor.risk.RiskAssessment;

/**
 * The offline writer: composes an answer in the voice of Wallet Buffett, a patient,
 * value-minded adviser, from the findings alone. The answer starts with a label saying it
 * is an offline analysis written without an AI model, says only what the facts hold
 * (anything missing is left out or said to be missing, never guessed), and ends with the
 * risk desk's disclaimers. Short paragraphs, separated by blank lines.
 */
public final class WalletBuffett {

	/** Writes the answer to the findings' question. */
	public String write(Findings findings) {
		Question question = findings.question();
		Page page = new Page(Voice.of(question.language()), FactFormat.in(question.language()));
		page.add(page.voice().label());
		if (!question.unknown().isEmpty()) {
			page.add(page.voice().unknown(question.unknown()));
		}
		switch (question.intent()) {
			case MARKET_OVERVIEW -> overview(page, findings);
			case ONE_ASSET -> assets(page, findings);
			case COMPARE -> compare(page, findings);
			case PORTFOLIO -> {
				page.add(page.voice().portfolio());
				assets(page, findings);
			}
			case STRATEGY -> {
				page.add(page.voice().strategy());
				assets(page, findings);
			}
			case EDUCATION -> lesson(page, findings, question.topic());
			case OFF_TOPIC -> {
				page.add(page.voice().offTopic());
				return page.text();
			}
		}
		page.add(page.voice().patience());
		page.add(String.join(" ", findings.disclaimers()));
		return page.text();
	}

	private static void overview(Page page, Findings findings) {
		page.add(page.voice().overviewIntro());
		List<String> lines = new ArrayList<>();
		for (AssetAnalysis asset : findings.assets()) {
			lines.add(page.voice()
				.overviewLine(page.voice().name(asset.instrument()), page.value(asset.fact(Measure.PRICE)),
						page.change(asset.fact(Measure.CHANGE_1D)), page.change(asset.fact(Measure.CHANGE_30D)),
						asset.trend()));
		}
		page.add(String.join("\n", lines));
		mood(page, findings);
	}

	/** Each asset in full, then the mood when a coin is among them. */
	private static void assets(Page page, Findings findings) {
		for (AssetAnalysis asset : findings.assets()) {
			describe(page, asset);
			findings.risk(asset.instrument().symbol()).ifPresent((risk) -> risk(page, findings, risk));
			findings.signal(asset.instrument().symbol()).ifPresent((signal) -> call(page, findings, signal));
		}
		if (findings.assets().stream().anyMatch(WalletBuffett::isCoin)) {
			mood(page, findings);
		}
	}

	private static void describe(Page page, AssetAnalysis asset) {
		Voice voice = page.voice();
		String name = voice.name(asset.instrument());
		Optional<Fact> price = asset.fact(Measure.PRICE);
		if (price.isEmpty()) {
			page.add(voice.noPrice(name));
			return;
		}
		page.add(voice.price(name, page.format().value(price.get()), page.format().date(price.get()),
				page.change(asset.fact(Measure.CHANGE_1D))));
		String week = page.change(asset.fact(Measure.CHANGE_7D));
		String month = page.change(asset.fact(Measure.CHANGE_30D));
		if (week != null || month != null) {
			page.add(voice.changes(week, month));
		}
		Optional<Fact> sma50 = asset.fact(Measure.SMA_50);
		Boolean above = sma50.map((sma) -> price.get().value().compareTo(sma.value()) > 0).orElse(null);
		page.add(voice.trend(asset.trend(), page.value(sma50), page.value(asset.fact(Measure.SMA_200)), above));
		asset.fact(Measure.RSI_14)
			.ifPresent((rsi) -> page.add(voice.rsi(page.format().value(rsi), RsiReading.of(rsi.value()))));
		String volatility = page.value(asset.fact(Measure.VOLATILITY_30D));
		String drawdown = page.value(asset.fact(Measure.MAX_DRAWDOWN_90D));
		if (volatility != null || drawdown != null) {
			page.add(voice.swings(volatility, drawdown));
		}
		Optional<Fact> support = asset.fact(Measure.SUPPORT_30D);
		Optional<Fact> resistance = asset.fact(Measure.RESISTANCE_30D);
		if (support.isPresent() && resistance.isPresent()) {
			page.add(voice.range(page.format().value(support.get()), page.format().value(resistance.get())));
		}
	}

	private static void risk(Page page, Findings findings, RiskAssessment risk) {
		if (risk.veto() != null) {
			page.add(page.voice().caution(risk.level(), risk.veto().explanation()));
		}
		else {
			page.add(page.voice().risk(risk.level(), findings.profile(), page.format().value(risk.maxPositionShare())));
		}
	}

	private static void call(Page page, Findings findings, Signal signal) {
		String symbol = signal.symbol();
		Optional<Fact> horizon = findings.facts().find(symbol + ".callHorizon");
		Optional<Fact> confidence = findings.facts().find(symbol + ".callConfidence");
		if (horizon.isPresent() && confidence.isPresent()) {
			page.add(page.voice()
				.call(signal.stance(), page.format().value(horizon.get()), page.format().value(confidence.get())));
		}
	}

	private static void mood(Page page, Findings findings) {
		MarketMood mood = findings.mood();
		if (mood == null) {
			page.add(page.voice().noMood());
			return;
		}
		Optional<Fact> value = mood.facts().find(MarketMood.VALUE);
		value.ifPresent((reading) -> page.add(page.voice()
			.mood(page.format().value(reading), page.change(mood.facts().find(MarketMood.CHANGE_7D)),
					mood.classification())));
	}

	/**
	 * Each asset in full, then which one swung least and which did best over the month.
	 */
	private static void compare(Page page, Findings findings) {
		page.add(page.voice().compareIntro());
		assets(page, findings);
		List<AssetAnalysis> measured = findings.assets()
			.stream()
			.filter((asset) -> asset.fact(Measure.VOLATILITY_30D).isPresent())
			.sorted(Comparator.comparing((AssetAnalysis asset) -> asset.fact(Measure.VOLATILITY_30D).get().value()))
			.toList();
		if (measured.size() >= 2) {
			AssetAnalysis steadiest = measured.get(0);
			AssetAnalysis liveliest = measured.get(measured.size() - 1);
			page.add(page.voice()
				.steadier(page.voice().name(steadiest.instrument()),
						page.format().value(steadiest.fact(Measure.VOLATILITY_30D).get()),
						page.format().value(liveliest.fact(Measure.VOLATILITY_30D).get())));
		}
		List<AssetAnalysis> performed = findings.assets()
			.stream()
			.filter((asset) -> asset.fact(Measure.CHANGE_30D).isPresent())
			.sorted(Comparator.comparing((AssetAnalysis asset) -> asset.fact(Measure.CHANGE_30D).get().value())
				.reversed())
			.toList();
		if (performed.size() >= 2) {
			AssetAnalysis best = performed.get(0);
			AssetAnalysis worst = performed.get(performed.size() - 1);
			page.add(page.voice()
				.stronger(page.voice().name(best.instrument()),
						page.format().change(best.fact(Measure.CHANGE_30D).get()),
						page.format().change(worst.fact(Measure.CHANGE_30D).get())));
		}
	}

	private static void lesson(Page page, Findings findings, @Nullable Topic topic) {
		Topic about = (topic != null) ? topic : Topic.VOLATILITY;
		String overbought = findings.facts().find(Lessons.RSI_OVERBOUGHT).map(page.format()::value).orElse(null);
		String oversold = findings.facts().find(Lessons.RSI_OVERSOLD).map(page.format()::value).orElse(null);
		if (about == Topic.RSI && (overbought == null || oversold == null)) {
			throw new IllegalArgumentException("the RSI lesson states its thresholds: add Lessons.facts to the sheet");
		}
		page.add(page.voice().lesson(about, String.valueOf(overbought), String.valueOf(oversold)));
	}

	private static boolean isCoin(AssetAnalysis asset) {
		return switch (asset.instrument().assetClass()) {
			case CRYPTO_SPOT, CRYPTO_PERP -> true;
			default -> false;
		};
	}

	/** The paragraphs written so far, in one voice and one number format. */
	private record Page(Voice voice, FactFormat format, List<String> paragraphs) {

		Page(Voice voice, FactFormat format) {
			this(voice, format, new ArrayList<>());
		}

		void add(String paragraph) {
			if (!paragraph.isBlank()) {
				this.paragraphs.add(paragraph);
			}
		}

		@Nullable String value(Optional<Fact> fact) {
			return fact.map(this.format::value).orElse(null);
		}

		@Nullable String change(Optional<Fact> fact) {
			return fact.map(this.format::change).orElse(null);
		}

		String text() {
			return String.join("\n\n", this.paragraphs);
		}

	}

}
