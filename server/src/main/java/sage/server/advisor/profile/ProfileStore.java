package sage.server.advisor.profile;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import sage.server.advisor.Profile.Experience;
import sage.server.advisor.Profile.Tolerance;

/** What users set of their profiles, in {@code advisor_profile}. */
@Repository
class ProfileStore {

	private final JdbcClient jdbc;

	ProfileStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** What {@code owner} set, if anything. */
	Optional<Settings> find(UUID owner) {
		return this.jdbc.sql("select experience, tolerance, assets from advisor_profile where owner_id = :owner")
			.param("owner", owner.toString())
			.query((rs, row) -> {
				String experience = rs.getString("experience");
				String tolerance = rs.getString("tolerance");
				String assets = rs.getString("assets");
				return new Settings((experience != null) ? Experience.valueOf(experience) : null,
						(tolerance != null) ? Tolerance.valueOf(tolerance) : null, (assets == null) ? null
								: Arrays.stream(assets.split(",")).filter((s) -> !s.isEmpty()).toList());
			})
			.optional();
	}

	/** Replaces what {@code owner} set (call in a transaction). */
	void save(UUID owner, Settings settings, Instant at) {
		this.jdbc.sql("delete from advisor_profile where owner_id = :owner").param("owner", owner.toString()).update();
		if (settings.isEmpty()) {
			return;
		}
		this.jdbc.sql("""
				insert into advisor_profile (owner_id, experience, tolerance, assets, updated_at)
				values (:owner, :experience, :tolerance, :assets, :at)""")
			.param("owner", owner.toString())
			.param("experience", (settings.experience() != null) ? settings.experience().name() : null)
			.param("tolerance", (settings.tolerance() != null) ? settings.tolerance().name() : null)
			.param("assets", (settings.assets() != null) ? String.join(",", settings.assets()) : null)
			.param("at", OffsetDateTime.ofInstant(at, ZoneOffset.UTC))
			.update();
	}

	/** What a user set; null parts are inferred. */
	record Settings(@Nullable Experience experience, @Nullable Tolerance tolerance, @Nullable List<String> assets) {

		static final Settings NONE = new Settings(null, null, null);

		boolean isEmpty() {
			return this.experience == null && this.tolerance == null && this.assets == null;
		}

	}

}
