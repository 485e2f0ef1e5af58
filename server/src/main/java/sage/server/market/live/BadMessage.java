package sage.server.market.live;

import java.util.List;

/**
 * A client message Sage cannot act on; the client gets an error frame with the stable
 * {@code code} and the connection stays open.
 */
class BadMessage extends RuntimeException {

	private final String code;

	private final List<String> symbols;

	BadMessage(String code, String message) {
		this(code, message, List.of());
	}

	BadMessage(String code, String message, List<String> symbols) {
		super(message, null, false, false);
		this.code = code;
		this.symbols = List.copyOf(symbols);
	}

	String code() {
		return this.code;
	}

	List<String> symbols() {
		return this.symbols;
	}

}
