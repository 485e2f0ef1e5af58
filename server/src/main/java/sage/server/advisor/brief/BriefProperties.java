package sage.server.advisor.brief;

import java.time.Duration;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings under {@code sage.advisor.brief.*}: the market brief.
 *
 * @param enabled whether the server writes briefs on a schedule
 * @param interval how often: one brief per interval (per language) across all nodes
 * @param symbols the assets a brief covers, those the catalogue holds (others are left
 * out)
 */
@ConfigurationProperties("sage.advisor.brief")
public record BriefProperties(@DefaultValue("true") boolean enabled, @DefaultValue("15m") Duration interval,
		@DefaultValue( {
				"BTC-USD", "BTC-USDT", "SPY", "KOSPI", "005930" }) List<String> symbols){

	public BriefProperties {
		if (interval.isNegative() || interval.isZero()) {
			throw new IllegalArgumentException("sage.advisor.brief.interval must be positive: " + interval);
		}
		symbols = List.copyOf(symbols);
	}

}
