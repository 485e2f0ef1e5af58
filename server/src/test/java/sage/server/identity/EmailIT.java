package sage.server.identity;

import org.springframework.boot.test.context.SpringBootTest;

/**
 * Email verification and password reset on the embedded defaults (H2) with SMTP
 * configured, in a data directory of its own.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "sage.data-dir=${sage.it.run-dir:target/it-run}/mail", "sage.rate-limits.enabled=false",
				"spring.mail.host=127.0.0.1", "sage.identity.mail.from=Sage <no-reply@sage.test>",
				"sage.identity.mail.web-url=https://sage.test/", "sage.identity.mail.backoff=100ms",
				// GreenMail logs each new mailbox with its address (the test emails are
				// test secrets)
				"logging.level.com.icegreen.greenmail.user.UserManager=warn" })
class EmailIT extends EmailContract {

}
