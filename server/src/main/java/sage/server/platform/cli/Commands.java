package sage.server.platform.cli;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.springframework.boot.Banner;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Starts Sage for one command instead of the web server:
 * {@code java -jar sage.jar backtest
 * --strategy rsi-threshold --symbol SPY}. Arguments {@code --sage.*}, {@code --spring.*}
 * and {@code --logging.*} configure Sage as for {@code serve}; the rest go to the
 * command.
 */
public final class Commands {

	private Commands() {
	}

	/** Whether {@code args} ask for a command rather than the server. */
	public static boolean isCommand(String[] args) {
		return args.length > 0 && !args[0].startsWith("-");
	}

	/**
	 * Runs the command and returns the process exit code.
	 * @param application the Spring Boot application class
	 */
	public static int run(Class<?> application, String[] args) {
		PrintStream out = System.out;
		// logs go to standard error, so the command's output (e.g. --json) is all that
		// stdout carries
		System.setOut(System.err);
		List<String> settings = new ArrayList<>();
		List<String> commandArgs = new ArrayList<>();
		for (String arg : Arrays.asList(args).subList(1, args.length)) {
			boolean setting = arg.startsWith("--sage.") || arg.startsWith("--spring.") || arg.startsWith("--logging.");
			(setting ? settings : commandArgs).add(arg);
		}
		SpringApplication app = new SpringApplication(application);
		app.setWebApplicationType(WebApplicationType.NONE);
		app.setBannerMode(Banner.Mode.OFF);
		app.setLogStartupInfo(false);
		app.setDefaultProperties(Map.of("logging.level.root", "WARN"));
		CommandLine commandLine = new CommandLine(args[0], commandArgs, out);
		app.addInitializers((context) -> context.getBeanFactory().registerSingleton("sageCommandLine", commandLine));
		try (ConfigurableApplicationContext context = app.run(settings.toArray(String[]::new))) {
			return SpringApplication.exit(context);
		}
		catch (RuntimeException ex) {
			// Spring has already reported why it could not start
			return 1;
		}
		finally {
			out.flush();
		}
	}

}
