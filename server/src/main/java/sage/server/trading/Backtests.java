package sage.server.trading;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

import sage.engine.series.BarSeries;
import sage.engine.series.Timeframe;
import sage.engine.strategy.BacktestProgress;
import sage.engine.strategy.StrategyDefinition;
import sage.engine.strategy.StrategyParams;
import sage.server.market.Instrument;
import sage.server.market.Instruments;
import sage.server.market.MarketProblems;
import sage.server.market.PriceHistory;
import sage.server.platform.ProblemException;
import sage.server.trading.backtest.BacktestEngine;
import sage.server.trading.backtest.BacktestStore;

/**
 * Backtests: runs a strategy over an instrument's stored bars with the engine's
 * simulator, keeps the result for the account that asked, and finds, lists and deletes
 * that account's kept results. Another account's backtest is found by nobody but its
 * owner, as if it did not exist. Keeping and deleting are audited ({@link ResearchEvent})
 * in the transaction that writes them.
 */
@Service
public class Backtests {

	/**
	 * More bars than any stored series holds; beyond it a request is refused before work
	 * starts.
	 */
	static final int MAX_BARS = 2_000_000;

	static final BigDecimal MAX_CASH = new BigDecimal("1000000000000");

	static final BigDecimal MAX_COMMISSION = new BigDecimal("0.1");

	private static final Instant EARLIEST = Instant.parse("1900-01-01T00:00:00Z");

	private static final Instant LATEST = Instant.parse("2200-12-31T23:59:59Z");

	private final StrategyCatalog strategies;

	private final Instruments instruments;

	private final PriceHistory history;

	private final BacktestStore store;

	private final ApplicationEventPublisher events;

	private final TransactionTemplate transaction;

	private final Clock clock;

	Backtests(StrategyCatalog strategies, Instruments instruments, PriceHistory history, BacktestStore store,
			ApplicationEventPublisher events, TransactionTemplate transaction, Clock clock) {
		this.strategies = strategies;
		this.instruments = instruments;
		this.history = history;
		this.store = store;
		this.events = events;
		this.transaction = transaction;
		this.clock = clock;
	}

	/**
	 * Runs {@code spec} over the stored bars and keeps the result for {@code owner}.
	 * @param owner the account that asks; {@code null} for the command line, whose runs
	 * belong to no account and are found by none through the API
	 * @throws ProblemException for an unknown strategy or instrument, invalid parameters,
	 * an interval without bars, or a range too short to run
	 */
	public BacktestRun run(@Nullable UUID owner, BacktestSpec spec) {
		return run(owner, spec, BacktestProgress.NONE);
	}

	/**
	 * Runs {@code spec} as {@link #run(UUID, BacktestSpec)} does, telling
	 * {@code progress} how far it got.
	 */
	public BacktestRun run(@Nullable UUID owner, BacktestSpec spec, BacktestProgress progress) {
		return execute(prepare(spec), UUID.randomUUID().toString(), owner, progress, true);
	}

	/**
	 * Checks {@code spec} and loads its bars, so that nothing about the request can fail
	 * once it is accepted.
	 * @throws ProblemException as {@link #run(BacktestSpec)} does
	 */
	Prepared prepare(BacktestSpec spec) {
		StrategyDefinition definition = strategy(spec.strategy());
		StrategyParams params = params(definition, spec.params());
		checkMoney(spec.cash(), spec.commission());
		Stored stored = load(spec.symbol(), spec.interval(), spec.from(), spec.to());
		BacktestEngine.checkEnough(stored.bars());
		return new Prepared(spec, definition, params, stored);
	}

	/**
	 * Runs a prepared backtest under {@code id} and keeps the result for {@code owner}.
	 * The simulation runs outside any transaction; keeping it, and its audit row when
	 * {@code announce} (not for a job, whose acceptance was audited), in one.
	 */
	BacktestRun execute(Prepared prepared, String id, @Nullable UUID owner, BacktestProgress progress,
			boolean announce) {
		BacktestSpec spec = prepared.spec();
		BacktestRun run = BacktestEngine.run(id, prepared.definition(), prepared.params(),
				prepared.stored().instrument(), prepared.stored().bars(), spec.cash(), spec.commission(),
				spec.monteCarlo(), this.clock, progress);
		this.transaction.executeWithoutResult((status) -> {
			this.store.save(run, owner);
			if (announce) {
				this.events.publishEvent(new ResearchEvent.BacktestCreated(owner, run.id(), run.strategy(),
						run.symbol(), run.interval(), false, this.clock.instant()));
			}
		});
		return run;
	}

