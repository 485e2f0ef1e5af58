package sage.server.identity.account;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import sage.server.identity.IdentityProblems;
import sage.server.identity.IdentityProperties;
import sage.server.platform.InvalidSettingException;
import sage.server.platform.ProblemException;

/**
 * Makes sure the installation can get an administrator, with no default password: at
 * start, the one in {@code sage.identity.admin.*} is created if no account has its email;
 * with none configured and no administrator yet, a one-time setup token is printed that
 * {@code POST /api/v1/auth/setup} exchanges for the first administrator.
 */
public class FirstAdministrator {

	private static final Logger log = LoggerFactory.getLogger(FirstAdministrator.class);

	private final Accounts accounts;

	private final SetupToken token;

	private final IdentityProperties.Admin admin;

	public FirstAdministrator(Accounts accounts, SetupToken token, IdentityProperties.Admin admin) {
		this.accounts = accounts;
		this.token = token;
		this.admin = admin;
	}

	/** Creates the configured administrator, or prints a setup token when none exists. */
	public void atStart() {
		if (this.admin.isConfigured()) {
			createConfigured();
		}
		else if (!this.accounts.administratorExists()) {
			String issued = this.token.issue();
			log.warn(
					"No administrator exists yet. Create the first one within {} minutes with "
							+ "POST /api/v1/auth/setup {\"token\":\"{}\",\"email\":...,\"password\":...} "
							+ "(the token works once; a restart prints a new one)",
					this.token.validity().toMinutes(), issued);
		}
	}

	/**
	 * Creates the first administrator with the printed setup token.
	 * @throws ProblemException {@code invalid-setup-token} when the token is wrong, used
	 * or expired or an administrator exists; {@code invalid-request} for a refused email
	 * or password (the token is not used up then)
	 */
	public Account setUp(String offeredToken, String email, String password, @Nullable String displayName) {
		if (this.accounts.administratorExists()) {
			this.token.withdraw();
			throw invalidToken();
		}
		this.accounts.check(email, password, displayName);
		if (!this.token.redeem(offeredToken)) {
			throw invalidToken();
		}
		return this.accounts.createAdministrator(email, password, displayName, "setup-token");
	}

	private static ProblemException invalidToken() {
		return new ProblemException(IdentityProblems.INVALID_SETUP_TOKEN,
				"The setup token is wrong, used or expired, or an administrator exists already. "
						+ "Restart the server for a new token, or configure sage.identity.admin.*.");
	}

	private void createConfigured() {
		String email = this.admin.email();
		if (!EmailAddress.isValid(email)) {
			throw new InvalidSettingException("sage.identity.admin.email", email, EmailAddress.MESSAGE);
		}
		if (this.accounts.findByEmail(EmailAddress.of(email)).isPresent()) {
			return;
		}
		String password = readPassword();
		try {
			this.accounts.createAdministrator(email, password, null, "configuration");
			log.info("Created the administrator account configured in sage.identity.admin.email");
		}
		catch (ProblemException ex) {
			if (ex.problemType() == IdentityProblems.EMAIL_TAKEN) {
				// another node created it a moment ago
				return;
			}
			throw new InvalidSettingException("sage.identity.admin.password-file",
					String.valueOf(this.admin.passwordFile()), "holds a password that is refused: " + ex.getMessage());
		}
	}

	private String readPassword() {
		java.nio.file.@Nullable Path file = this.admin.passwordFile();
		if (file == null) {
			throw new InvalidSettingException("sage.identity.admin.password-file", null,
					"must name a file holding the administrator's password when sage.identity.admin.email is set");
		}
		try {
			String content = Files.readString(file, StandardCharsets.UTF_8);
			// one line: a trailing newline from an editor or echo is not part of it
			return content.lines().findFirst().orElse("");
		}
		catch (IOException ex) {
			throw new InvalidSettingException("sage.identity.admin.password-file", file.toString(),
					"cannot be read: " + ex.getMessage());
		}
	}

}
