package sage.server.advisor.api;

import java.time.Duration;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import io.swagger.v3.oas.annotations.Hidden;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import org.springframework.web.util.HtmlUtils;

import sage.server.advisor.Brief;
import sage.server.advisor.Briefs;
import sage.server.advisor.Citation;
import sage.server.advisor.brief.BriefWriter;
import sage.server.market.Instrument;
import sage.server.platform.ProblemException;

/**
 * The public page of an asset's latest brief, rendered on the server so that search
 * engines and link previews read it without running the web app: "Why did Bitcoin move
 * today?" at {@code /brief/BTC} (also {@code /brief/bitcoin}, {@code /brief/BTC-USD}), in
 * Korean with {@code ?lang=ko} or when the browser's first language is Korean. A complete
 * HTML document with its title, description, canonical link, Open Graph tags and a
 * JSON-LD Article (a data block, not a script: the Content-Security-Policy's
 * {@code script-src 'self'} does not apply to it), each number of the brief linked to the
 * API path that shows it. Everything written into it is HTML-escaped. An asset it cannot
 * find, or that no brief covers yet, is a 404 page, not a problem document.
 */
@Controller
@Hidden
class BriefPage {

	private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'", Locale.ROOT)
		.withZone(ZoneOffset.UTC);

	private final Briefs briefs;

	private final JsonMapper json;

	BriefPage(Briefs briefs, JsonMapper json) {
		this.briefs = briefs;
		this.json = json;
	}

	@GetMapping(path = "/brief/{asset}", produces = MediaType.TEXT_HTML_VALUE)
	ResponseEntity<String> page(@PathVariable("asset") String asset,
			@RequestParam(name = "lang", required = false) @Nullable String lang,
			@RequestHeader(name = HttpHeaders.ACCEPT_LANGUAGE, required = false) @Nullable String acceptLanguage) {
		boolean korean = korean(lang, acceptLanguage);
		Optional<Instrument> instrument = this.briefs.instrument(asset);
		if (instrument.isEmpty()) {
			return notFound(korean, "No asset is called “" + asset + "” here.", "“" + asset + "”이라는 종목이 없습니다.");
		}
		Brief brief;
		try {
			brief = this.briefs.newestOf(instrument.get(), korean ? "ko" : "en");
		}
		catch (ProblemException ex) {
			return notFound(korean, "No brief covers " + instrument.get().symbol() + " yet.",
					instrument.get().symbol() + "에 대한 브리프가 아직 없습니다.");
		}
		String html = render(instrument.get(), brief, korean);
		return ResponseEntity.ok()
			.contentType(new MediaType(MediaType.TEXT_HTML, java.nio.charset.StandardCharsets.UTF_8))
			.cacheControl(CacheControl.maxAge(Duration.ofMinutes(1)).cachePublic())
			.varyBy(HttpHeaders.ACCEPT_LANGUAGE)
			.body(html);
	}

	/** {@code ?lang=} decides; without it, the browser's first preferred language. */
	static boolean korean(@Nullable String lang, @Nullable String acceptLanguage) {
		if (lang != null && !lang.isBlank()) {
			return lang.strip().toLowerCase(Locale.ROOT).startsWith("ko");
		}
		return acceptLanguage != null && acceptLanguage.strip().toLowerCase(Locale.ROOT).startsWith("ko");
	}

	/** The question the page answers: its title and heading. */
	static String question(Instrument instrument, boolean korean) {
		if (!korean) {
			return "Why did " + shortName(instrument.name()) + " move today?";
		}
		String name = shortName((instrument.localName() != null) ? instrument.localName() : instrument.name());
		return name + topic(name) + " 오늘 왜 움직였나?";
	}

	/** "Bitcoin" of "Bitcoin / US Dollar": the asset, not the pair. */
	private static String shortName(String name) {
		int slash = name.indexOf(" / ");
		return (slash > 0) ? name.substring(0, slash) : name;
	}

