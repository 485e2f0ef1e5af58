/**
 * Scheduled collection of bars from the online providers: per job, backfill and gap
 * repair, validation with a quarantine for bad rows, idempotent storage, derived higher
 * intervals, and each run's outcome in a table, the API and the metrics. Internal to the
 * market module; the API reaches it through {@link sage.server.market.ingest.Ingestion}.
 */
@NullMarked
package sage.server.market.ingest;

import org.jspecify.annotations.NullMarked;
