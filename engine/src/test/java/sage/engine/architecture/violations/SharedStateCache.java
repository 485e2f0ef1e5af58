package sage.engine.architecture.violations;

import java.util.ArrayList;
import java.util.List;

/** Holds global mutable state, and prints. */
public class SharedStateCache {

	static int counter;

	static final List<Double> VALUES = new ArrayList<>();

	public void remember(double value) {
		counter++;
		VALUES.add(value);
		System.out.println(value);
	}

}
