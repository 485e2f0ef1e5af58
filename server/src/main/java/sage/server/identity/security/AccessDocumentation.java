package sage.server.identity.security;

import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import org.springdoc.core.customizers.OpenApiCustomizer;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Writes each operation's {@link AccessTable} row into the OpenAPI document:
 * {@code x-sage-audience} (anyone, signed-in, staff, admin) and {@code x-sage-scope} (the
 * scope an API key needs, or {@code session-only}), so clients read who may call what
 * from the document itself.
 */
@Configuration(proxyBeanMethods = false)
class AccessDocumentation {

	/** The extension naming the scope an API key needs. */
	static final String SCOPE = "x-sage-scope";

	/** The extension naming who may call the operation. */
	static final String AUDIENCE = "x-sage-audience";

	@Bean
	OpenApiCustomizer accessExtensions() {
		return (openApi) -> {
			if (openApi.getPaths() == null) {
				return;
			}
			openApi.getPaths()
				.forEach((path, item) -> item.readOperationsMap()
					.forEach((method, operation) -> describe(path, method, operation)));
		};
	}

	private static void describe(String path, PathItem.HttpMethod method, Operation operation) {
		AccessTable.find(method.name(), path).ifPresent((rule) -> {
			operation.addExtension(AUDIENCE,
					rule.audience().name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'));
			operation.addExtension(SCOPE, rule.scopeName());
		});
	}

}
