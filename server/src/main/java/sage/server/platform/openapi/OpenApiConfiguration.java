package sage.server.platform.openapi;

import java.util.List;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.info.License;
import io.swagger.v3.oas.models.servers.Server;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.info.BuildProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The OpenAPI document at {@code /api/openapi.json}, browsable at {@code /api/docs}. */
@Configuration(proxyBeanMethods = false)
class OpenApiConfiguration {

	@Bean
	RequiredUnlessNullable requiredUnlessNullable() {
		return new RequiredUnlessNullable();
	}

	@Bean
	OpenAPI sageOpenApi(ObjectProvider<BuildProperties> build) {
		BuildProperties properties = build.getIfAvailable();
		return new OpenAPI()
			.info(new Info().title("Sage API")
				.version((properties != null) ? properties.getVersion() : "dev")
				.description("""
						Market data, research, advice, trading and risk in one self-hosted platform.

						Every error is an RFC 9457 `application/problem+json` body with a stable `code` \
						(listed in docs/errors.md) and the `requestId` that finds it in the server log. \
						Times are UTC ISO-8601 instants; bars are keyed by their open time.""")
				.license(new License().name("Apache-2.0")))
			// relative, so the document is the same whatever host and port serve it
			.servers(List.of(new Server().url("/").description("This Sage server")));
	}

}
