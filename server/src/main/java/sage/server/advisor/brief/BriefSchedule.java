package sage.server.advisor.brief;

import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import jakarta.annotation.PreDestroy;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import sage.server.advisor.Briefs;

/**
 * Writes the market brief once per {@code sage.advisor.brief.interval}: as soon as the
 * server is ready (when the current slot has none, after the bundled import), then at the
 * start of every slot. Every node keeps the schedule; the database lets one write per
 * slot ({@link Briefs}). Off with {@code sage.advisor.brief.enabled=false}; only the
 * server schedules, never a command-line run.
 */
@Component
@ConditionalOnWebApplication
class BriefSchedule {

	private static final Logger log = LoggerFactory.getLogger(BriefSchedule.class);

	/**
	 * After a slot begins, so that a clock a little behind another node's still lands in
	 * it.
	 */
	private static final Duration SETTLE = Duration.ofSeconds(2);

	private final Briefs briefs;

	private final BriefProperties properties;

	private final Clock clock;

	private @Nullable ScheduledExecutorService timer;

	BriefSchedule(Briefs briefs, BriefProperties properties, Clock clock) {
		this.briefs = briefs;
		this.properties = properties;
		this.clock = clock;
	}

	@EventListener(ApplicationReadyEvent.class)
	synchronized void start() {
		if (!this.properties.enabled() || this.timer != null) {
			return;
		}
		log.info("Market brief over {}, every {}", String.join(", ", this.properties.symbols()),
				this.properties.interval());
		ScheduledExecutorService executor = Executors
			.newSingleThreadScheduledExecutor(Thread.ofPlatform().name("brief-schedule").daemon(true).factory());
		executor.execute(this::tick);
		long first = this.briefs.untilNextSlot(this.clock.instant()).plus(SETTLE).toMillis();
		executor.scheduleAtFixedRate(this::tick, first, this.properties.interval().toMillis(), TimeUnit.MILLISECONDS);
		this.timer = executor;
	}

	private void tick() {
		try {
			int written = this.briefs.write(this.clock.instant()).size();
			if (written > 0) {
				log.debug("Market brief written ({} languages)", written);
			}
		}
		catch (RuntimeException ex) {
			// an exception would cancel the schedule: log it and try again next slot
			log.warn("Market brief: could not write: {}", ex.getMessage());
		}
	}

	@PreDestroy
	synchronized void stop() {
		if (this.timer != null) {
			this.timer.shutdownNow();
			this.timer = null;
		}
	}

}
