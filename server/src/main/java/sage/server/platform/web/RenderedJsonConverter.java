package sage.server.platform.web;

import java.io.IOException;

import org.springframework.http.HttpInputMessage;
import org.springframework.http.HttpOutputMessage;
import org.springframework.http.MediaType;
import org.springframework.http.converter.AbstractHttpMessageConverter;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.stereotype.Component;

import sage.server.platform.RenderedJson;

/** Writes a {@link RenderedJson} as it is; never reads one. */
@Component
class RenderedJsonConverter extends AbstractHttpMessageConverter<RenderedJson<?>> {

	RenderedJsonConverter() {
		super(MediaType.APPLICATION_JSON);
	}

	@Override
	protected boolean supports(Class<?> type) {
		return RenderedJson.class.isAssignableFrom(type);
	}

	@Override
	public boolean canRead(Class<?> type, MediaType mediaType) {
		return false;
	}

	@Override
	protected RenderedJson<?> readInternal(Class<? extends RenderedJson<?>> type, HttpInputMessage input) {
		throw new HttpMessageNotReadableException("a rendered body is only ever written", input);
	}

	@Override
	protected Long getContentLength(RenderedJson<?> body, MediaType contentType) {
		return (long) body.bytes().length;
	}

	@Override
	protected void writeInternal(RenderedJson<?> body, HttpOutputMessage output) throws IOException {
		output.getBody().write(body.bytes());
	}

}
