package sage.engine.indicator;

import java.util.List;

import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every indicator class of the package is reachable through the catalogue, so a new
 * indicator cannot be added without being listed.
 */
class IndicatorCatalogCoverageTest {

	@Test
	void theCatalogueCallsEveryIndicatorClass() {
		JavaClasses classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
			.importPackages(IndicatorCatalog.class.getPackageName());
		List<String> indicators = indicatorClasses(classes);
		// the catalogue's lambdas compile to methods of IndicatorCatalog itself, so its
		// own
		// dependencies hold every indicator it computes
		List<String> called = classes.get(IndicatorCatalog.class)
			.getDirectDependenciesFromSelf()
			.stream()
			.map(Dependency::getTargetClass)
			.map(JavaClass::getName)
			.distinct()
			.toList();

		assertThat(indicators).as("indicator classes found").hasSizeGreaterThanOrEqualTo(18);
		assertThat(called).as("classes the catalogue calls").containsAll(indicators);
	}

	/**
	 * The public top-level classes that publish {@code unstableBars}, the indicator
	 * contract; helpers such as {@code Lag} and the catalogue's own types publish none.
	 */
	static List<String> indicatorClasses(JavaClasses classes) {
		return classes.stream()
			.filter((c) -> c.getPackageName().equals(IndicatorCatalog.class.getPackageName()))
			.filter((c) -> c.isTopLevelClass() && c.getModifiers().contains(JavaModifier.PUBLIC))
			.filter((c) -> c.getMethods()
				.stream()
				.anyMatch((m) -> m.getName().equals("unstableBars") && m.getModifiers().contains(JavaModifier.STATIC)))
			.map(JavaClass::getName)
			.sorted()
			.toList();
	}

}
