package sage.server.market.venue.upbit;

import java.io.IOException;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import org.jspecify.annotations.Nullable;
import org.knowm.xchange.upbit.dto.UpbitException;
import si.mazi.rescu.HttpResponseAware;
import si.mazi.rescu.HttpStatusException;
import si.mazi.rescu.serialization.jackson.DefaultJacksonObjectMapperFactory;

/**
 * Upbit's error answer ({@code {"error":{"name":...,"message":...}}}) as XChange's
 * {@link UpbitException}, but keeping what XChange drops: rescu fills in the HTTP status
 * and headers of exceptions that accept them, and XChange's own {@code UpbitException}
 * does not, so 404, 429 and 418 would look alike.
 */
final class UpbitRefusal extends UpbitException implements HttpStatusException, HttpResponseAware {

	private final String name;

	private final String detail;

	private int status;

	private @Nullable Map<String, List<String>> headers;

	UpbitRefusal(String name, String detail) {
		super(detail);
		this.name = name;
		this.detail = detail;
	}

	/** Upbit's error name ({@code too_many_requests}, {@code 404}). */
	String name() {
		return this.name;
	}

	/** Upbit's error message. */
	String detail() {
		return this.detail;
	}

	@Override
	public int getHttpStatusCode() {
		return this.status;
	}

	@Override
	public void setHttpStatusCode(int status) {
		this.status = status;
	}

	@Override
	public void setResponseHeaders(Map<String, List<String>> headers) {
		this.headers = headers;
	}

	@Override
	public @Nullable Map<String, List<String>> getResponseHeaders() {
		return this.headers;
	}

	@Override
	public String getMessage() {
		return this.name + ": " + this.detail;
	}

	/** rescu's Jackson mapper for XChange's {@code Upbit} interface, reading refusals. */
	static final class Mapper extends DefaultJacksonObjectMapperFactory {

		@Override
		public void configureObjectMapper(ObjectMapper objectMapper) {
			super.configureObjectMapper(objectMapper);
			objectMapper.registerModule(new SimpleModule().addDeserializer(UpbitException.class, new Reader()));
		}

	}

	private static final class Reader extends JsonDeserializer<UpbitException> {

		@Override
		public UpbitException deserialize(JsonParser parser, DeserializationContext context) throws IOException {
			JsonNode error = parser.readValueAsTree();
			JsonNode body = error.path("error");
			return new UpbitRefusal(body.path("name").asText("unknown"), body.path("message").asText(""));
		}

	}

}
