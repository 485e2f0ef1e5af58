package sage.server.identity.security;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

import org.springframework.http.server.PathContainer;
import org.springframework.web.util.pattern.PathPattern;
import org.springframework.web.util.pattern.PathPatternParser;

import sage.server.identity.Role;
import sage.server.identity.Scope;

/**
 * Who may call each API operation: the one place that says it. Each row names an
 * operation as the OpenAPI document does ({@code GET /api/v1/instruments/{symbol}}), the
 * callers it is for, and the scope an API key or bearer token needs for it. Sessions and
 * anonymous callers are limited by audience only; keys and tokens by audience (their
 * owner's role) and scope.
 *
 * <p>
 * The authorisation matrix test walks every operation of the OpenAPI document through
 * this table, so an endpoint without a row fails the build. At run time, an {@code /api}
 * request no row matches (no such endpoint) keeps its path's audience and needs the
 * {@code admin} scope: the safe side for anything forgotten.
 */
public final class AccessTable {

	/** Who may call an operation, whatever the credential. */
	public enum Audience {

		/** Anyone, signed in or not. */
		ANYONE,

		/** Any signed-in account. */
		SIGNED_IN,

		/** SUPPORT and ADMIN accounts. */
		STAFF,

		/** ADMIN accounts. */
		ADMIN;

		/** Whether an account with this role is in the audience. */
		public boolean admits(Role role) {
			return switch (this) {
				case ANYONE, SIGNED_IN -> true;
				case STAFF -> role == Role.SUPPORT || role == Role.ADMIN;
				case ADMIN -> role == Role.ADMIN;
			};
		}

	}

	/**
	 * One operation's access.
	 *
	 * @param method the HTTP method
	 * @param path the path template, as in the OpenAPI document
	 * @param audience who may call it
	 * @param scope what an API key or bearer token needs; {@code null} when only a
	 * session may call it (managing API keys: a key must not mint keys)
	 */
	public record Rule(String method, String path, Audience audience, @Nullable Scope scope) {

		/** The scope as documented: its wire name, or {@code session-only}. */
		public String scopeName() {
			return (this.scope != null) ? this.scope.wireName() : "session-only";
		}

	}

