package sage.server.identity;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.text.ParseException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import javax.crypto.Mac;
import javax.crypto.SecretKey;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jose.crypto.MACVerifier;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import sage.server.identity.apikey.ApiKeyStore;
import sage.server.identity.crypto.IdentityKeys;
import sage.server.identity.crypto.KeyRing;

/**
 * Short-lived access tokens for API clients: an API key is exchanged for a JWT (HS256, 15
 * minutes) carrying the key's scopes, and an opaque refresh token (30 days, good once,
 * stored as its SHA-256) that gets a new pair. Both end with the key: a revoked, rotated
 * or expired key's tokens stop working, which costs each request one lookup of the key.
 *
 * <p>
 * No new key material: the signing key is derived from the identity key file's vault key
 * ring (HMAC of a fixed label under each key, so the vault's own keys are never used for
 * anything else), and the token's {@code kid} names the ring key, so tokens rotate with
 * the vault keys.
 */
@Service
@Transactional
public class AccessTokens {

	/** How long an access token works. */
	public static final Duration ACCESS_VALIDITY = Duration.ofMinutes(15);

	/** How long a refresh token works, if not used first. */
	public static final Duration REFRESH_VALIDITY = Duration.ofDays(30);

	/** What every refresh token starts with. */
	public static final String REFRESH_PREFIX = "sagert_";

	private static final String ISSUER = "sage";

	private static final byte[] LABEL = "sage access token signing key v1".getBytes(StandardCharsets.US_ASCII);

	private final ApiKeys apiKeys;

	private final ApiKeyStore store;

	private final KeyRing ring;

	private final SecureRandom random;

	private final Clock clock;

	public AccessTokens(ApiKeys apiKeys, ApiKeyStore store, IdentityKeys keys, SecureRandom identityRandom,
			Clock clock) {
		this.apiKeys = apiKeys;
		this.store = store;
		this.ring = keys.vault();
		this.random = identityRandom;
		this.clock = clock;
	}

	/**
	 * A token pair for a caller authenticated by an API key (or by an access token of
	 * one), with the key's scopes.
	 */
	public IssuedTokens issue(ScopedCaller caller) {
		Instant now = this.clock.instant();
		Instant expires = now.plus(ACCESS_VALIDITY);
		JWTClaimsSet claims = new JWTClaimsSet.Builder().issuer(ISSUER)
			.subject(caller.user().id().toString())
			.claim("key", caller.keyId().toString())
			.claim("scope", String.join(" ", caller.scopes().stream().map(Scope::wireName).sorted().toList()))
			.issueTime(Date.from(now))
			.expirationTime(Date.from(expires))
			.jwtID(UUID.randomUUID().toString())
			.build();
		SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.HS256).keyID(this.ring.activeId()).build(),
				claims);
		try {
			jwt.sign(new MACSigner(signingKey(this.ring.active())));
		}
		catch (JOSEException ex) {
			throw new IllegalStateException("Cannot sign an access token", ex);
		}
		byte[] secret = new byte[32];
		this.random.nextBytes(secret);
		String refresh = REFRESH_PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
		this.store.insertRefreshToken(ApiKeys.hash(refresh), caller.keyId(), now, now.plus(REFRESH_VALIDITY));
		return new IssuedTokens(jwt.serialize(), "Bearer", ACCESS_VALIDITY.toSeconds(), expires, refresh,
				caller.scopes());
	}

	/**
	 * A new pair for a refresh token, which is used up: empty if it is unknown, used,
	 * expired, or its key no longer works.
	 */
	public Optional<IssuedTokens> refresh(String refreshToken) {
		return this.store.takeRefreshToken(ApiKeys.hash(refreshToken.strip()), this.clock.instant())
			.flatMap(this.apiKeys::actingBy)
			.map(this::issue);
	}

	/** Revokes a refresh token; unknown ones are ignored. */
	public void revoke(String refreshToken) {
		this.store.takeRefreshToken(ApiKeys.hash(refreshToken.strip()), Instant.EPOCH);
	}

	/**
	 * Who an access token acts for: empty if it is malformed, not HS256, signed with an
	 * unknown key, tampered with or expired, or its key no longer works.
	 */
	@Transactional(readOnly = true)
	public Optional<ScopedCaller> authenticate(String token) {
		try {
			SignedJWT jwt = SignedJWT.parse(token);
			if (!JWSAlgorithm.HS256.equals(jwt.getHeader().getAlgorithm()) || jwt.getHeader().getKeyID() == null) {
				return Optional.empty();
			}
			Optional<SecretKey> key = this.ring.find(jwt.getHeader().getKeyID());
			if (key.isEmpty() || !jwt.verify(new MACVerifier(signingKey(key.get())))) {
				return Optional.empty();
			}
			JWTClaimsSet claims = jwt.getJWTClaimsSet();
			Date expires = claims.getExpirationTime();
			if (!ISSUER.equals(claims.getIssuer()) || expires == null
					|| !this.clock.instant().isBefore(expires.toInstant())) {
				return Optional.empty();
			}
			UUID keyId = UUID.fromString(claims.getStringClaim("key"));
			Set<Scope> scopes = EnumSet.noneOf(Scope.class);
			for (String name : List.of(claims.getStringClaim("scope").split(" "))) {
				Scope.parse(name).ifPresent(scopes::add);
			}
			// the token's scopes, never more than the key has now
			return this.apiKeys.actingBy(keyId)
				.filter((caller) -> caller.user().id().toString().equals(claims.getSubject()))
				.map((caller) -> new ScopedCaller(caller.user(),
						Set.copyOf(scopes.stream().filter(caller.scopes()::contains).toList()), keyId));
		}
		catch (ParseException | JOSEException | IllegalArgumentException | NullPointerException ex) {
			return Optional.empty();
		}
	}

	/** The HS256 key under one ring key: HMAC-SHA256 of a fixed label. */
	private static byte[] signingKey(SecretKey ringKey) {
		try {
			Mac mac = Mac.getInstance("HmacSHA256");
			mac.init(new javax.crypto.spec.SecretKeySpec(ringKey.getEncoded(), "HmacSHA256"));
			return mac.doFinal(LABEL);
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("HMAC-SHA256 is unavailable", ex);
		}
	}

}
