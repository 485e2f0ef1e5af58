package sage.server.identity.security;

import java.util.HashSet;
import java.util.Set;

import org.junit.jupiter.api.Test;

import sage.server.identity.Role;
import sage.server.identity.Scope;

import static org.assertj.core.api.Assertions.assertThat;

class AccessTableTest {

	@Test
	void eachOperationHasOneRow() {
		Set<String> seen = new HashSet<>();
		for (AccessTable.Rule rule : AccessTable.rules()) {
			assertThat(seen.add(rule.method() + " " + rule.path())).as(rule.toString()).isTrue();
		}
	}

	@Test
	void literalSegmentsWinOverVariablesWhereBothMatch() {
		assertThat(AccessTable.find("GET", "/api/v1/backtests/jobs/42").orElseThrow().path())
			.isEqualTo("/api/v1/backtests/jobs/{id}");
		assertThat(AccessTable.find("PUT", "/api/v1/users/watchlists/order").orElseThrow().path())
			.isEqualTo("/api/v1/users/watchlists/order");
	}

	@Test
	void administrationNeedsAdministratorsAndTheAdminScope() {
		AccessTable.Rule audit = AccessTable.of("GET", "/api/v1/admin/audit");
		assertThat(audit.audience().admits(Role.SUPPORT)).isFalse();
		assertThat(audit.audience().admits(Role.ADMIN)).isTrue();
		assertThat(audit.scope()).isEqualTo(Scope.ADMIN);
	}

	@Test
	void storingBarsNeedsAnAdministratorAndTheAdminScopeWhileReadingThemStaysOpen() {
		AccessTable.Rule store = AccessTable.of("POST", "/api/v1/instruments/SPY/bars");
		assertThat(store.path()).isEqualTo("/api/v1/instruments/{symbol}/bars");
		assertThat(store.audience()).isEqualTo(AccessTable.Audience.ADMIN);
		assertThat(store.audience().admits(Role.USER)).isFalse();
		assertThat(store.audience().admits(Role.SUPPORT)).isFalse();
		assertThat(store.scope()).isEqualTo(Scope.ADMIN);
		AccessTable.Rule read = AccessTable.of("GET", "/api/v1/instruments/SPY/bars");
		assertThat(read.audience()).isEqualTo(AccessTable.Audience.ANYONE);
		assertThat(read.scope()).isEqualTo(Scope.READ);
	}

	@Test
	void apiPathsWithoutARowKeepTheirAudienceAndNeedTheAdminScope() {
		AccessTable.Rule unknown = AccessTable.of("GET", "/api/v1/users/not-yet");
		assertThat(unknown.audience()).isEqualTo(AccessTable.Audience.SIGNED_IN);
		assertThat(unknown.scope()).isEqualTo(Scope.ADMIN);
		assertThat(AccessTable.of("GET", "/index.html").audience()).isEqualTo(AccessTable.Audience.ANYONE);
	}

	@Test
	void keysAreManagedInSessionsOnly() {
		assertThat(AccessTable.of("POST", "/api/v1/users/api-keys").scope()).isNull();
		assertThat(AccessTable.of("POST", "/api/v1/users/api-keys").scopeName()).isEqualTo("session-only");
	}

	@Test
	void tradeAndAdminIncludeReadButNotEachOther() {
		assertThat(Scope.READ.isGrantedBy(Set.of(Scope.TRADE))).isTrue();
		assertThat(Scope.READ.isGrantedBy(Set.of(Scope.ADMIN))).isTrue();
		assertThat(Scope.TRADE.isGrantedBy(Set.of(Scope.ADMIN))).isFalse();
		assertThat(Scope.ADMIN.isGrantedBy(Set.of(Scope.READ, Scope.TRADE))).isFalse();
		assertThat(Scope.join(Set.of(Scope.ADMIN, Scope.READ))).isEqualTo("read,admin");
	}

}
