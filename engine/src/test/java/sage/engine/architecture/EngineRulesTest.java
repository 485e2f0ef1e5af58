package sage.engine.architecture;

import java.util.Collection;
import java.util.Map;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaField;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.fields;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.GeneralCodingRules.NO_CLASSES_SHOULD_ACCESS_STANDARD_STREAMS;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/**
 * Keeps the engine a pure library: no framework, no I/O, no wall clock, no logging, no
 * mutable statics. {@code EngineRulesFailTest} shows each rule failing on a deliberate
 * violation.
 */
class EngineRulesTest {

	static final ArchRule NO_FRAMEWORKS = noClasses().should()
		.dependOnClassesThat()
		.resideInAnyPackage("org.springframework..", "org.slf4j..", "ch.qos.logback..", "java.util.logging..",
				"java.lang.System$Logger", "jakarta..")
		.because("the engine is plain Java");

	static final ArchRule NO_IO = noClasses().should()
		.dependOnClassesThat()
		.resideInAnyPackage("java.net..", "java.sql..", "java.nio.file..", "java.nio.channels..")
		.orShould()
		.dependOnClassesThat()
		.haveFullyQualifiedName("java.io.File")
		.orShould()
		.dependOnClassesThat()
		.haveNameMatching("java\\.io\\.File(InputStream|OutputStream|Reader|Writer)")
		.because("the engine computes; callers do the I/O");

	static final ArchRule NO_WALL_CLOCK = noClasses().should()
		.callMethod(System.class, "currentTimeMillis")
		.orShould()
		.callMethod(System.class, "nanoTime")
		.orShould()
		.callMethodWhere(com.tngtech.archunit.core.domain.JavaCall.Predicates
			.target(com.tngtech.archunit.core.domain.properties.HasName.Predicates.name("now")))
		.because("time is data in the engine; a backtest must not depend on when it runs");

	static final ArchRule NO_MUTABLE_STATICS = fields().that()
		.areStatic()
		.should()
		.beFinal()
		.because("global state makes runs depend on each other");

	static final ArchRule NO_STATIC_CONTAINERS = fields().that()
		.areStatic()
		.and()
		.doNotHaveModifier(JavaModifier.SYNTHETIC)
		.should(new ArchCondition<JavaField>("not hold a collection, map or array") {
			@Override
			public void check(JavaField field, ConditionEvents events) {
				JavaClass type = field.getRawType();
				if (type.isArray() || type.isAssignableTo(Collection.class) || type.isAssignableTo(Map.class)) {
					events.add(SimpleConditionEvent.violated(field, field.getFullName() + " is a static container"));
				}
			}
		})
		.because("a final field can still hold shared mutable state");

	static final ArchRule ONLY_TRADER_NAMES = classes().should()
		.haveSimpleNameNotEndingWith("Manager")
		.andShould()
		.haveSimpleNameNotEndingWith("Helper")
		.andShould()
		.haveSimpleNameNotEndingWith("Util")
		.andShould()
		.haveSimpleNameNotEndingWith("Utils")
		.andShould()
		.haveSimpleNameNotEndingWith("Impl")
		.because("names say what a thing is");

	static final ArchRule NO_PACKAGE_CYCLES = slices().matching("sage.engine.(*)..")
		.should()
		.beFreeOfCycles()
		.because("each package builds on the ones below it: series, indicators, simulator, strategies, research");

	private static JavaClasses engine;

	@BeforeAll
	static void importEngine() {
		engine = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
			.importPackages("sage.engine");
	}

	@Test
	void packagesHaveNoCycles() {
		NO_PACKAGE_CYCLES.check(engine);
	}

	@Test
	void engineUsesNoFramework() {
		NO_FRAMEWORKS.check(engine);
	}

	@Test
	void engineDoesNoIo() {
		NO_IO.check(engine);
	}

	@Test
	void engineReadsNoWallClock() {
		NO_WALL_CLOCK.check(engine);
	}

	@Test
	void engineHoldsNoMutableStatics() {
		NO_MUTABLE_STATICS.check(engine);
		NO_STATIC_CONTAINERS.check(engine);
	}

	@Test
	void engineWritesNothingToStandardStreams() {
		NO_CLASSES_SHOULD_ACCESS_STANDARD_STREAMS.check(engine);
	}

	@Test
	void engineClassesHaveTradersNames() {
		ONLY_TRADER_NAMES.check(engine);
	}

}
