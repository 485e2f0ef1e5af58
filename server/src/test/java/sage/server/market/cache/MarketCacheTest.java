package sage.server.market.cache;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import sage.server.market.provider.MovableClock;
import sage.server.market.provider.UpstreamException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class MarketCacheTest {

	private static final CachePolicy POLICY = new CachePolicy("test", Duration.ofSeconds(60), Duration.ofHours(1));

	private final MovableClock clock = new MovableClock(Instant.parse("2026-12-04T10:00:00Z"));

	private final SimpleMeterRegistry meters = new SimpleMeterRegistry();

	private final MarketCache cache = new MarketCache(new LocalCacheStore(1000), JsonMapper.builder().build(),
			this.clock, this.meters);

	@Test
	void servesAFreshAnswerWithoutFetchingAgainAndFetchesOnceItIsOld() {
		AtomicInteger fetches = new AtomicInteger();
		Cached<Price> first = this.cache.get(POLICY, "SPY", Price.class,
				() -> new Price("SPY", 100 + fetches.incrementAndGet()));
		this.clock.advance(Duration.ofSeconds(59));
		Cached<Price> second = this.cache.get(POLICY, "SPY", Price.class,
				() -> new Price("SPY", 100 + fetches.incrementAndGet()));
		assertThat(fetches).hasValue(1);
		assertThat(second).isEqualTo(first);
		assertThat(second.maxAgeSeconds(this.clock.instant())).isEqualTo(1);
		this.clock.advance(Duration.ofSeconds(1));
		Cached<Price> third = this.cache.get(POLICY, "SPY", Price.class,
				() -> new Price("SPY", 100 + fetches.incrementAndGet()));
		assertThat(fetches).hasValue(2);
		assertThat(third.value().price()).isEqualTo(102);
		assertThat(third.etag()).isNotEqualTo(first.etag()).matches("\"[0-9a-f]{32}\"");
		assertThat(third.fetchedAt()).isEqualTo(this.clock.instant());
		assertThat(count("hit")).isEqualTo(1);
		assertThat(count("miss")).isEqualTo(2);
	}

	@Test
	void theSameValueHasTheSameEntityTag() {
		Cached<Price> spy = this.cache.get(POLICY, "a", Price.class, () -> new Price("SPY", 1));
		Cached<Price> same = this.cache.get(POLICY, "b", Price.class, () -> new Price("SPY", 1));
		assertThat(same.etag()).isEqualTo(spy.etag());
	}

	@Test
	void twoHundredConcurrentMissesMakeOneFetch() throws Exception {
		AtomicInteger fetches = new AtomicInteger();
		CountDownLatch release = new CountDownLatch(1);
		int callers = 200;
		CountDownLatch started = new CountDownLatch(callers);
		List<Future<Cached<Price>>> answers = new ArrayList<>();
		try (ExecutorService pool = Executors.newVirtualThreadPerTaskExecutor()) {
			for (int i = 0; i < callers; i++) {
				answers.add(pool.submit(() -> {
					started.countDown();
					return this.cache.get(POLICY, "SPY", Price.class, () -> {
						fetches.incrementAndGet();
						await(release);
						return new Price("SPY", 42);
					});
				}));
			}
			assertThat(started.await(10, TimeUnit.SECONDS)).isTrue();
			// let every caller reach the cache while the first fetch is still running
			Thread.sleep(200);
			release.countDown();
			for (Future<Cached<Price>> answer : answers) {
				assertThat(answer.get(10, TimeUnit.SECONDS).value()).isEqualTo(new Price("SPY", 42));
			}
		}
		assertThat(fetches).hasValue(1);
		assertThat(count("miss")).isEqualTo(1);
		assertThat(count("shared") + count("hit")).isEqualTo(callers - 1);
	}

	@Test
	void aFailedFetchReachesEveryWaitingCallerAndIsNotKept() throws Exception {
		CountDownLatch release = new CountDownLatch(1);
		try (ExecutorService pool = Executors.newVirtualThreadPerTaskExecutor()) {
			Future<Cached<Price>> leader = pool.submit(() -> this.cache.get(POLICY, "SPY", Price.class, () -> {
				await(release);
				throw new UpstreamException("yahoo", UpstreamException.Kind.TIMEOUT, "timed out");
			}));
			Thread.sleep(100);
			Future<Cached<Price>> follower = pool
				.submit(() -> this.cache.get(POLICY, "SPY", Price.class, () -> new Price("SPY", 1)));
			Thread.sleep(100);
			release.countDown();
			assertThat(leader).failsWithin(Duration.ofSeconds(5))
				.withThrowableThat()
				.withCauseInstanceOf(UpstreamException.class);
			// the follower either shared the leader's failure or, arriving after it,
			// fetched itself
			try {
				assertThat(follower.get(5, TimeUnit.SECONDS).value().price()).isEqualTo(1);
			}
			catch (java.util.concurrent.ExecutionException ex) {
				assertThat(ex.getCause()).isInstanceOf(UpstreamException.class);
			}
		}
		Cached<Price> next = this.cache.get(POLICY, "SPY", Price.class, () -> new Price("SPY", 7));
		assertThat(next.value().price()).isIn(1.0, 7.0);
	}

	@Test
	void whenTheUpstreamFailsAnOldAnswerIsServedFlaggedStale() {
		Cached<Price> fresh = this.cache.get(POLICY, "SPY", Price.class, () -> new Price("SPY", 100));
		this.clock.advance(Duration.ofMinutes(10));
		Cached<Price> stale = this.cache.get(POLICY, "SPY", Price.class, () -> {
			throw new UpstreamException("yahoo", UpstreamException.Kind.SERVER_ERROR, "HTTP 503");
		});
		assertThat(stale.stale()).isTrue();
		assertThat(stale.value()).isEqualTo(fresh.value());
		assertThat(stale.fetchedAt()).isEqualTo(fresh.fetchedAt());
		assertThat(stale.maxAgeSeconds(this.clock.instant())).isZero();
		assertThat(count("stale")).isEqualTo(1);
		// once the upstream is back, a fresh answer replaces it
		Cached<Price> back = this.cache.get(POLICY, "SPY", Price.class, () -> new Price("SPY", 101));
		assertThat(back.stale()).isFalse();
		assertThat(back.value().price()).isEqualTo(101);
	}

	@Test
	void nothingIsServedStaleOnceItsStaleTimeIsOver() {
		this.cache.get(POLICY, "SPY", Price.class, () -> new Price("SPY", 100));
		this.clock.advance(POLICY.keep().plusSeconds(1));
		assertThatExceptionOfType(UpstreamException.class)
			.isThrownBy(() -> this.cache.get(POLICY, "SPY", Price.class, () -> {
				throw new UpstreamException("yahoo", UpstreamException.Kind.TIMEOUT, "timed out");
			}));
	}

	@Test
	void otherFailuresAreNotHiddenByAStaleAnswer() {
		this.cache.get(POLICY, "SPY", Price.class, () -> new Price("SPY", 100));
		this.clock.advance(Duration.ofMinutes(2));
		assertThatExceptionOfType(IllegalStateException.class)
			.isThrownBy(() -> this.cache.get(POLICY, "SPY", Price.class, () -> {
				throw new IllegalStateException("a bug");
			}));
	}

	private double count(String result) {
		var counter = this.meters.find("sage.market.cache.requests")
			.tag("cache", "test")
			.tag("result", result)
			.counter();
		return (counter != null) ? counter.count() : 0;
	}

	private static void await(CountDownLatch latch) {
		try {
			latch.await(10, TimeUnit.SECONDS);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	record Price(String symbol, double price) {
	}

}
