package sage.server.identity.api;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import sage.server.identity.oidc.SignInProviders;

/** The OpenID Connect providers the sign-in page offers, for its buttons. */
@RestController
@RequestMapping(path = "/api/v1/auth/providers", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Accounts")
class SignInProviderController {

	private final SignInProviders providers;

	SignInProviderController(SignInProviders providers) {
		this.providers = providers;
	}

	@GetMapping
	@Operation(summary = "List sign-in providers",
			description = "The OpenID Connect providers configured under sage.identity.oidc.providers (none by "
					+ "default), by id. To sign in with one, send the browser (a top-level navigation, not a fetch) "
					+ "to its signInUrl: it goes to the provider and comes back to /api/v1/auth/oidc/{id}/callback, "
					+ "which starts the session exactly like POST /api/v1/auth/login and redirects to / (signed in), "
					+ "/sign-in?second-factor=required (send the code to POST /api/v1/auth/login/2fa) or "
					+ "/sign-in?error={code} (oidc-sign-in-failed, oidc-email-not-verified, sign-in-locked or "
					+ "email-taken). A provider's verified email links to the account with that email, or creates "
					+ "one; an unverified email is refused.")
	@ApiResponse(responseCode = "200", description = "The providers; items is empty when none is configured")
	SignInProviderListResponse signInProviders() {
		return new SignInProviderListResponse(this.providers.list()
			.stream()
			.map((p) -> new SignInProviderResponse(p.id(), p.displayName(), p.signInUrl()))
			.toList());
	}

	@Schema(name = "SignInProviderList")
	record SignInProviderListResponse(List<SignInProviderResponse> items) {
	}

	/**
	 * One provider.
	 *
	 * @param id the provider id
	 * @param displayName what the button says after "Continue with"
	 * @param signInUrl where the browser goes to sign in with it
	 */
	@Schema(name = "SignInProvider", description = "An OpenID Connect provider people may sign in with")
	record SignInProviderResponse(@Schema(example = "google") String id, @Schema(example = "Google") String displayName,
			@Schema(example = "/api/v1/auth/oidc/google") String signInUrl) {
	}

}
