package sage.server.market.venue.kis;

import java.math.BigDecimal;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

import sage.engine.series.Timeframe;
import sage.server.market.AssetClass;
import sage.server.market.provider.BarSource;
import sage.server.market.provider.Capability;
import sage.server.market.provider.ProviderCapabilities;
import sage.server.market.provider.Quote;
import sage.server.market.provider.QuoteSource;
import sage.server.market.provider.RawBar;
import sage.server.market.provider.UpstreamException;
import sage.server.market.provider.UpstreamHttp;
import sage.server.market.provider.UpstreamPolicy;
import sage.server.market.venue.Venue;
import sage.server.market.venue.VenueHttp;
import sage.server.market.venue.VenueSymbols;

/**
 * Korea Investment &amp; Securities Open API, domestic stocks: the current price
 * ({@code inquire-price}, tr_id {@code FHKST01010100}) and daily and weekly bars
 * ({@code inquire-daily-itemchartprice}, tr_id {@code FHKST03010100}, 100 a call, paged
 * back by date), mapped field by field from KIS's API catalogue. Every call carries an
 * access token from {@link KisTokens}; when KIS answers that the token expired
 * ({@code EGW00123}) or is invalid ({@code EGW00121}), the token is replaced once and the
 * call made again. Symbols are KRX codes: {@code 005930}.
 *
 * <p>
 * Bars open at 09:00 in Seoul (00:00 UTC), the KRX session start; a weekly bar opens on
 * the Monday of its week, whichever day of that week KIS dates it. The app key, its
 * secret and the token go only into request headers and the token request's body, which
 * no message quotes.
 */
public final class KisClient implements QuoteSource, BarSource {

	private static final ZoneId SEOUL = ZoneId.of("Asia/Seoul");

	private static final LocalTime SESSION_OPEN = LocalTime.of(9, 0);

	private static final DateTimeFormatter KIS_DATE = DateTimeFormatter.BASIC_ISO_DATE;

	/** KIS answers at most this many bars a call. */
	static final int BARS_PER_CALL = 100;

	private static final String PRICE_PATH = "/uapi/domestic-stock/v1/quotations/inquire-price";

	private static final String CHART_PATH = "/uapi/domestic-stock/v1/quotations/inquire-daily-itemchartprice";

	/** What the client can do, also listed while it is disabled. */
	public static final ProviderCapabilities CAPABILITIES = new ProviderCapabilities(Venue.KIS.providerName(),
			EnumSet.of(Capability.QUOTES, Capability.BARS), Set.of(AssetClass.KR_STOCK),
			EnumSet.of(Timeframe.D1, Timeframe.W1), true);

	private final UpstreamHttp http;

	private final KisTokens tokens;

	private final KisErrors errors = KisErrors.forData();

	private final KisProperties settings;

	private final Clock clock;

	KisClient(UpstreamHttp http, KisTokens tokens, KisProperties settings, Clock clock) {
		this.http = http;
		this.tokens = tokens;
		this.settings = settings;
		this.clock = clock;
	}

	/**
	 * A client at {@code settings}' base URL whose every call runs under {@code policy}
	 * (named after the provider), so that whoever lists providers sees its state.
	 */
	public static KisClient create(KisProperties settings, UpstreamPolicy policy, Clock clock) {
		Venue.KIS.requireOwn(policy);
		if (settings.appKey() == null || settings.appSecret() == null) {
			throw new IllegalArgumentException("KIS needs sage.market.providers.kis.app-key and app-secret");
		}
		UpstreamHttp http = VenueHttp.client(settings.baseUrl(), policy, settings.timeout(), clock);
		KisTokens tokens = new KisTokens(http, VenueHttp.resolve(settings.baseUrl(), "/oauth2/tokenP"),
				settings.appKey(), settings.appSecret(), settings.refreshBefore(), clock);
		return new KisClient(http, tokens, settings, clock);
	}

	@Override
	public ProviderCapabilities capabilities() {
		return CAPABILITIES;
	}

	/**
	 * One {@code inquire-price} call per code; a code KIS answers with no price is left
	 * out. KIS states no time for the price: the quote is timed at its receipt.
	 */
	@Override
	public List<Quote> quotes(List<String> venueSymbols) {
		List<Quote> quotes = new ArrayList<>();
		for (String symbol : venueSymbols) {
			String code = VenueSymbols.toVenue(Venue.KIS, symbol);
			Map<String, String> query = new LinkedHashMap<>();
			query.put("FID_COND_MRKT_DIV_CODE", this.settings.market());
			query.put("FID_INPUT_ISCD", code);
			try {
				JsonNode output = get("price " + code, PRICE_PATH, "FHKST01010100", query).path("output");
				String price = output.path("stck_prpr").asString("");
				if (!price.isBlank()) {
					quotes.add(new Quote(code, new BigDecimal(price), decimal(output, "stck_sdpr"),
							decimal(output, "prdy_vrss"), decimal(output, "prdy_ctrt"), decimal(output, "acml_vol"),
							null, null, "KRW", this.clock.instant()));
				}
			}
			catch (UpstreamException ex) {
				if (ex.kind() != UpstreamException.Kind.NOT_FOUND) {
					throw ex;
				}
			}
		}
		return quotes;
	}

