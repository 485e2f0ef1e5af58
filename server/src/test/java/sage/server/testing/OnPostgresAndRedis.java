package sage.server.testing;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.test.context.SpringBootTest;

/**
 * The whole server on a random port against the real PostgreSQL (127.0.0.1:5432, database
 * {@code test}) and Redis (127.0.0.1:6379) that {@code .ci/run} makes sure are running,
 * configured the way an operator does it: {@code sage.db.*} and {@code sage.redis.url}.
 *
 * <p>
 * Each build gets its own schema ({@code it_<run id>}), which Flyway creates, so builds
 * never see each other's rows; {@link PostgresSchema} drops it afterwards. The connection
 * can be pointed elsewhere with {@code SAGE_IT_PG_URL}, {@code SAGE_IT_PG_USER} and
 * {@code SAGE_IT_REDIS_URL}.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "sage.data-dir=${sage.it.run-dir:target/it-run}/postgres",
				"sage.db.url=${SAGE_IT_PG_URL:jdbc:postgresql://127.0.0.1:5432/test}?currentSchema="
						+ PostgresSchema.NAME_PLACEHOLDER,
				"sage.db.user=${SAGE_IT_PG_USER:postgres}",
				"sage.redis.url=${SAGE_IT_REDIS_URL:redis://127.0.0.1:6379}",
				"spring.flyway.schemas=" + PostgresSchema.NAME_PLACEHOLDER,
				"spring.cache.redis.key-prefix=sage:it:${sage.it.run-id:local}:",
				// every test signs in from 127.0.0.1, and the buckets are shared through
				// Redis by
				// the whole build: sign-in's 10 a minute per address would refuse them
				"sage.rate-limits.groups.login.per-minute=100000" })
public @interface OnPostgresAndRedis {

}
