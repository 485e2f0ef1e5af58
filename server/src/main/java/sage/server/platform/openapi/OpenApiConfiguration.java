package sage.server.platform.openapi;

import java.util.List;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.info.License;
import io.swagger.v3.oas.models.media.ArraySchema;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.servers.Server;

import org.springdoc.core.customizers.OpenApiCustomizer;

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
	RenderedJsonSchema renderedJsonSchema() {
		return new RenderedJsonSchema();
	}

	/**
	 * Spring's {@code ProblemDetail} schema with the members Sage adds to every problem,
	 * so clients see {@code code}, {@code requestId} and {@code errors} in the document.
	 */
	@Bean
	OpenApiCustomizer problemMembers() {
		return (openApi) -> {
			if (openApi.getComponents() == null || openApi.getComponents().getSchemas() == null) {
				return;
			}
			Schema<?> problem = openApi.getComponents().getSchemas().get("ProblemDetail");
			if (problem == null) {
				return;
			}
			problem.addProperty("code",
					new StringSchema().description("Stable error code to switch on; listed in docs/errors.md")
						.example("instrument-not-found"));
			problem.addProperty("requestId",
					new StringSchema()
						.description("Also in the X-Request-Id header and in every server log line of the request")
						.example("c7677b45-2dc2-4664-8c91-e731628d75a8"));
			problem.addProperty("errors",
					new ArraySchema().description("For validation problems: one entry per invalid field")
						.items(new ObjectSchema().addProperty("field", new StringSchema().example("bars[3].high"))
							.addProperty("message", new StringSchema().example("high is below low"))
							.required(List.of("field", "message"))));
			// Spring's extension map: its entries are written as top-level members, never
			// as "properties"
			if (problem.getProperties() != null) {
				problem.getProperties().remove("properties");
			}
			problem.setRequired(List.of("type", "title", "status", "code", "requestId"));
		};
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
