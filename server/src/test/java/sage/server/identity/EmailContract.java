package sage.server.identity;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import sage.server.testing.Browser;
import sage.server.testing.TestSecrets;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Email verification and password reset against the real server sending to an in-JVM SMTP
 * server (GreenMail): the mails arrive, their links work once, a reset replaces the
 * password and clears the lockout, and bad tokens change nothing. Run on each database by
 * a subclass, which sets the mail properties.
 */
abstract class EmailContract {

	@RegisterExtension
	static GreenMailExtension smtp = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort())
		.withPerMethodLifecycle(false);

	private static final Pattern VERIFY_LINK = Pattern
		.compile("https://sage\\.test/verify-email\\?token=([A-Za-z0-9_-]{43})");

	private static final Pattern RESET_LINK = Pattern
		.compile("https://sage\\.test/reset-password\\?token=([A-Za-z0-9_-]{43})");

	private final String password = TestSecrets.newSecret();

	private final String newPassword = TestSecrets.newSecret();

	@LocalServerPort
	int port;

	@Autowired
	JsonMapper json;

	@Autowired
	JdbcClient jdbc;

	@DynamicPropertySource
	static void smtpPort(DynamicPropertyRegistry registry) {
		registry.add("spring.mail.port", () -> smtp.getSmtp().getPort());
	}

	@Test
	void signUpSendsALinkThatVerifiesTheEmailOnce() throws Exception {
		String email = TestSecrets.newEmail();
		Browser browser = new Browser(this.port);
		register(browser, email);
		assertThat(session(browser).path("emailVerified").asBoolean()).isFalse();

		MimeMessage mail = awaitMails(email, 1).get(0);
		assertThat(mail.getSubject()).isEqualTo("Confirm your email address for Sage");
		assertThat(mail.getFrom()[0].toString()).contains("no-reply@sage.test");
		List<String> types = new java.util.ArrayList<>();
		collect(mail, types, new StringBuilder());
		assertThat(types).anyMatch((type) -> type.startsWith("text/plain"))
			.anyMatch((type) -> type.startsWith("text/html"));
		String token = token(VERIFY_LINK, mail);
		assertThat(text(mail)).as("in the text and the HTML").containsSubsequence(token, token, token);

		String id = session(browser).path("id").asString();
		List<String> stored = this.jdbc.sql("select token_hash from identity_one_time_token where user_id = :id")
			.param("id", id)
			.query(String.class)
			.list();
		assertThat(stored).as("only the hash is kept").containsExactly(sha256(token)).doesNotContain(token);

		// the link may be opened in another browser, without a session
		HttpResponse<String> confirmed = new Browser(this.port).send("POST", "/api/v1/auth/email-verification/confirm",
				tokenBody(token), false);
		assertThat(confirmed.statusCode()).as(confirmed.body()).isEqualTo(204);
		assertThat(session(browser).path("emailVerified").asBoolean()).isTrue();
		assertThat(this.json.readTree(browser.get("/api/v1/users/profile").body()).path("emailVerified").asBoolean())
			.isTrue();

		HttpResponse<String> again = new Browser(this.port).send("POST", "/api/v1/auth/email-verification/confirm",
				tokenBody(token), false);
		assertThat(again.statusCode()).isEqualTo(400);
		assertThat(code(again)).isEqualTo("invalid-token");

		HttpResponse<String> resend = browser.send("POST", "/api/v1/auth/email-verification", null, true);
		assertThat(resend.statusCode()).isEqualTo(409);
		assertThat(code(resend)).isEqualTo("email-already-verified");

		assertThat(actions(id)).contains("user.registered", "user.email-verification-requested", "user.email-verified",
				"user.one-time-token-refused");
	}

	@Test
	void resendingWritesInTheAccountsLanguageAndEveryLinkSentWorks() throws Exception {
		String email = TestSecrets.newEmail();
		Browser browser = new Browser(this.port);
		register(browser, email);
		awaitMails(email, 1);
		HttpResponse<String> profile = browser.send("PUT", "/api/v1/users/profile",
				"{\"locale\":\"ko\",\"timeZone\":\"Asia/Seoul\",\"baseCurrency\":\"KRW\",\"experienceLevel\":"
						+ "\"BEGINNER\",\"riskTolerance\":\"MODERATE\",\"notifications\":{\"inApp\":true,"
						+ "\"email\":false,\"push\":false}}",
				true);
		assertThat(profile.statusCode()).as(profile.body()).isEqualTo(200);

		HttpResponse<String> resend = browser.send("POST", "/api/v1/auth/email-verification", null, true);
		assertThat(resend.statusCode()).as(resend.body()).isEqualTo(202);
		List<MimeMessage> mails = awaitMails(email, 2);
		MimeMessage korean = mails.get(1);
		assertThat(korean.getSubject()).isEqualTo("Sage 이메일 주소를 확인해 주세요");
		assertThat(text(korean)).contains("이메일 주소 확인").doesNotContain("Confirm your email");

		// the first email's link still works: resending does not void it
		String first = token(VERIFY_LINK, mails.get(0));
		assertThat(
				new Browser(this.port).send("POST", "/api/v1/auth/email-verification/confirm", tokenBody(first), false)
					.statusCode())
			.isEqualTo(204);
		assertThat(session(browser).path("emailVerified").asBoolean()).isTrue();
	}

	@Test
	void aResetReplacesThePasswordAndClearsTheLockout() throws Exception {
		String email = TestSecrets.newEmail();
		Browser browser = new Browser(this.port);
		register(browser, email);
		String id = session(browser).path("id").asString();
		browser.send("POST", "/api/v1/auth/logout", null, true);
		awaitMails(email, 1);
		Browser otherDevice = new Browser(this.port);
		assertThat(otherDevice
			.send("POST", "/api/v1/auth/login", "{\"email\":\"" + email + "\",\"password\":\"" + this.password + "\"}",
					true)
			.statusCode()).isEqualTo(200);

		for (int i = 0; i < 5; i++) {
			login(email, "wrong " + TestSecrets.newSecret());
		}
		assertThat(login(email, this.password).statusCode()).as("locked").isEqualTo(429);

		assertThat(requestReset(email).statusCode()).isEqualTo(202);
		MimeMessage mail = awaitMails(email, 2).get(1);
		assertThat(mail.getSubject()).isEqualTo("Reset your Sage password");
		String token = token(RESET_LINK, mail);

		// a refused password leaves the token working
		HttpResponse<String> weak = confirmReset(token, "short");
		assertThat(weak.statusCode()).isEqualTo(400);
		assertThat(code(weak)).isEqualTo("invalid-request");
		assertThat(weak.body()).contains("password");

		HttpResponse<String> reset = confirmReset(token, this.newPassword);
		assertThat(reset.statusCode()).as(reset.body()).isEqualTo(204);
		assertThat(otherDevice.get("/api/v1/users/profile").statusCode())
			.as("whoever knew the old password is signed out")
			.isEqualTo(401);
		assertThat(login(email, this.password).statusCode()).as("the old password").isEqualTo(401);
		HttpResponse<String> signedIn = login(email, this.newPassword);
		assertThat(signedIn.statusCode()).as("the new one, lockout cleared").isEqualTo(200);
		assertThat(this.json.readTree(signedIn.body()).path("emailVerified").asBoolean())
			.as("the reset link proved the address")
			.isTrue();

		HttpResponse<String> reused = confirmReset(token, TestSecrets.newSecret());
		assertThat(reused.statusCode()).isEqualTo(400);
		assertThat(code(reused)).isEqualTo("invalid-token");
		assertThat(login(email, this.newPassword).statusCode()).isEqualTo(200);

		assertThat(actions(id)).contains("user.password-reset-requested", "user.password-reset", "user.sessions-ended");
	}

	@Test
	void aNewResetEmailVoidsTheOlderOnes() throws Exception {
		String email = TestSecrets.newEmail();
		register(new Browser(this.port), email);
		awaitMails(email, 1);
		requestReset(email);
		awaitMails(email, 2);
		requestReset(email);
		List<MimeMessage> mails = awaitMails(email, 3);
		String older = token(RESET_LINK, mails.get(1));
		String newer = token(RESET_LINK, mails.get(2));

		HttpResponse<String> refused = confirmReset(older, this.newPassword);
		assertThat(refused.statusCode()).isEqualTo(400);
		assertThat(code(refused)).isEqualTo("invalid-token");
		assertThat(login(email, this.password).statusCode()).as("unchanged").isEqualTo(200);

		assertThat(confirmReset(newer, this.newPassword).statusCode()).isEqualTo(204);
		assertThat(login(email, this.newPassword).statusCode()).isEqualTo(200);
	}

	@Test
	void expiredAndGarbageTokensChangeNothing() throws Exception {
		String email = TestSecrets.newEmail();
		Browser browser = new Browser(this.port);
		register(browser, email);
		String id = session(browser).path("id").asString();
		String verifyToken = token(VERIFY_LINK, awaitMails(email, 1).get(0));
		requestReset(email);
		String resetToken = token(RESET_LINK, awaitMails(email, 2).get(1));
		String hashBefore = passwordHash(id);
		this.jdbc.sql("update identity_one_time_token set expires_at = :past where user_id = :id")
			.param("past", Instant.now().minusSeconds(1).atOffset(ZoneOffset.UTC))
			.param("id", id)
			.update();

		HttpResponse<String> expired = confirmReset(resetToken, this.newPassword);
		assertThat(expired.statusCode()).isEqualTo(400);
		assertThat(code(expired)).isEqualTo("invalid-token");
		assertThat(this.json.readTree(expired.body()).path("requestId").asString()).isNotEmpty();
		HttpResponse<String> expiredVerification = new Browser(this.port).send("POST",
				"/api/v1/auth/email-verification/confirm", tokenBody(verifyToken), false);
		assertThat(code(expiredVerification)).isEqualTo("invalid-token");

		for (String garbage : List.of("garbage", "A".repeat(43), verifyToken)) {
			HttpResponse<String> refused = confirmReset(garbage, this.newPassword);
			assertThat(refused.statusCode()).as(garbage).isEqualTo(400);
			assertThat(code(refused)).isEqualTo("invalid-token");
		}
		assertThat(code(new Browser(this.port).send("POST", "/api/v1/auth/email-verification/confirm",
				tokenBody(resetToken), false)))
			.as("a reset token does not verify")
			.isEqualTo("invalid-token");

		assertThat(passwordHash(id)).isEqualTo(hashBefore);
		assertThat(session(browser).path("emailVerified").asBoolean()).isFalse();
		assertThat(login(email, this.password).statusCode()).isEqualTo(200);
		assertThat(this.jdbc.sql("select count(*) from identity_one_time_token where user_id = :id and used_at is null")
			.param("id", id)
			.query(Long.class)
			.single()).as("nothing was used up").isEqualTo(2);
		assertThat(actions(id)).contains("user.one-time-token-refused");
	}

	@Test
	void anUnknownEmailIsAnsweredAlikeAndSentNothing() throws Exception {
		String unknown = TestSecrets.newEmail();
		HttpResponse<String> answer = requestReset(unknown);
		assertThat(answer.statusCode()).isEqualTo(202);
		assertThat(answer.body()).isEmpty();
		assertThat(requestReset("not an address").statusCode()).isEqualTo(202);

		// a known email asked for afterwards arrives; the unknown one never does
		String known = TestSecrets.newEmail();
		register(new Browser(this.port), known);
		awaitMails(known, 1);
		HttpResponse<String> knownAnswer = requestReset(known);
		assertThat(knownAnswer.statusCode()).isEqualTo(202);
		assertThat(knownAnswer.body()).isEqualTo(answer.body());
		awaitMails(known, 2);
		assertThat(mailsTo(unknown)).isEmpty();
	}

	private void register(Browser browser, String email) throws Exception {
		HttpResponse<String> response = browser.send("POST", "/api/v1/auth/register",
				"{\"email\":\"" + email + "\",\"password\":\"" + this.password + "\"}", true);
		assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
	}

	private HttpResponse<String> login(String email, String password) throws Exception {
		return new Browser(this.port).send("POST", "/api/v1/auth/login",
				"{\"email\":\"" + email + "\",\"password\":\"" + password + "\"}", false);
	}

	private HttpResponse<String> requestReset(String email) throws Exception {
		return new Browser(this.port).send("POST", "/api/v1/auth/password-reset", "{\"email\":\"" + email + "\"}",
				false);
	}

	private HttpResponse<String> confirmReset(String token, String password) throws Exception {
		return new Browser(this.port).send("POST", "/api/v1/auth/password-reset/confirm",
				"{\"token\":\"" + token + "\",\"password\":\"" + password + "\"}", false);
	}

	private static String tokenBody(String token) {
		return "{\"token\":\"" + token + "\"}";
	}

	private JsonNode session(Browser browser) throws Exception {
		return this.json.readTree(browser.get("/api/v1/auth/session").body());
	}

	private String code(HttpResponse<String> response) {
		return this.json.readTree(response.body()).path("code").asString();
	}

	private String passwordHash(String id) {
		return this.jdbc.sql("select password_hash from identity_user where id = :id")
			.param("id", id)
			.query(String.class)
			.single();
	}

	private List<String> actions(String id) {
		return this.jdbc.sql("select action from audit_log where entity_id = :id")
			.param("id", id)
			.query(String.class)
			.list();
	}

	private static List<MimeMessage> mailsTo(String address) {
		return Arrays.stream(smtp.getReceivedMessages()).filter((message) -> {
			try {
				return Arrays.stream(message.getAllRecipients()).anyMatch((r) -> r.toString().equals(address));
			}
			catch (jakarta.mail.MessagingException ex) {
				throw new IllegalStateException(ex);
			}
		}).toList();
	}

	/** The first {@code count} mails to {@code address}, waiting up to 10 s for them. */
	private static List<MimeMessage> awaitMails(String address, int count) throws InterruptedException {
		Instant deadline = Instant.now().plus(Duration.ofSeconds(10));
		List<MimeMessage> mails = mailsTo(address);
		while (mails.size() < count && Instant.now().isBefore(deadline)) {
			Thread.sleep(50);
			mails = mailsTo(address);
		}
		assertThat(mails).as("mails to the address").hasSizeGreaterThanOrEqualTo(count);
		return mails;
	}

	/** The decoded text of every part of the mail. */
	private static String text(MimeMessage mail) throws Exception {
		StringBuilder text = new StringBuilder();
		collect(mail, new java.util.ArrayList<>(), text);
		return text.toString();
	}

	private static void collect(Part part, List<String> types, StringBuilder text) throws Exception {
		Object content = part.getContent();
		if (content instanceof Multipart multipart) {
			for (int i = 0; i < multipart.getCount(); i++) {
				collect(multipart.getBodyPart(i), types, text);
			}
		}
		else if (content instanceof String string) {
			types.add(part.getContentType());
			text.append(string).append('\n');
		}
	}

	/** The token of the link in the mail. */
	private static String token(Pattern link, MimeMessage mail) throws Exception {
		Matcher matcher = link.matcher(text(mail));
		assertThat(matcher.find()).as("a link in the mail").isTrue();
		return matcher.group(1);
	}

	private static String sha256(String token) throws Exception {
		return HexFormat.of()
			.formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
	}

}
