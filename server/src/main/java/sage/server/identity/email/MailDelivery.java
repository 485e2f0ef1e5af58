package sage.server.identity.email;

import java.io.IOException;
import java.time.Duration;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.mail.MailException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;

/**
 * Sends emails in the background, so that a request neither waits for SMTP nor tells by
 * its timing whether an email went out (a reset for an unknown address sends nothing). A
 * failed try is retried after {@link MailSettings#backoff()}, doubling, up to
 * {@link MailSettings#attempts()} tries; each failure counts in {@value #FAILURES}, and a
 * given-up email is logged as an error. Logs name the account and the purpose, never the
 * address or the token.
 */
class MailDelivery implements AutoCloseable {

	/** Emails accepted by the SMTP server, by purpose. */
	static final String SENT = "sage.identity.mail.sent";

	/** Failed tries, by purpose and whether the email was given up after it. */
	static final String FAILURES = "sage.identity.mail.failures";

	private static final Logger log = LoggerFactory.getLogger(MailDelivery.class);

	private final JavaMailSender sender;

	private final String from;

	private final int attempts;

	private final Duration backoff;

	private final MeterRegistry meters;

	private final ExecutorService executor = Executors.newVirtualThreadPerTaskExecutor();

	MailDelivery(JavaMailSender sender, String from, int attempts, Duration backoff, MeterRegistry meters) {
		this.sender = sender;
		this.from = from;
		this.attempts = Math.max(1, attempts);
		this.backoff = backoff;
		this.meters = meters;
	}

	/**
	 * Queues an email; it is tried at once and retried on failure.
	 * @param accountId whose email it is, for the log
	 */
	void send(String to, TokenEmail email, TokenPurpose purpose, Object accountId) {
		this.executor.execute(() -> deliver(to, email, purpose, accountId));
	}

	/** Tries until sent or out of attempts; runs on the delivery thread. */
	void deliver(String to, TokenEmail email, TokenPurpose purpose, Object accountId) {
		String kind = purpose.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
		for (int attempt = 1; attempt <= this.attempts; attempt++) {
			try {
				this.sender.send(message(to, email));
				Counter.builder(SENT)
					.description("Emails accepted by the SMTP server")
					.tag("purpose", kind)
					.register(this.meters)
					.increment();
				log.info("Sent the {} email of account {}", kind, accountId);
				return;
			}
			catch (MailException | MessagingException ex) {
				boolean last = attempt == this.attempts;
				Counter.builder(FAILURES)
					.description("Failed tries to send an email")
					.tag("purpose", kind)
					.tag("given-up", Boolean.toString(last))
					.register(this.meters)
					.increment();
				if (last) {
					log.error("Gave up sending the {} email of account {} after {} tries: {}", kind, accountId,
							this.attempts, describe(ex));
					return;
				}
				Duration wait = this.backoff.multipliedBy(1L << Math.min(attempt - 1, 16));
				log.warn("Try {} of {} to send the {} email of account {} failed ({}); retrying in {} ms", attempt,
						this.attempts, kind, accountId, describe(ex), wait.toMillis());
				if (!pause(wait)) {
					log.error("Gave up sending the {} email of account {}: the server is stopping", kind, accountId);
					return;
				}
			}
		}
	}

	private MimeMessage message(String to, TokenEmail email) throws MessagingException {
		MimeMessage message = this.sender.createMimeMessage();
		MimeMessageHelper helper = new MimeMessageHelper(message, MimeMessageHelper.MULTIPART_MODE_MIXED_RELATED,
				"UTF-8");
		helper.setFrom(this.from);
		helper.setTo(to);
		helper.setSubject(email.subject());
		helper.setText(email.text(), email.html());
		return message;
	}

	/**
	 * What went wrong, without what a message might quote: SMTP refusals name the
	 * recipient, so only network causes keep their message.
	 */
	static String describe(Throwable ex) {
		Throwable root = ex;
		for (Throwable cause = ex.getCause(); cause != null && cause != root; cause = cause.getCause()) {
			root = cause;
		}
		String what = ex.getClass().getSimpleName();
		if (root == ex) {
			return what;
		}
		String cause = root.getClass().getSimpleName();
		return (root instanceof IOException && root.getMessage() != null)
				? what + " caused by " + cause + ": " + root.getMessage() : what + " caused by " + cause;
	}

	private static boolean pause(Duration wait) {
		try {
			Thread.sleep(wait);
			return true;
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return false;
		}
	}

	/** Lets queued emails finish for a few seconds, then stops. */
	@Override
	public void close() {
		this.executor.shutdown();
		try {
			if (!this.executor.awaitTermination(10, TimeUnit.SECONDS)) {
				this.executor.shutdownNow();
			}
		}
		catch (InterruptedException ex) {
			this.executor.shutdownNow();
			Thread.currentThread().interrupt();
		}
	}

}