	private static final List<Rule> RULES = List.of(
			// market data and research: open to anyone, read for keys
			rule("GET /api/v1/instruments ANYONE read"), rule("GET /api/v1/instruments/{symbol} ANYONE read"),
			rule("GET /api/v1/instruments/{symbol}/bars ANYONE read"),
			// stored bars are everyone's market data: every user's backtests, paper bots
			// and live bots (real money at exchanges) read them, so storing bars is an
			// administrator's act
			rule("POST /api/v1/instruments/{symbol}/bars ADMIN admin"),
			rule("GET /api/v1/instruments/{symbol}/indicators ANYONE read"),
			rule("GET /api/v1/instruments/{symbol}/quote ANYONE read"), rule("GET /api/v1/indicators ANYONE read"),
			rule("GET /api/v1/imports ANYONE read"), rule("GET /api/v1/market/fear-greed ANYONE read"),
			// ingestion's status and quarantine say where public market data came from
			// and
			// which rows were refused: no account data, no provider key (keys travel in
			// headers, never in errors), so anyone may check the data they read. Starting
			// a
			// run spends the operator's provider quota and rate limits: administrators
			// only
			rule("GET /api/v1/market/ingestion ANYONE read"),
			rule("GET /api/v1/market/ingestion/{job}/quarantine ANYONE read"),
			rule("POST /api/v1/market/ingestion/{job}/runs ADMIN admin"),
			rule("GET /api/v1/market/providers ANYONE read"), rule("GET /api/v1/market/search ANYONE read"),
			rule("GET /api/v1/market/trending ANYONE read"), rule("GET /api/v1/strategies ANYONE read"),
			// backtests and sweeps are research, not trading: read. Each is its owner's:
			// another user's id answers 404, and no role (administrators neither) reads
			// another's results
			rule("GET /api/v1/backtests SIGNED_IN read"), rule("POST /api/v1/backtests SIGNED_IN read"),
			rule("GET /api/v1/backtests/jobs/{id} SIGNED_IN read"), rule("GET /api/v1/backtests/{id} SIGNED_IN read"),
			rule("DELETE /api/v1/backtests/{id} SIGNED_IN read"), rule("GET /api/v1/sweeps SIGNED_IN read"),
			rule("POST /api/v1/sweeps SIGNED_IN read"), rule("GET /api/v1/sweeps/{id} SIGNED_IN read"),
			rule("DELETE /api/v1/sweeps/{id} SIGNED_IN read"),
			// trading: reading needs read, anything that can move money needs trade
			rule("GET /api/v1/trading-accounts SIGNED_IN read"), rule("POST /api/v1/trading-accounts SIGNED_IN trade"),
			rule("GET /api/v1/trading-accounts/{id} SIGNED_IN read"),
			rule("PUT /api/v1/trading-accounts/{id}/limits SIGNED_IN trade"), rule("GET /api/v1/bots SIGNED_IN read"),
			// market briefs: public, like the market data they are written from
			rule("GET /api/v1/briefs ANYONE read"), rule("GET /api/v1/briefs/latest ANYONE read"),
			rule("POST /api/v1/chats SIGNED_IN read"), rule("GET /api/v1/chats SIGNED_IN read"),
			rule("GET /api/v1/chats/{id} SIGNED_IN read"), rule("DELETE /api/v1/chats/{id} SIGNED_IN read"),
			rule("POST /api/v1/chats/{id}/messages SIGNED_IN read"),
			rule("GET /api/v1/chats/{id}/messages/{messageId}/events SIGNED_IN read"),
			// the shadow portfolio tracks the advisor's calls; it places no order
			rule("GET /api/v1/shadow-portfolio SIGNED_IN read"),
			rule("POST /api/v1/shadow-portfolio/calls SIGNED_IN read"),
			rule("DELETE /api/v1/shadow-portfolio/calls/{id} SIGNED_IN read"),
			rule("GET /api/v1/advisor/usage SIGNED_IN read"), rule("GET /api/v1/advisor/profile SIGNED_IN read"),
			rule("PUT /api/v1/advisor/profile SIGNED_IN read"), rule("POST /api/v1/bots SIGNED_IN trade"),
			rule("GET /api/v1/bots/{id} SIGNED_IN read"), rule("POST /api/v1/bots/{id}/start SIGNED_IN trade"),
			rule("POST /api/v1/bots/{id}/pause SIGNED_IN trade"), rule("POST /api/v1/bots/{id}/stop SIGNED_IN trade"),
			rule("GET /api/v1/bots/{id}/equity SIGNED_IN read"), rule("GET /api/v1/bots/{id}/orders SIGNED_IN read"),
			rule("GET /api/v1/bots/{id}/fills SIGNED_IN read"), rule("GET /api/v1/orders SIGNED_IN read"),
			rule("GET /api/v1/fills SIGNED_IN read"), rule("POST /api/v1/kill-switch SIGNED_IN trade"),
			// orders by hand go to live accounts, which also need a proven second factor
			// (checked by the trading module: keys never have one)
			rule("POST /api/v1/orders SIGNED_IN trade"), rule("GET /api/v1/orders/{id} SIGNED_IN read"),
			rule("POST /api/v1/orders/{id}/cancel SIGNED_IN trade"),
			// signing in and tokens
			rule("POST /api/v1/auth/register ANYONE read"), rule("POST /api/v1/auth/login ANYONE read"),
			rule("POST /api/v1/auth/logout ANYONE read"), rule("POST /api/v1/auth/setup ANYONE read"),
			rule("GET /api/v1/auth/session SIGNED_IN read"),
			// emailed one-time links: a link may be opened without a session; asking for
			// a verification email is the signed-in user's own
			rule("POST /api/v1/auth/email-verification SIGNED_IN read"),
			rule("POST /api/v1/auth/email-verification/confirm ANYONE read"),
			rule("POST /api/v1/auth/password-reset ANYONE read"),
			rule("POST /api/v1/auth/password-reset/confirm ANYONE read"),
			// OpenID Connect: the providers for the sign-in buttons (the flow itself runs
			// in Spring Security's filters under /api/v1/auth/oidc, before this table)
			rule("GET /api/v1/auth/providers ANYONE read"),
			// an API key (or a token of one) is exchanged for tokens; refreshing needs
			// only the refresh token
			rule("POST /api/v1/auth/token SIGNED_IN read"), rule("POST /api/v1/auth/token/refresh ANYONE read"),
			rule("POST /api/v1/auth/token/revoke ANYONE read"),
			// the caller's own profile and lists
			rule("GET /api/v1/users/profile SIGNED_IN read"), rule("PUT /api/v1/users/profile SIGNED_IN read"),
			rule("GET /api/v1/users/watchlist SIGNED_IN read"), rule("POST /api/v1/users/watchlist SIGNED_IN read"),
			rule("DELETE /api/v1/users/watchlist/{symbol} SIGNED_IN read"),
			rule("GET /api/v1/users/watchlists SIGNED_IN read"), rule("POST /api/v1/users/watchlists SIGNED_IN read"),
			rule("PUT /api/v1/users/watchlists/order SIGNED_IN read"),
			rule("GET /api/v1/users/watchlists/{id} SIGNED_IN read"),
			rule("PUT /api/v1/users/watchlists/{id} SIGNED_IN read"),
			rule("DELETE /api/v1/users/watchlists/{id} SIGNED_IN read"),
			rule("POST /api/v1/users/watchlists/{id}/symbols SIGNED_IN read"),
			rule("DELETE /api/v1/users/watchlists/{id}/symbols/{symbol} SIGNED_IN read"),
			// the vault holds exchange credentials: changing them is trading business
			rule("GET /api/v1/users/secrets SIGNED_IN read"), rule("POST /api/v1/users/secrets SIGNED_IN trade"),
			rule("GET /api/v1/users/secrets/{id} SIGNED_IN read"),
			rule("DELETE /api/v1/users/secrets/{id} SIGNED_IN trade"),
			// two-factor authentication: only in a session (a key must not enrol or
			// remove a
			// second factor); completing a sign-in is open, the pending session says
			// whose
			rule("POST /api/v1/auth/login/2fa ANYONE read"), rule("GET /api/v1/users/2fa SIGNED_IN session-only"),
			rule("DELETE /api/v1/users/2fa SIGNED_IN session-only"),
			rule("POST /api/v1/users/2fa/setup SIGNED_IN session-only"),
			rule("POST /api/v1/users/2fa/confirm SIGNED_IN session-only"),
			// API keys: listed with read; created, rotated and revoked only in a session
			rule("GET /api/v1/users/api-keys SIGNED_IN read"),
			rule("POST /api/v1/users/api-keys SIGNED_IN session-only"),
			rule("POST /api/v1/users/api-keys/{id}/rotate SIGNED_IN session-only"),
			rule("DELETE /api/v1/users/api-keys/{id} SIGNED_IN session-only"),
			// staff and administration
			rule("GET /api/v1/accounts STAFF admin"), rule("GET /api/v1/accounts/{id} STAFF admin"),
			rule("PUT /api/v1/accounts/{id}/role ADMIN admin"), rule("PUT /api/v1/accounts/{id}/lock ADMIN admin"),
			rule("DELETE /api/v1/accounts/{id}/lock ADMIN admin"),
			rule("DELETE /api/v1/accounts/{id}/sessions ADMIN admin"), rule("GET /api/v1/admin/health ADMIN admin"),
			rule("POST /api/v1/admin/kill-switch ADMIN admin"), rule("GET /api/v1/admin/audit ADMIN admin"),
			rule("GET /api/v1/admin/audit/export.csv ADMIN admin"), rule("GET /api/v1/admin/audit/verify ADMIN admin"));

