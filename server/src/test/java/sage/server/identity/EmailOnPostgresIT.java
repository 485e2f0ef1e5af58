package sage.server.identity;

import org.junit.jupiter.api.DisplayName;

import org.springframework.test.context.TestPropertySource;

import sage.server.testing.OnPostgresAndRedis;

/**
 * Email verification and password reset on the real PostgreSQL at 127.0.0.1:5432, with
 * SMTP configured.
 */
@OnPostgresAndRedis
@TestPropertySource(properties = { "spring.mail.host=127.0.0.1", "sage.identity.mail.from=Sage <no-reply@sage.test>",
		"sage.identity.mail.web-url=https://sage.test/", "sage.identity.mail.backoff=100ms",
		"logging.level.com.icegreen.greenmail.user.UserManager=warn" })
@DisplayName("Email verification and password reset on PostgreSQL")
class EmailOnPostgresIT extends EmailContract {

}