	/**
	 * Daily or weekly bars; KIS has no other interval here.
	 * @throws UpstreamException {@code NOT_FOUND} for any other interval, before calling
	 */
	@Override
	public List<RawBar> bars(String venueSymbol, Timeframe interval, Instant from, Instant to) {
		String code = VenueSymbols.toVenue(Venue.KIS, venueSymbol);
		String period = switch (interval) {
			case D1 -> "D";
			case W1 -> "W";
			default -> throw new UpstreamException(Venue.KIS.providerName(), UpstreamException.Kind.NOT_FOUND,
					"bars " + code + " " + interval + ": KIS serves daily and weekly bars only");
		};
		LocalDate first = from.atZone(SEOUL).toLocalDate();
		// the last day whose session opens before "to"
		LocalDate last = to.atZone(SEOUL).toLocalDate();
		if (!openOf(last, Timeframe.D1).isBefore(to)) {
			last = last.minusDays(1);
		}
		TreeMap<Instant, RawBar> bars = new TreeMap<>();
		while (!last.isBefore(first)) {
			Map<String, String> query = new LinkedHashMap<>();
			query.put("FID_COND_MRKT_DIV_CODE", this.settings.market());
			query.put("FID_INPUT_ISCD", code);
			query.put("FID_INPUT_DATE_1", first.format(KIS_DATE));
			query.put("FID_INPUT_DATE_2", last.format(KIS_DATE));
			query.put("FID_PERIOD_DIV_CODE", period);
			query.put("FID_ORG_ADJ_PRC", this.settings.adjustedPrices() ? "0" : "1");
			JsonNode rows = get("bars " + code + " " + interval, CHART_PATH, "FHKST03010100", query).path("output2");
			LocalDate oldest = null;
			int counted = 0;
			for (JsonNode row : rows) {
				String date = row.path("stck_bsop_date").asString("");
				// KIS pads short answers with empty rows
				if (date.isBlank()) {
					continue;
				}
				counted++;
				LocalDate day = LocalDate.parse(date, KIS_DATE);
				oldest = (oldest == null || day.isBefore(oldest)) ? day : oldest;
				Instant open = openOf(day, interval);
				if (!open.isBefore(from) && open.isBefore(to)) {
					bars.putIfAbsent(open, new RawBar(open, number(row, "stck_oprc"), number(row, "stck_hgpr"),
							number(row, "stck_lwpr"), number(row, "stck_clpr"), number(row, "acml_vol")));
				}
			}
			if (counted < BARS_PER_CALL || oldest == null || !oldest.isAfter(first)) {
				break;
			}
			last = oldest.minusDays(1);
		}
		return List.copyOf(bars.values());
	}

	/** A data call with a valid token; replaces the token once if KIS rejects it. */
	private JsonNode get(String operation, String path, String trId, Map<String, String> query) {
		URI uri = VenueHttp.resolve(this.settings.baseUrl(),
				path + "?" + query.entrySet()
					.stream()
					.map((param) -> param.getKey() + "=" + URLEncoder.encode(param.getValue(), StandardCharsets.UTF_8))
					.collect(Collectors.joining("&")));
		String token = this.tokens.current();
		try {
			return this.http.getChecked(operation, uri, headers(token, trId), this.errors);
		}
		catch (UpstreamException ex) {
			if (!KisErrors.isInvalidToken(ex)) {
				throw ex;
			}
			this.tokens.reject(token);
			return this.http.getChecked(operation, uri, headers(this.tokens.current(), trId), this.errors);
		}
	}

	private Map<String, String> headers(String token, String trId) {
		return Map.of("Content-Type", "application/json; charset=utf-8", "authorization", "Bearer " + token, "appkey",
				this.settings.appKey(), "appsecret", this.settings.appSecret(), "tr_id", trId, "custtype", "P");
	}

	private static Instant openOf(LocalDate day, Timeframe interval) {
		LocalDate session = (interval == Timeframe.W1) ? day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY))
				: day;
		return session.atTime(SESSION_OPEN).atZone(SEOUL).toInstant();
	}

	private static @Nullable BigDecimal decimal(JsonNode output, String field) {
		String value = output.path(field).asString("");
		return value.isBlank() ? null : new BigDecimal(value);
	}

	private static double number(JsonNode row, String field) {
		String value = row.path(field).asString("");
		return value.isBlank() ? Double.NaN : Double.parseDouble(value);
	}

}
