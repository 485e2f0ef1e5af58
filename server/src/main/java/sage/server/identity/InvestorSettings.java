package sage.server.identity;

import java.util.UUID;

import org.springframework.stereotype.Service;

import sage.server.identity.account.Accounts;
import sage.server.identity.account.Settings;

/**
 * The investor part of users' account settings (experience level, risk tolerance), for
 * the modules that fit advice to them.
 */
@Service
public class InvestorSettings {

	private final Accounts accounts;

	InvestorSettings(Accounts accounts) {
		this.accounts = accounts;
	}

	/** What {@code user} changed from the defaults; nothing for an account gone. */
	public StatedInvestor of(UUID user) {
		return this.accounts.existing(user).map((account) -> {
			Settings settings = account.settings();
			boolean experience = settings.experienceLevel() != Settings.DEFAULTS.experienceLevel();
			boolean tolerance = settings.riskTolerance() != Settings.DEFAULTS.riskTolerance();
			return new StatedInvestor(experience ? settings.experienceLevel().name() : null,
					tolerance ? settings.riskTolerance().name() : null);
		}).orElse(StatedInvestor.NOTHING);
	}

}
