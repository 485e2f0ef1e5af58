package sage.server.trading.venue.bitget;

/**
 * The Bitget v2 spot REST endpoints the venue calls, and whether they are signed. Reads
 * send their parameters as a query string, writes ({@code POST}) as a JSON body.
 */
enum BitgetEndpoint {

	SERVER_TIME("GET", "/api/v2/public/time", false),

	PLACE_ORDER("POST", "/api/v2/spot/trade/place-order", true),

	ORDER_INFO("GET", "/api/v2/spot/trade/orderInfo", true),

	CANCEL_ORDER("POST", "/api/v2/spot/trade/cancel-order", true),

	UNFILLED_ORDERS("GET", "/api/v2/spot/trade/unfilled-orders", true),

	/** This account's trades of the last 90 days. */
	FILLS("GET", "/api/v2/spot/trade/fills", true),

	ASSETS("GET", "/api/v2/spot/account/assets", true),

	ACCOUNT_INFO("GET", "/api/v2/spot/account/info", true),

	SYMBOLS("GET", "/api/v2/spot/public/symbols", false);

	private final String method;

	private final String path;

	private final boolean signed;

	BitgetEndpoint(String method, String path, boolean signed) {
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

	/** For messages: {@code POST /api/v2/spot/trade/place-order}. */
	String describe() {
		return this.method + " " + this.path;
	}

}
