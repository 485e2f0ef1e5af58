package sage.server.architecture;

import java.io.IOException;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

import sage.server.platform.ProblemType;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every problem code the server can answer with is documented in docs/errors.md, and no
 * other.
 */
class ErrorCodesDocumentedTest {

	@Test
	void everyProblemCodeIsDocumented() throws IOException {
		Set<String> inCode = codesInCode();
		Set<String> documented = codesInDocs();
		assertThat(inCode).as("problem codes declared in the server").isNotEmpty();
		assertThat(documented).as("codes in docs/errors.md").containsAll(inCode);
		assertThat(inCode).as("codes in docs/errors.md that no code declares").containsAll(documented);
	}

	private static Set<String> codesInCode() {
		Set<String> codes = new TreeSet<>();
		for (JavaClass type : new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
			.importPackages("sage.server")) {
			for (Field field : type.reflect().getDeclaredFields()) {
				if (field.getType() == ProblemType.class && Modifier.isStatic(field.getModifiers())) {
					try {
						field.setAccessible(true);
						codes.add(((ProblemType) field.get(null)).code());
					}
					catch (IllegalAccessException ex) {
						throw new IllegalStateException(ex);
					}
				}
			}
		}
		return codes;
	}

	private static Set<String> codesInDocs() throws IOException {
		String doc = Files.readString(Path.of("../docs/errors.md"));
		Set<String> codes = new TreeSet<>();
		Matcher matcher = Pattern.compile("(?m)^\\| `([a-z0-9-]+)` \\|").matcher(doc);
		while (matcher.find()) {
			codes.add(matcher.group(1));
		}
		return codes;
	}

}
