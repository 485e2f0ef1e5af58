package sage.engine.paper;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;

import sage.engine.sim.Side;

/**
 * The stops waiting for their trigger, by stop price. Buy stops trigger from the lowest
 * stop up, sell stops from the highest down, so the triggered ones are always one end of
 * each map and checking after a trade costs a key comparison when nothing triggers.
 */
final class StopOrders {

	private final NavigableMap<Long, List<StopOrder>> buys = new TreeMap<>();

	private final NavigableMap<Long, List<StopOrder>> sells = new TreeMap<>();

	private final Map<Long, StopOrder> byId = new HashMap<>();

	void add(StopOrder stop) {
		map(stop.side()).computeIfAbsent(stop.stopTicks(), (ticks) -> new ArrayList<>()).add(stop);
		this.byId.put(stop.id(), stop);
	}

	/** The stop with that id, or {@code null}. */
	StopOrder find(long id) {
		return this.byId.get(id);
	}

	void remove(StopOrder stop) {
		NavigableMap<Long, List<StopOrder>> map = map(stop.side());
		List<StopOrder> queue = map.get(stop.stopTicks());
		queue.remove(stop);
		if (queue.isEmpty()) {
			map.remove(stop.stopTicks());
		}
		this.byId.remove(stop.id());
	}

	/**
	 * The oldest stop a last trade at {@code lastTicks} triggers, or {@code null}. Oldest
	 * first is the time priority stops keep among themselves.
	 */
	StopOrder oldestTriggered(long lastTicks) {
		StopOrder oldest = null;
		if (!this.buys.isEmpty() && this.buys.firstKey() <= lastTicks) {
			for (List<StopOrder> queue : this.buys.headMap(lastTicks, true).values()) {
				oldest = older(oldest, queue.get(0));
			}
		}
		if (!this.sells.isEmpty() && this.sells.lastKey() >= lastTicks) {
			for (List<StopOrder> queue : this.sells.tailMap(lastTicks, true).values()) {
				oldest = older(oldest, queue.get(0));
			}
		}
		return oldest;
	}

	int size() {
		return this.byId.size();
	}

	Iterable<StopOrder> orders() {
		return this.byId.values();
	}

	private static StopOrder older(StopOrder a, StopOrder b) {
		return (a == null || b.id() < a.id()) ? b : a;
	}

	private NavigableMap<Long, List<StopOrder>> map(Side side) {
		return (side == Side.BUY) ? this.buys : this.sells;
	}

}
