package sage.server.testing;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/** Server-sent event streams as a test reads them: posted to, and read event by event. */
public final class EventStreams {

	private static final HttpClient HTTP = HttpClient.newHttpClient();

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private EventStreams() {
	}

	/**
	 * Posts {@code json} to {@code path} as {@code user}, asking for an event stream, and
	 * reads every event to the stream's end.
	 */
	public static List<Event> post(Browser user, int port, String path, String json) throws Exception {
		try (InputStream stream = open(user, port, "POST", path, json, null)) {
			return read(stream, Integer.MAX_VALUE);
		}
	}

	/**
	 * Opens an event stream: the response must be 200 and {@code text/event-stream}.
	 * @param lastEventId the {@code Last-Event-ID} header to resume with, if any
	 */
	public static InputStream open(Browser user, int port, String method, String path, @Nullable String json,
			@Nullable String lastEventId) throws Exception {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
			.timeout(Duration.ofSeconds(60))
			.header("Accept", "text/event-stream")
			.method(method,
					(json != null) ? HttpRequest.BodyPublishers.ofString(json) : HttpRequest.BodyPublishers.noBody());
		if (json != null) {
			request.header("Content-Type", "application/json");
		}
		if (lastEventId != null) {
			request.header("Last-Event-ID", lastEventId);
		}
		user.headers.forEach(request::header);
		HttpResponse<InputStream> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofInputStream());
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.headers().firstValue("Content-Type"))
			.hasValueSatisfying((type) -> assertThat(type).startsWith("text/event-stream"));
		return response.body();
	}

	/** Reads up to {@code most} events, or to the end of the stream. */
	public static List<Event> read(InputStream stream, int most) {
		BufferedReader reader = new BufferedReader(new InputStreamReader(stream, StandardCharsets.UTF_8));
		List<Event> events = new ArrayList<>();
		String id = null;
		String name = null;
		StringBuilder data = new StringBuilder();
		try {
			String line;
			while (events.size() < most && (line = reader.readLine()) != null) {
				if (line.isEmpty()) {
					if (name != null) {
						events.add(new Event(id, name, JSON.readTree(data.toString())));
					}
					id = null;
					name = null;
					data.setLength(0);
				}
				else if (line.startsWith("id:")) {
					id = line.substring(3).strip();
				}
				else if (line.startsWith("event:")) {
					name = line.substring(6).strip();
				}
				else if (line.startsWith("data:")) {
					data.append(line.substring(5));
				}
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return events;
	}

	/** The events of {@code events} named {@code name}, in order. */
	public static List<Event> named(List<Event> events, String name) {
		return events.stream().filter((event) -> event.name().equals(name)).toList();
	}

	/**
	 * One event.
	 *
	 * @param id its id, if it had one
	 * @param name its name
	 * @param data its data, as JSON
	 */
	public record Event(@Nullable String id, String name, JsonNode data) {
	}

}
