package sage.server.market.ingest;

import org.junit.jupiter.api.DisplayName;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;

/**
 * Ingestion on the embedded default (an H2 file database of its own, so the test
 * instruments stay out of the other tests' catalogue).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = "sage.data-dir=${sage.it.run-dir:target/it-run}/ingestion")
@Import(IngestionContract.StoppedClock.class)
@DisplayName("Ingestion on H2 (embedded default)")
class IngestionOnH2IT extends IngestionContract {

}
