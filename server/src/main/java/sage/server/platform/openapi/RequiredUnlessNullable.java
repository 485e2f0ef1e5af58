package sage.server.platform.openapi;

import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JavaType;
import io.swagger.v3.core.converter.AnnotatedType;
import io.swagger.v3.core.converter.ModelConverter;
import io.swagger.v3.core.converter.ModelConverterContext;
import io.swagger.v3.core.util.Json;
import io.swagger.v3.oas.models.media.Schema;
import org.jspecify.annotations.Nullable;

/**
 * Marks every component of a response or request record as required unless it is
 * {@code @Nullable}. Sage's packages are {@code @NullMarked} and its JSON leaves out null
 * members, so "not nullable" means "always present" on the wire, and the generated
 * TypeScript client can rely on it instead of checking every field.
 */
class RequiredUnlessNullable implements ModelConverter {

	@Override
	public @Nullable Schema<?> resolve(AnnotatedType type, ModelConverterContext context,
			Iterator<ModelConverter> chain) {
		if (!chain.hasNext()) {
			return null;
		}
		Schema<?> schema = chain.next().resolve(type, context, chain);
		Class<?> raw = rawClass(type);
		if (schema == null || raw == null || !raw.isRecord()) {
			return schema;
		}
		Schema<?> target = defined(schema, context);
		if (target == null || target.getProperties() == null) {
			return schema;
		}
		List<String> required = new ArrayList<>((target.getRequired() != null) ? target.getRequired() : List.of());
		for (RecordComponent component : raw.getRecordComponents()) {
			boolean nullable = component.getAnnotatedType().isAnnotationPresent(Nullable.class)
					|| component.isAnnotationPresent(Nullable.class);
			if (!nullable && target.getProperties().containsKey(component.getName())
					&& !required.contains(component.getName())) {
				required.add(component.getName());
			}
		}
		target.setRequired(required.isEmpty() ? null : required);
		return schema;
	}

	/** The schema with the properties: the one returned, or the one a $ref points to. */
	private static @Nullable Schema<?> defined(Schema<?> schema, ModelConverterContext context) {
		if (schema.get$ref() == null) {
			return schema;
		}
		String name = schema.get$ref().substring(schema.get$ref().lastIndexOf('/') + 1);
		Map<String, Schema> models = context.getDefinedModels();
		return models.get(name);
	}

	private static @Nullable Class<?> rawClass(AnnotatedType type) {
		if (type.getType() instanceof Class<?> c) {
			return c;
		}
		if (type.getType() instanceof java.lang.reflect.Type t) {
			JavaType javaType = Json.mapper().constructType(t);
			return javaType.getRawClass();
		}
		return null;
	}

}
