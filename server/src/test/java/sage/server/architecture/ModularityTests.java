package sage.server.architecture;

import java.util.List;

import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

import org.springframework.modulith.ApplicationModule;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.core.Violations;
import org.springframework.modulith.docs.Documenter;

import sage.fixture.internalaccess.InternalAccessApplication;
import sage.fixture.undeclared.UndeclaredDependencyApplication;
import sage.server.SageApplication;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Modules reach each other only through their base packages and only along the
 * dependencies they declare. The two fixture applications show the check failing on each
 * kind of breach.
 */
class ModularityTests {

	private static final ApplicationModules SAGE = ApplicationModules.of(SageApplication.class);

	/** The fixtures live in the test sources, which Modulith leaves out by default. */
	private static final ImportOption TEST_CLASSES_TOO = (location) -> true;

	@Test
	void sageModulesRespectTheirBoundaries() {
		SAGE.verify();
	}

	@Test
	void everyModuleDeclaresWhatItMayUse() {
		assertThat(SAGE.stream()).isNotEmpty().allSatisfy((module) -> {
			Package base = Package.getPackage(module.getBasePackage().getName());
			assertThat(base).as("package-info of %s", module.getIdentifier()).isNotNull();
			assertThat(base.getAnnotation(ApplicationModule.class))
				.as("@ApplicationModule(allowedDependencies = ...) on %s", module.getIdentifier())
				.isNotNull();
		});
		assertThat(SAGE.stream().map((module) -> module.getIdentifier().toString())).contains("platform", "market");
	}

	@Test
	void reachingIntoAnotherModulesInternalsFails() {
		assertThatExceptionOfType(Violations.class)
			.isThrownBy(() -> ApplicationModules.of(InternalAccessApplication.class, TEST_CLASSES_TOO).verify())
			.withMessageContaining("OrderDesk")
			.withMessageContaining("LedgerTable");
	}

	@Test
	void usingAnUndeclaredModuleFails() {
		assertThatExceptionOfType(Violations.class)
			.isThrownBy(() -> ApplicationModules.of(UndeclaredDependencyApplication.class, TEST_CLASSES_TOO).verify())
			.withMessageContaining("OrderDesk")
			.withMessageContaining("Ledger");
	}

	@Test
	void writesTheModuleDiagrams() {
		new Documenter(SAGE, Documenter.Options.defaults().withOutputFolder("target/spring-modulith-docs"))
			.writeDocumentation();
		assertThat(List.of(new java.io.File("target/spring-modulith-docs").list())).contains("components.puml");
	}

}
