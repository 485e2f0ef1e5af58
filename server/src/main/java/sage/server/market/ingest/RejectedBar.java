package sage.server.market.ingest;

import sage.server.market.provider.RawBar;

/**
 * A row that failed validation, as the provider sent it, and why.
 *
 * @param bar the row exactly as received
 * @param reason what is wrong with it ({@code high is below low}, {@code duplicate open
 * time})
 */
record RejectedBar(RawBar bar, String reason) {
}
