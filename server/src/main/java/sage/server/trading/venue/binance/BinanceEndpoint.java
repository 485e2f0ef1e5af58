package sage.server.trading.venue.binance;

/**
 * The Binance spot endpoints the venue calls, with their request weight (Binance's
 * "Request Weight" per endpoint, with a symbol given) and whether they are signed.
 */
enum BinanceEndpoint {

	SERVER_TIME("GET", "/api/v3/time", 1, false),

	NEW_ORDER("POST", "/api/v3/order", 1, true),

	QUERY_ORDER("GET", "/api/v3/order", 4, true),

	CANCEL_ORDER("DELETE", "/api/v3/order", 1, true),

	OPEN_ORDERS("GET", "/api/v3/openOrders", 6, true),

	MY_TRADES("GET", "/api/v3/myTrades", 20, true),

	ACCOUNT("GET", "/api/v3/account", 20, true),

	API_RESTRICTIONS("GET", "/sapi/v1/account/apiRestrictions", 1, true),

	EXCHANGE_INFO("GET", "/api/v3/exchangeInfo", 20, false);

	private final String method;

	private final String path;

	private final int weight;

	private final boolean signed;

	BinanceEndpoint(String method, String path, int weight, boolean signed) {
		this.method = method;
		this.path = path;
		this.weight = weight;
		this.signed = signed;
	}

	String method() {
		return this.method;
	}

	String path() {
		return this.path;
	}

	int weight() {
		return this.weight;
	}

	boolean signed() {
		return this.signed;
	}

	/** For messages: {@code POST /api/v3/order}. */
	String describe() {
		return this.method + " " + this.path;
	}

}
