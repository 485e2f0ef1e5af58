package sage.server.testing;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * A client that keeps cookies the way a browser does, but lets a test see and choose
 * exactly which ones go with a request (the JDK's CookieManager hides them).
 */
public final class Browser {

	public static final String SESSION = "SAGE_SESSION";

	public static final String XSRF = "XSRF-TOKEN";

	private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

	private final int port;

	public final Map<String, String> cookies = new LinkedHashMap<>();

	/** Headers sent with every request, e.g. an API key. */
	public final Map<String, String> headers = new LinkedHashMap<>();

	public Browser(int port) {
		this.port = port;
	}

	/**
	 * A client that sends {@code key} as {@code Authorization: Bearer} and no cookies.
	 */
	public static Browser withApiKey(int port, String key) {
		Browser client = new Browser(port);
		client.headers.put("Authorization", "Bearer " + key);
		return client;
	}

	/**
	 * Another client in the same session (a copy of the cookies, taken now) that also
	 * sends {@code name: value}: for requests sent at once from several threads.
	 */
	public Browser copyWithHeader(String name, String value) {
		Browser copy = new Browser(this.port);
		copy.cookies.putAll(this.cookies);
		copy.headers.putAll(this.headers);
		copy.headers.put(name, value);
		return copy;
	}

	public HttpResponse<String> get(String path) throws Exception {
		return send("GET", path, null, false);
	}

	/**
	 * A state-changing request with the cookies and, if {@code withToken}, the CSRF
	 * header.
	 */
	public HttpResponse<String> send(String method, String path, String json, boolean withToken) throws Exception {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + this.port + path))
			.timeout(Duration.ofSeconds(30))
			.method(method,
					(json != null) ? HttpRequest.BodyPublishers.ofString(json) : HttpRequest.BodyPublishers.noBody());
		if (json != null) {
			request.header("Content-Type", "application/json");
		}
		if (!this.cookies.isEmpty()) {
			request.header("Cookie",
					this.cookies.entrySet()
						.stream()
						.map((c) -> c.getKey() + "=" + c.getValue())
						.collect(Collectors.joining("; ")));
		}
		this.headers.forEach(request::header);
		if (withToken && this.cookies.containsKey(XSRF)) {
			request.header("X-XSRF-TOKEN", this.cookies.get(XSRF));
		}
		HttpResponse<String> response = HTTP.send(request.build(), BodyHandlers.ofString());
		remember(response.headers().allValues("set-cookie"));
		return response;
	}

	private void remember(List<String> setCookies) {
		for (String header : setCookies) {
			String pair = header.split(";", 2)[0];
			String name = pair.substring(0, pair.indexOf('='));
			String value = pair.substring(pair.indexOf('=') + 1);
			if (value.isEmpty() || header.contains("Max-Age=0")) {
				this.cookies.remove(name);
			}
			else {
				this.cookies.put(name, value);
			}
		}
	}

	/** The Set-Cookie header for {@code name}, if the response set it. */
	public static String setCookie(HttpResponse<?> response, String name) {
		return response.headers()
			.allValues("set-cookie")
			.stream()
			.filter((h) -> h.startsWith(name + "=") && !h.contains("Max-Age=0"))
			.reduce((first, second) -> second)
			.orElse("");
	}

}
