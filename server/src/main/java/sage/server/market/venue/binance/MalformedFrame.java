package sage.server.market.venue.binance;

/**
 * A stream frame Sage cannot read: not JSON, or a trade or kline with a field missing or
 * out of shape. The stream counts it and goes on with the next frame.
 */
final class MalformedFrame extends RuntimeException {

	MalformedFrame(String reason) {
		super(reason);
	}

	MalformedFrame(String reason, Throwable cause) {
		super(reason, cause);
	}

}
