package sage.server.market.bundled;

/**
 * A row an import refused, and why.
 *
 * @param line 1-based line number in the file
 * @param reason e.g. {@code high is below low}
 */
public record Rejection(int line, String reason) {
}
