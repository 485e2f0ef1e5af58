package sage.server.platform.openapi;

import java.util.Iterator;

import com.fasterxml.jackson.databind.JavaType;
import io.swagger.v3.core.converter.AnnotatedType;
import io.swagger.v3.core.converter.ModelConverter;
import io.swagger.v3.core.converter.ModelConverterContext;
import io.swagger.v3.core.util.Json;
import io.swagger.v3.oas.models.media.Schema;
import org.jspecify.annotations.Nullable;

import sage.server.platform.RenderedJson;

/**
 * Documents a {@code RenderedJson<T>} body as {@code T}: the bytes are only how the
 * server sends it.
 */
class RenderedJsonSchema implements ModelConverter {

	@Override
	public @Nullable Schema<?> resolve(AnnotatedType type, ModelConverterContext context,
			Iterator<ModelConverter> chain) {
		JavaType javaType = Json.mapper().constructType(type.getType());
		if (javaType != null && RenderedJson.class.equals(javaType.getRawClass())
				&& javaType.containedTypeCount() == 1) {
			return context.resolve(new AnnotatedType(javaType.containedType(0)).resolveAsRef(type.isResolveAsRef())
				.jsonViewAnnotation(type.getJsonViewAnnotation())
				.ctxAnnotations(type.getCtxAnnotations()));
		}
		return chain.hasNext() ? chain.next().resolve(type, context, chain) : null;
	}

}
