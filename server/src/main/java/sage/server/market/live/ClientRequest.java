package sage.server.market.live;

import java.util.List;

/**
 * A client's request on {@code /ws/market}.
 *
 * @param op what to do
 * @param symbols the symbols or aliases it concerns, as sent
 */
record ClientRequest(Op op, List<String> symbols) {

	ClientRequest {
		symbols = List.copyOf(symbols);
	}

	/** The requests a client may make. */
	enum Op {

		/** Start receiving updates of the symbols. */
		SUBSCRIBE,
		/** Stop receiving them. */
		UNSUBSCRIBE

	}

}
