package sage.server.identity.email;

import java.net.URI;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import sage.server.identity.IdentityProblems;
import sage.server.identity.account.Account;
import sage.server.platform.InvalidSettingException;
import sage.server.platform.ProblemException;

/**
 * The emails identity sends to an account: on when SMTP is configured, otherwise every
 * send answers {@code mail-not-configured}.
 */
class AccountMail implements AutoCloseable {

	private final @Nullable MailDelivery delivery;

	private final @Nullable TokenEmails emails;

	private AccountMail(@Nullable MailDelivery delivery, @Nullable TokenEmails emails) {
		this.delivery = delivery;
		this.emails = emails;
	}

	/** Mail off: no SMTP server is configured. */
	static AccountMail off() {
		return new AccountMail(null, null);
	}

	/**
	 * Mail on, through {@code delivery}.
	 * @throws InvalidSettingException when the sender or the web app's address is missing
	 */
	static AccountMail on(MailSettings settings, DeliveryFactory delivery) {
		String from = settings.from();
		if (from == null || from.isBlank()) {
			throw new InvalidSettingException("sage.identity.mail.from", null,
					"is required when spring.mail.host is set: the sender of verification and reset emails, "
							+ "e.g. no-reply@sage.example.com");
		}
		URI webUrl = settings.webUrl();
		if (webUrl == null || webUrl.getHost() == null
				|| !("http".equals(webUrl.getScheme()) || "https".equals(webUrl.getScheme()))) {
			throw new InvalidSettingException("sage.identity.mail.web-url", (webUrl != null) ? webUrl.toString() : null,
					"is required when spring.mail.host is set: the web app's http(s) address as users reach it, "
							+ "e.g. https://sage.example.com (emailed links point there)");
		}
		return new AccountMail(delivery.create(from), new TokenEmails(webUrl));
	}

	/** Makes the delivery once the sender is known. */
	interface DeliveryFactory {

		MailDelivery create(String from);

	}

	/** Whether this server sends email. */
	boolean isOn() {
		return this.delivery != null;
	}

	/**
	 * Composes the email for a token in the account's language and queues it.
	 * @throws ProblemException {@code mail-not-configured} when mail is off
	 */
	void send(Account account, TokenPurpose purpose, String token) {
		MailDelivery delivery = this.delivery;
		TokenEmails emails = this.emails;
		if (delivery == null || emails == null) {
			throw IdentityProblems.mailNotConfigured();
		}
		UUID id = account.id();
		delivery.send(account.email().value(), emails.compose(purpose, account.settings().locale(), token), purpose,
				id);
	}

	@Override
	public void close() {
		if (this.delivery != null) {
			this.delivery.close();
		}
	}

}
