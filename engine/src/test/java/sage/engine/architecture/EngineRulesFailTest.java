package sage.engine.architecture;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.ArchRule;
import org.junit.jupiter.api.Test;

import sage.engine.architecture.violations.ClockReadingIndicator;
import sage.engine.architecture.violations.FileReadingSeries;
import sage.engine.architecture.violations.FrameworkBoundStrategy;
import sage.engine.architecture.violations.SeriesManager;
import sage.engine.architecture.violations.SharedStateCache;

import static com.tngtech.archunit.library.GeneralCodingRules.NO_CLASSES_SHOULD_ACCESS_STANDARD_STREAMS;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Each engine rule fails on a class that breaks it, so none of them is vacuously green.
 */
class EngineRulesFailTest {

	@Test
	void frameworkRuleCatchesALoggingFramework() {
		assertViolated(EngineRulesTest.NO_FRAMEWORKS, FrameworkBoundStrategy.class, "java.util.logging");
	}

	@Test
	void ioRuleCatchesFileAccess() {
		assertViolated(EngineRulesTest.NO_IO, FileReadingSeries.class, "java.nio.file");
	}

	@Test
	void clockRuleCatchesBothClocks() {
		assertViolated(EngineRulesTest.NO_WALL_CLOCK, ClockReadingIndicator.class, "currentTimeMillis");
		assertViolated(EngineRulesTest.NO_WALL_CLOCK, ClockReadingIndicator.class, "Instant.now");
	}

	@Test
	void staticRulesCatchMutableAndContainerStatics() {
		assertViolated(EngineRulesTest.NO_MUTABLE_STATICS, SharedStateCache.class, "counter");
		assertViolated(EngineRulesTest.NO_STATIC_CONTAINERS, SharedStateCache.class, "VALUES");
		assertViolated(NO_CLASSES_SHOULD_ACCESS_STANDARD_STREAMS, SharedStateCache.class, "System.out");
	}

	@Test
	void namingRuleCatchesManagers() {
		assertViolated(EngineRulesTest.ONLY_TRADER_NAMES, SeriesManager.class, "SeriesManager");
	}

	private static void assertViolated(ArchRule rule, Class<?> violator, String expected) {
		JavaClasses classes = new ClassFileImporter().importClasses(violator);
		assertThatThrownBy(() -> rule.check(classes)).isInstanceOf(AssertionError.class).hasMessageContaining(expected);
	}

}
