package sage.server.market.live;

import java.time.Duration;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;

import org.jspecify.annotations.Nullable;

/**
 * A bounded queue of values by key, for one slow consumer: a value offered while an older
 * value of the same key is still waiting replaces it (the consumer only ever wants the
 * latest price of a symbol), so the queue never holds more than one value per key.
 *
 * <p>
 * What the consumer takes is always a subsequence of what was offered, in offer order: a
 * replacing value moves to the tail, because it is the newest. The queue holds at most
 * {@code capacity} keys; a new key arriving at a full queue pushes out the oldest waiting
 * value. Offering never blocks, so a publisher feeding many consumers is never slowed by
 * one of them.
 *
 * @param <K> what values are conflated by (symbol and message type)
 * @param <V> the values
 */
public final class ConflatingQueue<K, V> {

	/** What became of an offered value. */
	public enum Offer {

		/** Queued behind the others. */
		QUEUED,
		/** Replaced an older value of the same key that was still waiting. */
		CONFLATED,
		/** Queued, and the oldest waiting value was dropped to make room. */
		DROPPED_OLDEST,
		/** The queue is closed; the value was discarded. */
		CLOSED

	}

	private final int capacity;

	private final ReentrantLock lock = new ReentrantLock();

	private final Condition notEmpty = this.lock.newCondition();

	// insertion-ordered: the head is the oldest waiting value
	private final LinkedHashMap<K, V> waiting = new LinkedHashMap<>();

	private boolean closed;

	/**
	 * @param capacity the most keys waiting at once, at least 1
	 */
	public ConflatingQueue(int capacity) {
		if (capacity < 1) {
			throw new IllegalArgumentException("capacity must be at least 1: " + capacity);
		}
		this.capacity = capacity;
	}

	/** Adds {@code value} under {@code key}, never waiting. */
	public Offer offer(K key, V value) {
		this.lock.lock();
		try {
			if (this.closed) {
				return Offer.CLOSED;
			}
			Offer outcome = Offer.QUEUED;
			if (this.waiting.remove(key) != null) {
				outcome = Offer.CONFLATED;
			}
			else if (this.waiting.size() >= this.capacity) {
				Iterator<Map.Entry<K, V>> oldest = this.waiting.entrySet().iterator();
				oldest.next();
				oldest.remove();
				outcome = Offer.DROPPED_OLDEST;
			}
			this.waiting.put(key, value);
			this.notEmpty.signal();
			return outcome;
		}
		finally {
			this.lock.unlock();
		}
	}

	/**
	 * The oldest waiting value, waiting up to {@code timeout} for one.
	 * @return the value, or {@code null} after the timeout or once the queue is closed
	 */
	public @Nullable V poll(Duration timeout) throws InterruptedException {
		long nanos = timeout.toNanos();
		this.lock.lockInterruptibly();
		try {
			while (this.waiting.isEmpty()) {
				if (this.closed || nanos <= 0) {
					return null;
				}
				nanos = this.notEmpty.awaitNanos(nanos);
			}
			Iterator<V> oldest = this.waiting.values().iterator();
			V value = oldest.next();
			oldest.remove();
			return value;
		}
		finally {
			this.lock.unlock();
		}
	}

	/**
	 * The oldest waiting value, waiting as long as it takes.
	 * @return the value, or {@code null} once the queue is closed and empty
	 */
	public @Nullable V take() throws InterruptedException {
		while (true) {
			V value = poll(Duration.ofSeconds(1));
			if (value != null) {
				return value;
			}
			if (isClosed()) {
				return null;
			}
		}
	}

	/** How many values are waiting. */
	public int size() {
		this.lock.lock();
		try {
			return this.waiting.size();
		}
		finally {
			this.lock.unlock();
		}
	}

	/**
	 * Stops accepting values and wakes a waiting consumer; waiting values are dropped.
	 */
	public void close() {
		this.lock.lock();
		try {
			this.closed = true;
			this.waiting.clear();
			this.notEmpty.signalAll();
		}
		finally {
			this.lock.unlock();
		}
	}

	/** Whether {@link #close()} was called. */
	public boolean isClosed() {
		this.lock.lock();
		try {
			return this.closed;
		}
		finally {
			this.lock.unlock();
		}
	}

}