	/** 은 after a Hangul syllable with a final consonant, else 는. */
	private static String topic(String name) {
		char last = name.charAt(name.length() - 1);
		boolean closed = last >= 0xAC00 && last <= 0xD7A3 && (last - 0xAC00) % 28 != 0;
		return closed ? "은" : "는";
	}

	private String render(Instrument instrument, Brief brief, boolean korean) {
		String question = question(instrument, korean);
		String base = ServletUriComponentsBuilder.fromCurrentContextPath().build().toUriString();
		String path = "/brief/" + instrument.symbol();
		String english = base + path;
		String url = korean ? english + "?lang=ko" : english;
		List<Paragraph> paragraphs = paragraphs(brief, instrument);
		String description = BriefWriter.firstSentence(paragraphs.get(0).text(brief));
		String title = question + " — Sage";
		String published = brief.writtenAt().toString();
		StringBuilder html = new StringBuilder(4096);
		html.append("<!DOCTYPE html>\n<html lang=\"")
			.append(korean ? "ko" : "en")
			.append("\">\n<head>\n")
			.append("<meta charset=\"utf-8\">\n")
			.append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
			.append("<title>")
			.append(escape(title))
			.append("</title>\n")
			.append("<meta name=\"description\" content=\"")
			.append(escape(description))
			.append("\">\n")
			.append("<link rel=\"canonical\" href=\"")
			.append(escape(url))
			.append("\">\n")
			.append("<link rel=\"alternate\" hreflang=\"en\" href=\"")
			.append(escape(english))
			.append("\">\n")
			.append("<link rel=\"alternate\" hreflang=\"ko\" href=\"")
			.append(escape(english + "?lang=ko"))
			.append("\">\n")
			.append("<meta property=\"og:title\" content=\"")
			.append(escape(title))
			.append("\">\n")
			.append("<meta property=\"og:description\" content=\"")
			.append(escape(description))
			.append("\">\n")
			.append("<meta property=\"og:type\" content=\"article\">\n")
			.append("<meta property=\"og:url\" content=\"")
			.append(escape(url))
			.append("\">\n")
			.append("<meta property=\"og:site_name\" content=\"Sage\">\n")
			.append("<meta property=\"og:locale\" content=\"")
			.append(korean ? "ko_KR" : "en_US")
			.append("\">\n")
			.append("<meta property=\"article:published_time\" content=\"")
			.append(published)
			.append("\">\n")
			.append("<script type=\"application/ld+json\">")
			.append(jsonLd(question, description, url, brief, korean))
			.append("</script>\n")
			.append("<style>body{font:16px/1.6 system-ui,sans-serif;max-width:42rem;margin:2rem auto;padding:0 1rem;"
					+ "color:#1a1a1a}a{color:#0b57d0}.label{color:#555;font-size:.9rem}</style>\n")
			.append("</head>\n<body>\n<main>\n<article>\n")
			.append("<h1>")
			.append(escape(question))
			.append("</h1>\n")
			.append("<p class=\"label\">")
			.append(korean ? "오프라인 분석 — AI 모델 없이 시장 데이터로 작성"
					: "Offline analysis — written from market data, no AI model")
			.append("</p>\n")
			.append("<p class=\"label\">")
			.append(korean ? "기준 시각: " : "As of ")
			.append("<time datetime=\"")
			.append(published)
			.append("\">")
			.append(SHOWN.format(brief.writtenAt()))
			.append("</time></p>\n");
		for (Paragraph paragraph : paragraphs) {
			html.append("<p>").append(cited(brief, paragraph)).append("</p>\n");
		}
		html.append("</article>\n")
			.append("<p><a href=\"")
			.append(escape(base + "/"))
			.append("\">")
			.append(korean ? "Sage 열기 — 차트, 지표, 백테스트" : "Open Sage — charts, indicators, backtests")
			.append("</a></p>\n</main>\n</body>\n</html>\n");
		return html.toString();
	}

