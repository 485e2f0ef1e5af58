package sage.server.market.live;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

import sage.server.market.live.ConflatingQueue.Offer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class ConflatingQueueTest {

	@Test
	void handsOutValuesInOfferOrder() throws InterruptedException {
		ConflatingQueue<String, String> queue = new ConflatingQueue<>(10);
		queue.offer("BTC", "b1");
		queue.offer("SPY", "s1");
		queue.offer("ETH", "e1");
		assertThat(drain(queue)).containsExactly("b1", "s1", "e1");
	}

	@Test
	void keepsOnlyTheLatestValueOfAKey() throws InterruptedException {
		ConflatingQueue<String, String> queue = new ConflatingQueue<>(10);
		assertThat(queue.offer("BTC", "b1")).isEqualTo(Offer.QUEUED);
		assertThat(queue.offer("BTC", "b2")).isEqualTo(Offer.CONFLATED);
		assertThat(queue.offer("BTC", "b3")).isEqualTo(Offer.CONFLATED);
		assertThat(queue.size()).isOne();
		assertThat(drain(queue)).containsExactly("b3");
	}

	@Test
	void aReplacingValueMovesBehindOlderValuesOfOtherKeys() throws InterruptedException {
		ConflatingQueue<String, String> queue = new ConflatingQueue<>(10);
		queue.offer("BTC", "b1");
		queue.offer("SPY", "s1");
		queue.offer("BTC", "b2");
		// b2 was offered after s1: taking it first would reorder what the client sees
		assertThat(drain(queue)).containsExactly("s1", "b2");
	}

	@Test
	void valuesOfOneKeyNeverComeOutOfOrder() throws InterruptedException {
		ConflatingQueue<String, Integer> queue = new ConflatingQueue<>(3);
		List<Integer> taken = new ArrayList<>();
		for (int i = 0; i < 1000; i++) {
			queue.offer("k" + (i % 5), i);
			if (i % 7 == 0) {
				taken.add(queue.poll(Duration.ZERO));
			}
		}
		taken.addAll(drain(queue));
		assertThat(taken).doesNotContainNull().isSorted();
	}

	@Test
	void aFullQueueDropsTheOldestValueForANewKey() throws InterruptedException {
		ConflatingQueue<String, String> queue = new ConflatingQueue<>(2);
		queue.offer("a", "a1");
		queue.offer("b", "b1");
		assertThat(queue.offer("c", "c1")).isEqualTo(Offer.DROPPED_OLDEST);
		assertThat(queue.size()).isEqualTo(2);
		assertThat(drain(queue)).containsExactly("b1", "c1");
	}

	@Test
	void staysBoundedHoweverMuchIsOffered() {
		ConflatingQueue<Integer, Integer> queue = new ConflatingQueue<>(16);
		for (int i = 0; i < 100_000; i++) {
			queue.offer(i % 1000, i);
		}
		assertThat(queue.size()).isEqualTo(16);
	}

	@Test
	void aWaitingConsumerWakesForANewValue() throws Exception {
		ConflatingQueue<String, String> queue = new ConflatingQueue<>(4);
		CompletableFuture<String> taken = CompletableFuture.supplyAsync(() -> {
			try {
				return queue.take();
			}
			catch (InterruptedException ex) {
				throw new IllegalStateException(ex);
			}
		});
		Thread.sleep(50);
		queue.offer("BTC", "b1");
		assertThat(taken.get(5, TimeUnit.SECONDS)).isEqualTo("b1");
	}

	@Test
	void closingWakesTheConsumerAndRefusesValues() throws Exception {
		ConflatingQueue<String, String> queue = new ConflatingQueue<>(4);
		CompletableFuture<String> taken = CompletableFuture.supplyAsync(() -> {
			try {
				return queue.take();
			}
			catch (InterruptedException ex) {
				throw new IllegalStateException(ex);
			}
		});
		Thread.sleep(50);
		queue.close();
		assertThat(taken.get(5, TimeUnit.SECONDS)).isNull();
		assertThat(queue.offer("BTC", "b1")).isEqualTo(Offer.CLOSED);
		assertThat(queue.size()).isZero();
	}

	@Test
	void pollGivesUpAfterItsTimeout() throws InterruptedException {
		assertThat(new ConflatingQueue<String, String>(1).poll(Duration.ofMillis(10))).isNull();
	}

	@Test
	void refusesACapacityBelowOne() {
		assertThatIllegalArgumentException().isThrownBy(() -> new ConflatingQueue<>(0));
	}

	private static <V> List<V> drain(ConflatingQueue<?, V> queue) throws InterruptedException {
		List<V> values = new ArrayList<>();
		for (V value = queue.poll(Duration.ZERO); value != null; value = queue.poll(Duration.ZERO)) {
			values.add(value);
		}
		return values;
	}

}
