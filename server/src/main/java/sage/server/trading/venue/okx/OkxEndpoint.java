package sage.server.trading.venue.okx;

/**
 * The OKX v5 REST endpoints the venue calls, and whether they are signed. Reads send
 * their parameters as a query string, writes ({@code POST}) as a JSON body.
 */
enum OkxEndpoint {

	SERVER_TIME("GET", "/api/v5/public/time", false),

	PLACE_ORDER("POST", "/api/v5/trade/order", true),

	ORDER("GET", "/api/v5/trade/order", true),

	CANCEL_ORDER("POST", "/api/v5/trade/cancel-order", true),

	ORDERS_PENDING("GET", "/api/v5/trade/orders-pending", true),

	/** This account's trades of the last three days. */
	FILLS("GET", "/api/v5/trade/fills", true),

	/** This account's trades of the last three months. */
	FILLS_HISTORY("GET", "/api/v5/trade/fills-history", true),

	BALANCE("GET", "/api/v5/account/balance", true),

	ACCOUNT_CONFIG("GET", "/api/v5/account/config", true),

	INSTRUMENTS("GET", "/api/v5/public/instruments", false);

	private final String method;

	private final String path;

	private final boolean signed;

	OkxEndpoint(String method, String path, boolean signed) {
		this.method = method;
		this.path = path;
		this.signed = signed;
	}

	String method() {
		return this.method;
	}

	String path() {
		return this.path;
	}

	boolean signed() {
		return this.signed;
	}

	/** Whether the parameters go in a JSON body rather than the query string. */
	boolean hasBody() {
		return "POST".equals(this.method);
	}

	/** For messages: {@code POST /api/v5/trade/order}. */
	String describe() {
		return this.method + " " + this.path;
	}

}
