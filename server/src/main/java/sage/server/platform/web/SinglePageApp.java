package sage.server.platform.web;

import java.io.IOException;
import java.time.Duration;
import java.util.Locale;
import java.util.Set;

import org.jspecify.annotations.Nullable;

import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.Resource;
import org.springframework.http.CacheControl;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.resource.PathResourceResolver;

/**
 * Serves the web app built into the jar: hashed assets cached for a year, and
 * {@code index.html} for every client-side route ({@code /markets/SPY}) so that a reload
 * or a shared link works. Paths under {@code /api} and {@code /actuator}, and paths that
 * name a file by its type (.js, .png), are never answered with the page: they get a 404
 * problem instead.
 */
@Configuration(proxyBeanMethods = false)
class SinglePageApp implements WebMvcConfigurer {

	private static final String LOCATION = "classpath:/static/";

	@Override
	public void addResourceHandlers(ResourceHandlerRegistry registry) {
		registry.addResourceHandler("/assets/**")
			.addResourceLocations(LOCATION + "assets/")
			.setCacheControl(CacheControl.maxAge(Duration.ofDays(365)).cachePublic().immutable());
		registry.addResourceHandler("/**")
			.addResourceLocations(LOCATION)
			.setCacheControl(CacheControl.noCache())
			.resourceChain(true)
			.addResolver(new ClientRoutes());
	}

	/** Falls back to the app's page for client routes. */
	static final class ClientRoutes extends PathResourceResolver {

		private static final Set<String> FILE_TYPES = Set.of("js", "mjs", "css", "map", "html", "json", "txt", "xml",
				"png", "jpg", "jpeg", "gif", "svg", "ico", "webp", "woff", "woff2", "ttf", "webmanifest", "csv", "md");

		@Override
		protected @Nullable Resource getResource(String resourcePath, Resource location) throws IOException {
			Resource resource = super.getResource(resourcePath, location);
			if (resource != null) {
				return resource;
			}
			return isClientRoute(resourcePath) ? super.getResource("index.html", location) : null;
		}

		static boolean isClientRoute(String path) {
			if (path.startsWith("api/") || path.equals("api") || path.startsWith("actuator")) {
				return false;
			}
			String last = path.substring(path.lastIndexOf('/') + 1);
			int dot = last.lastIndexOf('.');
			// symbols may hold dots (BRK.B, 005930.KS): only real file types are files
			return dot < 0 || !FILE_TYPES.contains(last.substring(dot + 1).toLowerCase(Locale.ROOT));
		}

	}

}