	private static final List<Matcher> MATCHERS = RULES.stream()
		.map((rule) -> new Matcher(rule, PathPatternParser.defaultInstance.parse(rule.path())))
		.toList();

	private AccessTable() {
	}

	/** Every row, in the order they are matched. */
	public static List<Rule> rules() {
		return RULES;
	}

	/** The row for a request, if one matches (the first that does). */
	public static Optional<Rule> find(String method, String path) {
		PathContainer container = PathContainer.parsePath(path);
		return MATCHERS.stream()
			.filter((m) -> m.rule().method().equalsIgnoreCase(method) && m.pattern().matches(container))
			.map(Matcher::rule)
			.findFirst();
	}

	/**
	 * The access of a request: its row, or for an {@code /api} path without one its
	 * path's audience and the {@code admin} scope, or for anything else (the web app, the
	 * API docs, actuator) anyone with {@code read}.
	 */
	public static Rule of(String method, String path) {
		return find(method, path).orElseGet(() -> fallback(method, path));
	}

	private static Rule fallback(String method, String path) {
		if (!path.startsWith("/api/")) {
			return new Rule(method, path, Audience.ANYONE, Scope.READ);
		}
		Audience audience = path.startsWith("/api/v1/admin/") ? Audience.ADMIN : path.startsWith("/api/v1/accounts")
				? Audience.STAFF : path.startsWith("/api/v1/users/") ? Audience.SIGNED_IN : Audience.ANYONE;
		return new Rule(method, path, audience, Scope.ADMIN);
	}

	private static Rule rule(String row) {
		String[] parts = row.split(" ");
		Scope scope = parts[3].equals("session-only") ? null : Scope.of(parts[3]);
		return new Rule(parts[0].toUpperCase(Locale.ROOT), parts[1], Audience.valueOf(parts[2]), scope);
	}

	private record Matcher(Rule rule, PathPattern pattern) {
	}

}
