package sage.server;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

import sage.server.platform.cli.Commands;

/**
 * Sage: market data, research, advice, trading and risk in one self-hosted application.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
public class SageApplication {

	public static void main(String[] args) {
		if (Commands.isCommand(args)) {
			System.exit(Commands.run(SageApplication.class, args));
		}
		SpringApplication.run(SageApplication.class, args);
	}

}
