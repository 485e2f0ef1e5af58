package sage.server.advisor.profile;

import java.util.List;

/**
 * An asset the user follows.
 *
 * @param symbol its symbol ({@code BTC-USD})
 * @param name its name
 * @param mentions how many of the user's questions named it
 * @param confidence how sure the inference is, 0 to 1: a third per question, 1 from three
 * questions, or when the user set it
 * @param evidence the latest questions that named it (at most 3)
 */
public record AssetInterest(String symbol, String name, int mentions, double confidence, List<Evidence> evidence) {

	public AssetInterest {
		evidence = List.copyOf(evidence);
	}

}
