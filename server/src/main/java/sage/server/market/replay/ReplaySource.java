package sage.server.market.replay;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import sage.engine.series.BarSeries;
import sage.engine.series.Timeframe;
import sage.server.market.Instrument;
import sage.server.market.Instruments;
import sage.server.market.LivePrices;
import sage.server.market.MarketUpdate;
import sage.server.market.PriceHistory;
import sage.server.market.SeriesCoverage;
import sage.server.platform.InvalidSettingException;

/**
 * Plays stored intraday bars back as live updates at a chosen speed, each labelled
 * {@code source: replay}, so the live screens can be watched and tested without a market
 * feed. Runs after the bundled import (which has {@code @Order(0)}); a symbol that names
 * no instrument, or one without intraday bars, stops start-up.
 */
@Component
@Order(10)
// a command-line run (./sage backtest) has no clients to replay to
@ConditionalOnWebApplication
class ReplaySource implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(ReplaySource.class);

	private static final String SYMBOLS = "sage.market.replay.symbols";

	private static final Instant END_OF_TIME = Instant.parse("3000-01-01T00:00:00Z");

	private final ReplayProperties settings;

	private final Instruments instruments;

	private final PriceHistory history;

	private final LivePrices live;

	private final List<Thread> players = new ArrayList<>();

	ReplaySource(ReplayProperties settings, Instruments instruments, PriceHistory history, LivePrices live) {
		this.settings = settings;
		this.instruments = instruments;
		this.history = history;
		this.live = live;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (!this.settings.enabled()) {
			return;
		}
		for (Series series : plan()) {
			log.info("Replaying {} {} bars ({} stored) at {} bars per second{}, labelled source=replay",
					series.instrument().symbol(), series.timeframe().code(), series.bars(), this.settings.speed(),
					this.settings.loop() ? ", looping" : "");
			this.players.add(Thread.ofVirtual()
				.name("replay-" + series.instrument().symbol())
				.start(() -> playUntilStopped(series)));
		}
	}

	/** Stops the players (at shutdown). */
	@jakarta.annotation.PreDestroy
	void stop() {
		this.players.forEach(Thread::interrupt);
	}

	private List<Series> plan() {
		List<Series> plan = new ArrayList<>();
		if (this.settings.symbols().isEmpty()) {
			for (Instrument instrument : this.instruments.search("", 10_000).instruments()) {
				intraday(instrument).ifPresent((coverage) -> plan.add(new Series(instrument, coverage)));
			}
			if (plan.isEmpty()) {
				throw new InvalidSettingException(SYMBOLS, null,
						"means every instrument with intraday bars, but none has any; store some or name instruments that have");
			}
			return plan;
		}
		for (String symbol : this.settings.symbols()) {
			Instrument instrument = this.instruments.find(symbol)
				.orElseThrow(() -> new InvalidSettingException(SYMBOLS, String.join(",", this.settings.symbols()),
						"names " + symbol + ", which is no instrument Sage knows"));
			SeriesCoverage coverage = intraday(instrument)
				.orElseThrow(() -> new InvalidSettingException(SYMBOLS, String.join(",", this.settings.symbols()),
						"names " + instrument.symbol() + ", which has no intraday bars to replay (only "
								+ instrument.series().stream().map((s) -> s.timeframe().code()).toList() + ")"));
			plan.add(new Series(instrument, coverage));
		}
		return plan;
	}

	/** The shortest intraday series stored for the instrument, if any. */
	private static Optional<SeriesCoverage> intraday(Instrument instrument) {
		return instrument.series()
			.stream()
			.filter((s) -> s.timeframe().isIntraday() && s.bars() > 0)
			.min(Comparator.comparing((SeriesCoverage s) -> s.timeframe().duration()));
	}

	private void playUntilStopped(Series series) {
		try {
			BarSeries bars = this.history
				.bars(series.instrument(), series.timeframe(), Instant.EPOCH, END_OF_TIME, series.bars())
				.bars();
			// pace by deadlines, not by sleeping a fixed time per step: sleeps overshoot,
			// and at high speed the overshoot would be most of the time
			long step = (long) (TimeUnit.SECONDS.toNanos(1) / this.settings.speed() / 4);
			long next = System.nanoTime();
			do {
				for (int i = 0; i < bars.size(); i++) {
					List<MarketUpdate> updates = ReplayPath.of(series.instrument(), series.timeframe(),
							Instant.ofEpochMilli(bars.time(i)), bars.open(i), bars.high(i), bars.low(i), bars.close(i),
							bars.volume(i));
					for (int u = 0; u < updates.size(); u++) {
						// the bar update goes right after its closing tick
						if (u < 4) {
							next += step;
							waitUntil(next);
						}
						this.live.publish(updates.get(u));
					}
				}
				if (this.settings.loop()) {
					log.debug("Replay of {} reached its newest bar; starting again", series.instrument().symbol());
				}
			}
			while (this.settings.loop() && !Thread.currentThread().isInterrupted());
			log.info("Replay of {} finished", series.instrument().symbol());
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
		catch (RuntimeException ex) {
			log.error("Replay of {} stopped", series.instrument().symbol(), ex);
		}
	}

	private static void waitUntil(long deadline) throws InterruptedException {
		for (long left = deadline - System.nanoTime(); left > 0; left = deadline - System.nanoTime()) {
			LockSupport.parkNanos(left);
			if (Thread.interrupted()) {
				throw new InterruptedException();
			}
		}
		if (Thread.currentThread().isInterrupted()) {
			throw new InterruptedException();
		}
	}

	private record Series(Instrument instrument, SeriesCoverage coverage) {

		Timeframe timeframe() {
			return this.coverage.timeframe();
		}

		int bars() {
			return this.coverage.bars();
		}

	}

}
