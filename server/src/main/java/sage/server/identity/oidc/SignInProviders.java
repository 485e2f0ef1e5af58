package sage.server.identity.oidc;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.security.config.oauth2.client.CommonOAuth2Provider;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.registration.ClientRegistrations;

/**
 * The configured OpenID Connect providers, checked at start (a missing client id or
 * issuer stops the server with the key to set) and turned into Spring Security client
 * registrations on first use: a provider's discovery document is fetched when someone
 * first signs in with it, not at start, so an unreachable provider neither delays nor
 * stops the server. A failed discovery is retried by the next sign-in.
 */
public class SignInProviders {

	/** Where sign-in with a provider starts: this, a slash and the provider id. */
	public static final String START_PATH = "/api/v1/auth/oidc";

	/** The redirect URI to register with each provider. */
	static final String REDIRECT_URI = "{baseUrl}" + START_PATH + "/{registrationId}/callback";

	/** The callback paths Spring Security's login filter answers. */
	static final String CALLBACK_PATHS = START_PATH + "/*/callback";

	private static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9-]{0,62}");

	private static final Logger log = LoggerFactory.getLogger(SignInProviders.class);

	/**
	 * A provider as the sign-in page shows it.
	 *
	 * @param id the id in URLs
	 * @param displayName what the button names
	 */
	public record SignInProvider(String id, String displayName) {

		/** Where the browser goes to sign in with this provider. */
		public String signInUrl() {
			return START_PATH + "/" + this.id;
		}

	}

	private final Map<String, OidcProperties.Provider> configured;

	private final Map<String, ClientRegistration> registrations = new ConcurrentHashMap<>();

	private final List<SignInProvider> providers;

	SignInProviders(OidcProperties properties) {
		this.configured = Map.copyOf(properties.providers());
		List<SignInProvider> list = new ArrayList<>();
		properties.providers().forEach((id, provider) -> list.add(new SignInProvider(id, check(id, provider))));
		list.sort(java.util.Comparator.comparing(SignInProvider::id));
		this.providers = List.copyOf(list);
	}

	/** The providers, by id; empty when none is configured. */
	public List<SignInProvider> list() {
		return this.providers;
	}

	/** Whether any provider is configured. */
	public boolean isEmpty() {
		return this.providers.isEmpty();
	}

	/** The provider with this id, if configured. */
	public Optional<SignInProvider> find(String id) {
		return this.providers.stream().filter((p) -> p.id().equals(id)).findFirst();
	}

	/**
	 * The registrations Spring Security's OAuth2 login asks for: {@code null} for an id
	 * that is not configured and for a provider whose discovery failed (the sign-in then
	 * fails with {@code oidc-sign-in-failed}).
	 */
	ClientRegistrationRepository registrations() {
		return this::registration;
	}

	private @Nullable ClientRegistration registration(String id) {
		OidcProperties.Provider provider = this.configured.get(id);
		if (provider == null) {
			return null;
		}
		ClientRegistration known = this.registrations.get(id);
		if (known != null) {
			return known;
		}
		try {
			ClientRegistration registration = build(id, provider);
			this.registrations.put(id, registration);
			return registration;
		}
		catch (RuntimeException ex) {
			// the issuer's discovery document could not be fetched or read; the message
			// names
			// the issuer, never the client secret
			log.warn("OpenID Connect provider '{}' is unavailable: {}", id, ex.getMessage());
			return null;
		}
	}

	private static ClientRegistration build(String id, OidcProperties.Provider provider) {
		ClientRegistration.Builder builder = (provider.issuerUri() == null && "google".equals(id))
				? CommonOAuth2Provider.GOOGLE.getBuilder(id)
				: ClientRegistrations.fromIssuerLocation(provider.issuerUri()).registrationId(id);
		return builder.clientId(provider.clientId())
			.clientSecret(provider.clientSecret())
			.clientName(displayName(id, provider))
			.scope(provider.scopes())
			.redirectUri(REDIRECT_URI)
			// PKCE on top of the client secret: a stolen code is useless without the
			// verifier kept in this session
			.clientSettings(ClientRegistration.ClientSettings.builder().requireProofKey(true).build())
			.build();
	}

	/** Refuses an incomplete provider at start; returns its display name. */
	private static String check(String id, OidcProperties.Provider provider) {
		String key = "sage.identity.oidc.providers." + id;
		if (!ID.matcher(id).matches()) {
			throw new IllegalStateException(key + ": the provider id must be 1 to 63 lower-case letters, digits "
					+ "and hyphens (it appears in the redirect URI)");
		}
		if (isBlank(provider.clientId()) || isBlank(provider.clientSecret())) {
			throw new IllegalStateException(key + ".client-id and " + key + ".client-secret are required");
		}
		if (isBlank(provider.issuerUri()) && !"google".equals(id)) {
			throw new IllegalStateException(key + ".issuer-uri is required (only google has a known issuer)");
		}
		if (!provider.scopes().contains("openid")) {
			throw new IllegalStateException(key + ".scopes must include openid: Sage signs in with the ID token");
		}
		return displayName(id, provider);
	}

	private static String displayName(String id, OidcProperties.Provider provider) {
		if (!isBlank(provider.displayName())) {
			return provider.displayName().strip();
		}
		return id.substring(0, 1).toUpperCase(Locale.ROOT) + id.substring(1);
	}

	private static boolean isBlank(@Nullable String value) {
		return value == null || value.isBlank();
	}

}
