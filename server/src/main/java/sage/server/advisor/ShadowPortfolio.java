package sage.server.advisor;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import io.swagger.v3.oas.annotations.media.Schema;
import org.jspecify.annotations.Nullable;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;

import sage.engine.series.BarSeries;
import sage.engine.series.Timeframe;
import sage.server.advisor.shadow.CallOutcome;
import sage.server.advisor.shadow.DailyClose;
import sage.server.advisor.shadow.Scorecard;
import sage.server.advisor.shadow.ShadowCall;
import sage.server.advisor.shadow.ShadowCallStore;
import sage.server.market.Instrument;
import sage.server.market.Instruments;
import sage.server.market.PriceHistory;
import sage.server.platform.FieldProblem;
import sage.server.platform.ProblemException;

/**
 * Each user's shadow portfolio: the advisor's calls they chose to track, scored against
 * the market's stored daily closes. A call is added from the answer that made it, so its
 * price is the one market data gave when the answer was written, never one a client
 * sends. Adding the same call again keeps one.
 */
@Service
public class ShadowPortfolio {

	/** The most calls one portfolio tracks. */
	static final int MAX_CALLS = 500;

	private static final Instant LATEST = Instant.parse("2201-01-01T00:00:00Z");

	private static final int ALL_BARS = 50_000;

	private final ShadowCallStore store;

	private final Chats chats;

	private final Instruments instruments;

	private final PriceHistory history;

	private final Clock clock;

	ShadowPortfolio(ShadowCallStore store, Chats chats, Instruments instruments, PriceHistory history, Clock clock) {
		this.store = store;
		this.chats = chats;
		this.instruments = instruments;
		this.history = history;
		this.clock = clock;
	}

	/**
	 * Adds the call the owner's answer {@code messageId} made on {@code symbol}.
	 * @return the call, and whether it was added now (false when it was already there)
	 * @throws ProblemException {@code invalid-request}, {@code message-not-found},
	 * {@code signal-not-found}, {@code shadow-portfolio-full}
	 */
	public Added add(UUID owner, @Nullable String messageId, @Nullable String symbol) {
		List<FieldProblem> problems = new ArrayList<>();
		if (messageId == null || messageId.isBlank()) {
			problems.add(new FieldProblem("messageId", "must be the id of an answer of yours"));
		}
		if (symbol == null || symbol.isBlank()) {
			problems.add(new FieldProblem("symbol", "must be the symbol of a call the answer makes"));
		}
		if (!problems.isEmpty()) {
			throw ProblemException.invalidFields(problems);
		}
		Signal signal = this.chats.signalsOf(owner, messageId)
			.stream()
			.filter((s) -> s.symbol().equalsIgnoreCase(symbol.strip()))
			.findFirst()
			.orElseThrow(() -> new ProblemException(AdvisorProblems.SIGNAL_NOT_FOUND,
					"The answer '" + messageId + "' makes no call on '" + symbol.strip() + "'."));
		Optional<ShadowCall> kept = this.store.find(owner, messageId, signal.symbol());
		if (kept.isPresent()) {
			return new Added(outcome(kept.get()), false);
		}
		if (this.store.count(owner) >= MAX_CALLS) {
			throw new ProblemException(AdvisorProblems.SHADOW_PORTFOLIO_FULL, "Your shadow portfolio tracks "
					+ MAX_CALLS + " calls, as many as it may; delete some to add more.");
		}
		ShadowCall call = new ShadowCall(UUID.randomUUID().toString(), owner, messageId, signal.symbol(),
				signal.stance(), signal.price(), signal.currency(), signal.pricedAt(), signal.horizonDays(),
				signal.confidence(), this.clock.instant());
		try {
			this.store.insert(call);
		}
		catch (DataIntegrityViolationException ex) {
			// the same call added at the same moment by another request: that one is kept
			return new Added(outcome(this.store.find(owner, messageId, signal.symbol()).orElseThrow(() -> ex)), false);
		}
		return new Added(outcome(call), true);
	}

	/** Removes a call. @throws ProblemException {@code call-not-found} */
	public void remove(UUID owner, String callId) {
		if (!this.store.delete(owner, callId)) {
			throw new ProblemException(AdvisorProblems.CALL_NOT_FOUND,
					"No call of your shadow portfolio has the id '" + callId + "'.");
		}
	}

	/** The owner's calls, each as it fared so far, and their record. */
	public Report report(UUID owner) {
		List<ShadowCall> calls = this.store.list(owner);
		Map<String, List<DailyClose>> closes = new HashMap<>();
		for (ShadowCall call : calls) {
			closes.computeIfAbsent(call.symbol(), (symbol) -> closes(symbol, calls));
		}
		List<CallOutcome> outcomes = calls.stream()
			.map((call) -> CallOutcome.of(call, closes.getOrDefault(call.symbol(), List.of())))
			.toList();
		return new Report(outcomes, Scorecard.of(outcomes), this.clock.instant());
	}

	private CallOutcome outcome(ShadowCall call) {
		return CallOutcome.of(call, closes(call.symbol(), List.of(call)));
	}

	/** The symbol's daily closes from its earliest call on, oldest first. */
	private List<DailyClose> closes(String symbol, List<ShadowCall> calls) {
		Optional<Instrument> instrument = this.instruments.find(symbol);
		if (instrument.isEmpty() || instrument.get().coverage(Timeframe.D1).isEmpty()) {
			return List.of();
		}
		Instant from = calls.stream()
			.filter((call) -> call.symbol().equals(symbol))
			.map(ShadowCall::pricedAt)
			.min(Comparator.naturalOrder())
			.orElseThrow();
		BarSeries bars = this.history.bars(instrument.get(), Timeframe.D1, from, LATEST, ALL_BARS).bars();
		List<DailyClose> closes = new ArrayList<>(bars.size());
		for (int i = 0; i < bars.size(); i++) {
			closes.add(new DailyClose(Instant.ofEpochMilli(bars.time(i)), BigDecimal.valueOf(bars.close(i))));
		}
		return closes;
	}

	/**
	 * A call added to the shadow portfolio.
	 *
	 * @param call the call as it fared so far
	 * @param created whether it was added now, rather than found there
	 */
	public record Added(CallOutcome call, boolean created) {
	}

	/**
	 * The shadow portfolio.
	 *
	 * @param calls each call as it fared so far, the first added first
	 * @param scorecard their record
	 * @param asOf when it was worked out
	 */
	@Schema(description = "The shadow portfolio: the advisor's calls you track, how each fared, and their record")
	public record Report(List<CallOutcome> calls, Scorecard scorecard, Instant asOf) {

		public Report {
			calls = List.copyOf(calls);
		}

	}

}
