package sage.server.advisor.facts;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The facts an answer is built from, each id once, in the order they were gathered.
 */
public record FactSheet(List<Fact> facts) {

	/** An empty sheet. */
	public static final FactSheet EMPTY = new FactSheet(List.of());

	/**
	 * Copies the facts.
	 * @throws IllegalArgumentException when an id is there twice
	 */
	public FactSheet {
		Map<String, Fact> byId = new LinkedHashMap<>();
		for (Fact fact : facts) {
			if (byId.put(fact.id(), fact) != null) {
				throw new IllegalArgumentException("fact " + fact.id() + " twice");
			}
		}
		facts = List.copyOf(facts);
	}

	/** The fact with this id. */
	public Optional<Fact> find(String id) {
		return this.facts.stream().filter((fact) -> fact.id().equals(id)).findFirst();
	}

	/** This sheet with the other's facts after its own (ids must not clash). */
	public FactSheet and(FactSheet other) {
		List<Fact> all = new ArrayList<>(this.facts);
		all.addAll(other.facts);
		return new FactSheet(all);
	}

	/** Whether it holds no fact. */
	public boolean isEmpty() {
		return this.facts.isEmpty();
	}

}
