package sage.server.advisor.profile;

import java.util.List;

import sage.server.advisor.Profile;
import sage.server.advisor.Profile.Experience;
import sage.server.advisor.Profile.Tolerance;

/**
 * The profile the advisor holds of a user, each part with where it comes from: what risk
 * and persona go by, and what the user sees and may correct.
 *
 * @param experience how much the user has traded
 * @param tolerance how much swing in value the user accepts
 * @param assets the assets the user follows, most followed first (at most 8)
 * @param assetsSource {@code SET} when the user chose the list, else {@code INFERRED}
 * (empty: nothing named yet)
 * @param questionsRead how many of the user's latest questions the inference read
 */
public record AdvisorProfile(Trait<Experience> experience, Trait<Tolerance> tolerance, List<AssetInterest> assets,
		TraitSource assetsSource, int questionsRead) {

	public AdvisorProfile {
		assets = List.copyOf(assets);
	}

	/** The profile risk and persona go by. */
	public Profile effective() {
		return new Profile(this.experience.value(), this.tolerance.value(),
				this.assets.stream().map(AssetInterest::symbol).toList());
	}

}
