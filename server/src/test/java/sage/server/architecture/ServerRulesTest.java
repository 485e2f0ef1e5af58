package sage.server.architecture;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import org.springframework.stereotype.Repository;
import org.springframework.web.bind.annotation.RestController;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

/** Naming and placement rules for the server, and table ownership per module. */
class ServerRulesTest {

	static final Set<String> MODULES = Set.of("platform", "identity", "audit", "market", "insight", "advisor",
			"portfolio", "trading", "alerts");

	static final ArchRule NAMES_SAY_WHAT = classes().should()
		.haveSimpleNameNotEndingWith("Manager")
		.andShould()
		.haveSimpleNameNotEndingWith("Helper")
		.andShould()
		.haveSimpleNameNotEndingWith("Util")
		.andShould()
		.haveSimpleNameNotEndingWith("Utils")
		.andShould()
		.haveSimpleNameNotEndingWith("Impl")
		.andShould()
		.haveSimpleNameNotEndingWith("Data")
		.andShould()
		.haveSimpleNameNotEndingWith("Info")
		.because("names say what a thing is, in the trader's language");

	static final ArchRule REPOSITORIES_ARE_INTERNAL = classes().that()
		.areAnnotatedWith(Repository.class)
		.should()
		.resideInAPackage("sage.server.*.*..")
		.because("tables are reached only through their module's public services");

	static final ArchRule CONTROLLERS_LIVE_IN_API = classes().that()
		.areAnnotatedWith(RestController.class)
		.should()
		.resideInAPackage("sage.server.*.api..")
		.andShould()
		.notBePublic()
		.because("only HTTP reaches a controller");

	static final ArchRule ADVISOR_CANNOT_TRADE = noClasses().that()
		.resideInAPackage("sage.server.advisor..")
		.should()
		.dependOnClassesThat()
		.resideInAPackage("sage.server.trading..")
		.because("the advisor only proposes: a person places orders on the trading screens");

	private static JavaClasses server;

	@BeforeAll
	static void importServer() {
		server = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
			.importPackages("sage.server");
	}

	@Test
	void namesSayWhatAThingIs() {
		NAMES_SAY_WHAT.check(server);
	}

	@Test
	void repositoriesStayInsideTheirModule() {
		REPOSITORIES_ARE_INTERNAL.check(server);
	}

	@Test
	void controllersLiveInTheApiPackage() {
		CONTROLLERS_LIVE_IN_API.check(server);
	}

	@Test
	void theAdvisorCannotReachTrading() {
		assertThat(server.stream().filter((c) -> c.getPackageName().startsWith("sage.server.advisor"))).isNotEmpty();
		ADVISOR_CANNOT_TRADE.check(server);
	}

	@Test
	void migrationsAreNamedAfterTheModuleThatOwnsTheirTables() throws IOException {
		// db/migration runs everywhere, db/vendor/<database> on that database only
		try (Stream<Path> files = Stream.concat(Files.list(Path.of("src/main/resources/db/migration")),
				Files.walk(Path.of("src/main/resources/db/vendor")).filter((p) -> p.toString().endsWith(".sql")))) {
			List<Path> migrations = files.toList();
			assertThat(migrations).isNotEmpty();
			for (Path migration : migrations) {
				String name = migration.getFileName().toString();
				Matcher matcher = Pattern.compile("(?:V\\d+|R)__([a-z]+)_[a-z0-9_]+\\.sql").matcher(name);
				assertThat(matcher.matches())
					.as("%s is named V<n>__<module>_<what>.sql or R__<module>_<what>.sql", name)
					.isTrue();
				String module = matcher.group(1);
				assertThat(MODULES).as("module of %s", name).contains(module);
				assertThat(foreignTables(module, Files.readString(migration))).as("tables of other modules in %s", name)
					.isEmpty();
			}
		}
	}

	@Test
	void moduleCodeTouchesOnlyItsOwnTables() throws IOException {
		for (String module : MODULES) {
			Path root = Path.of("src/main/java/sage/server", module);
			if (!Files.isDirectory(root)) {
				continue;
			}
			try (Stream<Path> sources = Files.walk(root)) {
				for (Path source : sources.filter((p) -> p.toString().endsWith(".java")).toList()) {
					assertThat(foreignTables(module, Files.readString(source)))
						.as("tables of other modules named in %s", source)
						.isEmpty();
				}
			}
		}
	}

	@Test
	void tableOwnershipCheckSeesAForeignTable() {
		assertThat(foreignTables("market", "select * from market_bar join trading_order on x"))
			.containsExactly("trading_order");
		assertThat(foreignTables("market", "create table market_bar (id bigint)")).isEmpty();
	}

	/**
	 * Table names ({@code <module>_<name>} after FROM, JOIN, INTO, UPDATE, TABLE) of
	 * other modules.
	 */
	static List<String> foreignTables(String module, String text) {
		List<String> foreign = new ArrayList<>();
		Matcher matcher = Pattern.compile("(?i)\\b(?:from|join|into|update|table|references)\\s+([a-z]+)_([a-z0-9_]+)")
			.matcher(text);
		while (matcher.find()) {
			String owner = matcher.group(1).toLowerCase();
			if (MODULES.contains(owner) && !owner.equals(module)) {
				foreign.add(owner + "_" + matcher.group(2));
			}
		}
		return foreign;
	}

}
