package sage.server.identity.email;

import java.net.URI;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.web.util.HtmlUtils;

/**
 * Writes the verification and reset emails in the account's language (English or Korean),
 * from {@code identity/mail/messages*.properties}. The link goes to the web app's page
 * for the purpose, the token in its query.
 */
final class TokenEmails {

	private final MessageSource messages;

	private final String webUrl;

	TokenEmails(URI webUrl) {
		ResourceBundleMessageSource source = new ResourceBundleMessageSource();
		source.setBasename("identity/mail/messages");
		source.setDefaultEncoding("UTF-8");
		// English is the base file: a server whose own locale is Korean must not answer
		// English-speaking users in Korean
		source.setFallbackToSystemLocale(false);
		this.messages = source;
		String url = webUrl.toString();
		this.webUrl = url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
	}

	/** The link the email carries. */
	String link(TokenPurpose purpose, String token) {
		String page = (purpose == TokenPurpose.VERIFY_EMAIL) ? "/verify-email" : "/reset-password";
		return this.webUrl + page + "?token=" + token;
	}

	/**
	 * The email for a token.
	 * @param locale the account's language, {@code en} or {@code ko}
	 */
	TokenEmail compose(TokenPurpose purpose, String locale, String token) {
		Locale language = Locale.forLanguageTag(locale);
		String prefix = (purpose == TokenPurpose.VERIFY_EMAIL) ? "verify." : "reset.";
		long validity = (purpose == TokenPurpose.VERIFY_EMAIL) ? purpose.validity().toHours()
				: purpose.validity().toMinutes();
		String subject = text(prefix + "subject", language);
		String intro = text(prefix + "intro", language);
		String action = text(prefix + "action", language);
		String expiry = this.messages.getMessage(prefix + "expiry", new Object[] { validity }, language);
		String ignore = text(prefix + "ignore", language);
		String signature = text("signature", language);
		String link = link(purpose, token);
		String text = intro + "\n\n" + link + "\n\n" + expiry + "\n" + ignore + "\n\n" + signature + "\n";
		String html = "<!doctype html><html lang=\"" + language.getLanguage() + "\"><body style=\"font-family:"
				+ "sans-serif;line-height:1.5\"><p>" + escape(intro) + "</p><p><a href=\"" + escape(link)
				+ "\" style=\"display:inline-block;padding:8px 16px;background:#2f6feb;color:#fff;"
				+ "text-decoration:none;border-radius:4px\">" + escape(action) + "</a></p><p>" + escape(expiry) + "<br>"
				+ escape(ignore) + "</p><p style=\"color:#666;font-size:12px\">" + escape(link) + "</p><p>"
				+ escape(signature) + "</p></body></html>";
		return new TokenEmail(subject, text, html);
	}

	private String text(String key, Locale language) {
		return this.messages.getMessage(key, null, language);
	}

	private static String escape(String text) {
		return HtmlUtils.htmlEscape(text, "UTF-8");
	}

}