	/** A checked backtest request with its bars, ready to run. */
	record Prepared(BacktestSpec spec, StrategyDefinition definition, StrategyParams params, Stored stored) {

		int bars() {
			return this.stored.bars().size();
		}

	}

	/**
	 * Runs a strategy over bars the caller brings (a CSV file on the command line); the
	 * result is not kept.
	 */
	public BacktestRun runOn(BarSeries bars, String label, String currency, String strategyId,
			Map<String, BigDecimal> given, BigDecimal cash, BigDecimal commission, MonteCarloSpec monteCarlo,
			BacktestProgress progress) {
		StrategyDefinition definition = strategy(strategyId);
		checkMoney(cash, commission);
		return BacktestEngine.runOnFile(UUID.randomUUID().toString(), definition, params(definition, given), label,
				currency, bars, cash, commission, monteCarlo, this.clock, progress);
	}

	/**
	 * The stored bars of an instrument in whole days of its time zone, both ends
	 * inclusive (all of them without from/to).
	 */
	Stored load(String symbol, String interval, @Nullable LocalDate fromDay, @Nullable LocalDate toDay) {
		Instrument instrument = this.instruments.find(symbol)
			.orElseThrow(() -> MarketProblems.instrumentNotFound(symbol));
		Timeframe timeframe = Timeframe.ofCode(interval)
			.orElseThrow(() -> ProblemException.invalidField("interval", "must be one of "
					+ String.join(", ", instrument.series().stream().map((s) -> s.timeframe().code()).toList())));
		if (fromDay != null && toDay != null && fromDay.isAfter(toDay)) {
			throw ProblemException.invalidField("from", "must not be after to");
		}
		ZoneId zone = instrument.timezone();
		Instant from = (fromDay != null) ? fromDay.atStartOfDay(zone).toInstant() : EARLIEST;
		Instant to = (toDay != null) ? toDay.plusDays(1).atStartOfDay(zone).toInstant().minusMillis(1) : LATEST;
		return new Stored(instrument, this.history.bars(instrument, timeframe, from, to, MAX_BARS).bars());
	}

	/** An instrument and some of its stored bars. */
	record Stored(Instrument instrument, BarSeries bars) {
	}

	/** A backtest {@code owner} keeps; empty for another account's. */
	public Optional<BacktestRun> find(UUID owner, String id) {
		return this.store.find(owner, id);
	}

	/**
	 * The newest backtests {@code owner} keeps, newest first, without their fills and
	 * curves.
	 */
	public List<BacktestSummary> recent(UUID owner, int limit) {
		return this.store.recent(owner, limit);
	}

	/**
	 * Deletes a backtest {@code owner} keeps, audited in the same transaction; false when
	 * they keep none with this id.
	 */
	public boolean delete(UUID owner, String id) {
		return Boolean.TRUE.equals(this.transaction.execute((status) -> {
			if (!this.store.delete(owner, id)) {
				return false;
			}
			this.events.publishEvent(new ResearchEvent.BacktestDeleted(owner, id, this.clock.instant()));
			return true;
		}));
	}

	/**
	 * Deletes a kept backtest of {@code owner} without auditing it, for a caller that
	 * audits the deletion itself (a job deleted with its result).
	 */
	boolean deleteKept(UUID owner, String id) {
		return this.store.delete(owner, id);
	}

	/** The strategy with this id, or the problem that lists those that exist. */
	public StrategyDefinition strategy(String id) {
		return this.strategies.find(id)
			.orElseThrow(() -> new ProblemException(TradingProblems.STRATEGY_NOT_FOUND,
					"No strategy has the id '" + id + "'; available: " + String.join(", ", this.strategies.ids()),
					List.of(), Map.of("available", this.strategies.ids())));
	}

	static StrategyParams params(StrategyDefinition definition, Map<String, BigDecimal> given) {
		try {
			StrategyParams params = definition.resolve(given);
			// a strategy also checks what one parameter cannot say alone (sma-cross: fast
			// < slow)
			definition.factory().apply(params);
			return params;
		}
		catch (IllegalArgumentException ex) {
			throw new ProblemException(TradingProblems.INVALID_PARAMETERS, ex.getMessage());
		}
	}

	static void checkMoney(BigDecimal cash, BigDecimal commission) {
		if (cash.signum() <= 0 || cash.compareTo(MAX_CASH) > 0) {
			throw ProblemException.invalidField("cash", "must be more than 0 and at most " + MAX_CASH.toPlainString());
		}
		if (commission.signum() < 0 || commission.compareTo(MAX_COMMISSION) > 0) {
			throw ProblemException.invalidField("commission",
					"must be a fraction of traded value from 0 to 0.1 (0.001 is 0.1%)");
		}
	}

}
