package sage.server.platform.web;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SinglePageAppTest {

	@Test
	void servesThePageForClientRoutes() {
		assertThat(SinglePageApp.ClientRoutes.isClientRoute("")).isTrue();
		assertThat(SinglePageApp.ClientRoutes.isClientRoute("markets")).isTrue();
		assertThat(SinglePageApp.ClientRoutes.isClientRoute("markets/SPY")).isTrue();
		assertThat(SinglePageApp.ClientRoutes.isClientRoute("settings/profile")).isTrue();
		// symbols may hold dots
		assertThat(SinglePageApp.ClientRoutes.isClientRoute("markets/005930.KS")).isTrue();
		assertThat(SinglePageApp.ClientRoutes.isClientRoute("markets/BRK.B")).isTrue();
	}

	@Test
	void neverServesThePageForTheApiOrFiles() {
		assertThat(SinglePageApp.ClientRoutes.isClientRoute("api/v1/nope")).isFalse();
		assertThat(SinglePageApp.ClientRoutes.isClientRoute("api")).isFalse();
		assertThat(SinglePageApp.ClientRoutes.isClientRoute("actuator/health")).isFalse();
		assertThat(SinglePageApp.ClientRoutes.isClientRoute("assets/index-abc.js")).isFalse();
		assertThat(SinglePageApp.ClientRoutes.isClientRoute("favicon.ico")).isFalse();
		assertThat(SinglePageApp.ClientRoutes.isClientRoute("robots.txt")).isFalse();
	}

}