	/**
	 * The brief's paragraphs, the asset's own first (its price, move, RSI and trend),
	 * then the others in the brief's order.
	 */
	private static List<Paragraph> paragraphs(Brief brief, Instrument instrument) {
		List<Paragraph> paragraphs = new ArrayList<>();
		String text = brief.text();
		int start = 0;
		while (start <= text.length()) {
			int end = text.indexOf("\n\n", start);
			if (end < 0) {
				end = text.length();
			}
			paragraphs.add(new Paragraph(start, end));
			start = end + 2;
		}
		String own = "(" + instrument.symbol() + ")";
		paragraphs.sort(Comparator.comparing((Paragraph p) -> !p.text(brief).contains(own)));
		return paragraphs;
	}

	/** A paragraph's text, each cited number a link to where it can be checked. */
	private static String cited(Brief brief, Paragraph paragraph) {
		StringBuilder html = new StringBuilder();
		int at = paragraph.start();
		List<Citation> citations = brief.citations()
			.stream()
			.filter((c) -> c.start() >= paragraph.start() && c.end() <= paragraph.end())
			.sorted(Comparator.comparingInt(Citation::start))
			.toList();
		for (Citation citation : citations) {
			if (citation.start() < at) {
				continue;
			}
			html.append(escape(brief.text().substring(at, citation.start())));
			String number = escape(brief.text().substring(citation.start(), citation.end()));
			String title = escape(citation.label() + ", as of " + citation.asOf());
			String source = citation.source();
			if (source.startsWith("/") || source.startsWith("https://")) {
				html.append("<a href=\"")
					.append(escape(source))
					.append("\" title=\"")
					.append(title)
					.append("\">")
					.append(number)
					.append("</a>");
			}
			else {
				html.append("<abbr title=\"")
					.append(title)
					.append(" (")
					.append(escape(source))
					.append(")\">")
					.append(number)
					.append("</abbr>");
			}
			at = citation.end();
		}
		html.append(escape(brief.text().substring(at, paragraph.end())));
		return html.toString();
	}

	private String jsonLd(String headline, String description, String url, Brief brief, boolean korean) {
		Map<String, Object> article = new LinkedHashMap<>();
		article.put("@context", "https://schema.org");
		article.put("@type", "Article");
		article.put("headline", headline);
		article.put("description", description);
		article.put("inLanguage", korean ? "ko" : "en");
		article.put("datePublished", brief.writtenAt().toString());
		article.put("dateModified", brief.writtenAt().toString());
		article.put("mainEntityOfPage", url);
		article.put("author", Map.of("@type", "Organization", "name", "Sage"));
		article.put("publisher", Map.of("@type", "Organization", "name", "Sage"));
		// "</script>" in a value must not end the block
		return this.json.writeValueAsString(article).replace("<", "\\u003c");
	}

	private ResponseEntity<String> notFound(boolean korean, String english, String hangul) {
		String message = korean ? hangul : english;
		String title = korean ? "찾을 수 없음 — Sage" : "Not found — Sage";
		String html = "<!DOCTYPE html>\n<html lang=\"" + (korean ? "ko" : "en")
				+ "\">\n<head>\n<meta charset=\"utf-8\">\n"
				+ "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
				+ "<meta name=\"robots\" content=\"noindex\">\n<title>" + escape(title) + "</title>\n</head>\n<body>\n"
				+ "<main>\n<h1>" + escape(title) + "</h1>\n<p>" + escape(message) + "</p>\n<p><a href=\"/\">"
				+ (korean ? "Sage 열기" : "Open Sage") + "</a></p>\n</main>\n</body>\n</html>\n";
		return ResponseEntity.status(HttpStatus.NOT_FOUND)
			.contentType(new MediaType(MediaType.TEXT_HTML, java.nio.charset.StandardCharsets.UTF_8))
			.body(html);
	}

	private static String escape(String text) {
		return HtmlUtils.htmlEscape(text, "UTF-8");
	}

	/** A paragraph of the brief's text: {@code [start, end)}. */
	private record Paragraph(int start, int end) {

		String text(Brief brief) {
			return brief.text().substring(this.start, this.end);
		}

	}

}
