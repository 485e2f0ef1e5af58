package sage.server.trading;

import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Service;

import sage.engine.strategy.Grid;
import sage.engine.strategy.HyperRsi;
import sage.engine.strategy.RsiThreshold;
import sage.engine.strategy.SmaCross;
import sage.engine.strategy.StrategyDefinition;

/**
 * The strategies Sage can run, as the engine defines them, with their parameter schemas.
 */
@Service
public class StrategyCatalog {

	private final List<StrategyDefinition> definitions = List.of(HyperRsi.DEFINITION, Grid.DEFINITION,
			RsiThreshold.DEFINITION, SmaCross.DEFINITION);

	/** Every strategy, in a stable order. */
	public List<StrategyDefinition> all() {
		return this.definitions;
	}

	/** The strategy with this id. */
	public Optional<StrategyDefinition> find(String id) {
		return this.definitions.stream().filter((d) -> d.id().equals(id)).findFirst();
	}

	/** The ids, for messages that list what exists. */
	public List<String> ids() {
		return this.definitions.stream().map(StrategyDefinition::id).toList();
	}

}
