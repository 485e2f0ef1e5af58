package sage.server.testing;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.test.context.SpringBootTest;

/**
 * The whole server on a random port with what {@code ./sage serve} uses out of the box:
 * an H2 file database in a fresh data directory, in-process caches, no Redis. Every test
 * class with this annotation shares one application context.
 *
 * <p>
 * {@code sage.it.run-dir} (set by failsafe to a directory new for each build) keeps one
 * build's database from leaking into the next.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "sage.data-dir=${sage.it.run-dir:target/it-run}/embedded-defaults",
				// the test classes sharing this context all call from 127.0.0.1 and would
				// share
				// its buckets; RateLimitsIT checks the limits with their defaults
				"sage.rate-limits.enabled=false" })
public @interface OnEmbeddedDefaults {

}
