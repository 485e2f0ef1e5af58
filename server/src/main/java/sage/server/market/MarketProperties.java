package sage.server.market;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings under {@code sage.market.*}.
 *
 * @param importBundled import the real market data shipped in the jar at start (a file
 * already imported is skipped by checksum, so this costs milliseconds after the first
 * start)
 */
@ConfigurationProperties("sage.market")
public record MarketProperties(@DefaultValue("true") boolean importBundled) {
}
