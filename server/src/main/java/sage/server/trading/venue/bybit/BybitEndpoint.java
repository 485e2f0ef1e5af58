package sage.server.trading.venue.bybit;

/** The Bybit v5 endpoints the venue calls, and whether they are signed. */
enum BybitEndpoint {

	SERVER_TIME("GET", "/v5/market/time", false),

	CREATE_ORDER("POST", "/v5/order/create", true),

	CANCEL_ORDER("POST", "/v5/order/cancel", true),

	/** Working orders, and recently closed ones when asked by id. */
	REALTIME_ORDERS("GET", "/v5/order/realtime", true),

	/** Closed orders (filled, cancelled, rejected). */
	ORDER_HISTORY("GET", "/v5/order/history", true),

	EXECUTIONS("GET", "/v5/execution/list", true),

	WALLET_BALANCE("GET", "/v5/account/wallet-balance", true),

	API_KEY("GET", "/v5/user/query-api", true),

	INSTRUMENTS("GET", "/v5/market/instruments-info", false);

	private final String method;

	private final String path;

	private final boolean signed;

	BybitEndpoint(String method, String path, boolean signed) {
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

	/** Whether the parameters travel as a JSON body (POST) rather than a query string. */
	boolean hasBody() {
		return "POST".equals(this.method);
	}

	/** For messages: {@code POST /v5/order/create}. */
	String describe() {
		return this.method + " " + this.path;
	}

}
