package sage.server.identity.email;

import java.io.IOException;
import java.net.ConnectException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.Test;

import org.springframework.mail.MailSendException;
import org.springframework.mail.javamail.JavaMailSenderImpl;

import static org.assertj.core.api.Assertions.assertThat;

class MailDeliveryTest {

	private static final TokenEmail EMAIL = new TokenEmail("Subject", "text", "<p>html</p>");

	private final SimpleMeterRegistry meters = new SimpleMeterRegistry();

	@Test
	void aFailedTryIsRetriedAndCounted() {
		FlakySmtp smtp = new FlakySmtp(2);
		MailDelivery delivery = new MailDelivery(smtp, "no-reply@sage.test", 4, Duration.ofMillis(1), this.meters);
		delivery.deliver("jane@example.com", EMAIL, TokenPurpose.RESET_PASSWORD, UUID.randomUUID());
		assertThat(smtp.tries).isEqualTo(3);
		assertThat(smtp.sent).hasSize(1);
		assertThat(failures("false")).isEqualTo(2);
		assertThat(failures("true")).isZero();
		assertThat(this.meters.counter(MailDelivery.SENT, "purpose", "reset-password").count()).isEqualTo(1);
	}

	@Test
	void anEmailIsGivenUpOnlyAfterEveryTryAndThatIsCounted() {
		FlakySmtp smtp = new FlakySmtp(Integer.MAX_VALUE);
		MailDelivery delivery = new MailDelivery(smtp, "no-reply@sage.test", 3, Duration.ofMillis(1), this.meters);
		delivery.deliver("jane@example.com", EMAIL, TokenPurpose.VERIFY_EMAIL, UUID.randomUUID());
		assertThat(smtp.tries).isEqualTo(3);
		assertThat(smtp.sent).isEmpty();
		assertThat(this.meters.counter(MailDelivery.FAILURES, "purpose", "verify-email", "given-up", "false").count())
			.isEqualTo(2);
		assertThat(this.meters.counter(MailDelivery.FAILURES, "purpose", "verify-email", "given-up", "true").count())
			.isEqualTo(1);
	}

	@Test
	void theBackgroundQueueSendsAndStopsCleanly() throws Exception {
		FlakySmtp smtp = new FlakySmtp(0);
		MailDelivery delivery = new MailDelivery(smtp, "no-reply@sage.test", 2, Duration.ofMillis(1), this.meters);
		delivery.send("jane@example.com", EMAIL, TokenPurpose.VERIFY_EMAIL, UUID.randomUUID());
		delivery.close();
		assertThat(smtp.sent).hasSize(1);
		MimeMessage sent = smtp.sent.get(0);
		assertThat(sent.getSubject()).isEqualTo("Subject");
		assertThat(sent.getFrom()[0].toString()).isEqualTo("no-reply@sage.test");
	}

	@Test
	void aFailureIsDescribedWithoutWhatTheServerQuoted() {
		MailSendException refused = new MailSendException("550 no such user",
				new MessagingException("550 5.1.1 <jane@example.com> unknown"));
		assertThat(MailDelivery.describe(refused)).isEqualTo("MailSendException caused by MessagingException")
			.doesNotContain("jane");
		MailSendException down = new MailSendException("Mail server connection failed",
				new MessagingException("could not connect", new ConnectException("Connection refused")));
		assertThat(MailDelivery.describe(down))
			.isEqualTo("MailSendException caused by ConnectException: Connection refused");
		assertThat(MailDelivery.describe(new MailSendException("x"))).isEqualTo("MailSendException");
		assertThat(IOException.class).isAssignableFrom(ConnectException.class);
	}

	private double failures(String givenUp) {
		return this.meters.counter(MailDelivery.FAILURES, "purpose", "reset-password", "given-up", givenUp).count();
	}

	/** An SMTP server that refuses the first {@code failures} tries. */
	private static final class FlakySmtp extends JavaMailSenderImpl {

		private final int failures;

		int tries;

		final List<MimeMessage> sent = new ArrayList<>();

		FlakySmtp(int failures) {
			this.failures = failures;
		}

		@Override
		public void send(MimeMessage message) {
			this.tries++;
			if (this.tries <= this.failures) {
				throw new MailSendException("Mail server connection failed",
						new MessagingException("could not connect", new ConnectException("Connection refused")));
			}
			this.sent.add(message);
		}

	}

}
