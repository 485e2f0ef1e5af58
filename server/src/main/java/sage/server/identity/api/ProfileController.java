package sage.server.identity.api;

import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import sage.server.identity.Role;
import sage.server.identity.SignedInUser;
import sage.server.identity.Tier;
import sage.server.identity.account.Account;
import sage.server.identity.account.Accounts;
import sage.server.identity.account.Settings;

/** The signed-in user's profile and settings. */
@RestController
@RequestMapping(path = "/api/v1/users/profile", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Accounts")
@ApiResponse(responseCode = "401", description = "Not signed in (code unauthenticated)",
		content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE,
				schema = @Schema(implementation = ProblemDetail.class)))
class ProfileController {

	private final Accounts accounts;

	ProfileController(Accounts accounts) {
		this.accounts = accounts;
	}

	@GetMapping
	@Operation(summary = "Get the profile", description = "The signed-in user's profile and settings.")
	@ApiResponse(responseCode = "200", description = "The profile")
	Profile getProfile(@Parameter(hidden = true) @AuthenticationPrincipal SignedInUser user) {
		return Profile.of(this.accounts.get(user.id()));
	}

	@PutMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
	@Operation(summary = "Replace the profile",
			description = "Sets the display name and every setting at once (send them all). The email, role and tier "
					+ "are not changed here.")
	@ApiResponse(responseCode = "200", description = "The profile as stored")
	@ApiResponse(responseCode = "400",
			description = "A field is missing or invalid (code invalid-request; errors names each)",
			content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE,
					schema = @Schema(implementation = ProblemDetail.class)))
	Profile replaceProfile(@Parameter(hidden = true) @AuthenticationPrincipal SignedInUser user,
			@Valid @RequestBody ProfileUpdate body) {
		Settings settings = new Settings(body.locale(), body.timeZone(), body.baseCurrency(), body.experienceLevel(),
				body.riskTolerance(), body.notifications());
		return Profile.of(this.accounts.updateProfile(user.id(), body.displayName(), settings));
	}

	/**
	 * A profile.
	 *
	 * @param id the account id
	 * @param email the user's own email
	 * @param displayName how to address the user
	 * @param role what the account may do
	 * @param tier the account's plan
	 * @param emailVerified whether the email was confirmed with an emailed link
	 * @param locale {@code ko} or {@code en}
	 * @param timeZone IANA zone id
	 * @param baseCurrency {@code KRW} or {@code USD}
	 * @param experienceLevel how experienced the user is
	 * @param riskTolerance how much risk the user accepts
	 * @param notifications where notifications go
	 */
	@Schema(name = "Profile")
	record Profile(UUID id, @Schema(example = "jane@example.com") String email,
			@Schema(example = "Jane") @Nullable String displayName, Role role, Tier tier, boolean emailVerified,
			@Schema(example = "ko", allowableValues = {
					"ko", "en" }) String locale,
			@Schema(example = "Asia/Seoul") String timeZone, Settings.BaseCurrency baseCurrency,
			Settings.ExperienceLevel experienceLevel, Settings.RiskTolerance riskTolerance,
			Settings.Notifications notifications){

		static Profile of(Account account) {
			Settings s = account.settings();
			return new Profile(account.id(), account.email().value(), account.displayName(), account.role(),
					account.tier(), account.emailVerified(), s.locale(), s.timeZone(), s.baseCurrency(),
					s.experienceLevel(), s.riskTolerance(), s.notifications());
		}

	}

	/**
	 * The profile to store.
	 *
	 * @param displayName how to address the user; empty or absent removes it
	 * @param locale {@code ko} or {@code en}
	 * @param timeZone IANA zone id such as {@code Asia/Seoul}
	 * @param baseCurrency {@code KRW} or {@code USD}
	 * @param experienceLevel how experienced the user is
	 * @param riskTolerance how much risk the user accepts
	 * @param notifications where notifications go
	 */
	@Schema(name = "ProfileUpdate")
	record ProfileUpdate(@Schema(example = "Jane", maxLength = 100) @Nullable @Size(max = 400) String displayName,
			@Schema(example = "ko", allowableValues = {
					"ko", "en" }) @NotNull String locale,
			@Schema(example = "Asia/Seoul") @NotNull String timeZone, @NotNull Settings.BaseCurrency baseCurrency,
			@NotNull Settings.ExperienceLevel experienceLevel, @NotNull Settings.RiskTolerance riskTolerance,
			@NotNull Settings.Notifications notifications){
	}

}
