package sage.server.market.replay;

import java.util.List;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotNull;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Settings of the replay source under {@code sage.market.replay.*} ({@code ./sage serve
 * --replay}), validated at start: a bad value stops start-up with one line.
 *
 * @param enabled play stored intraday bars back as ticks on {@code /ws/market}, each
 * labelled {@code source: replay}
 * @param speed bars per second (per symbol): {@code 1} plays an hour of 1h bars in a
 * second, {@code 0.5} one bar every two seconds
 * @param symbols the instruments to play; empty means every instrument with intraday bars
 * @param loop start again from the oldest bar after the newest
 */
@ConfigurationProperties("sage.market.replay")
@Validated
public record ReplayProperties(@DefaultValue("false") boolean enabled,
		@DefaultValue("1") @DecimalMin(value = "0.001",
				message = "must be between 0.001 and 10000 bars per second") @DecimalMax(value = "10000",
						message = "must be between 0.001 and 10000 bars per second") double speed,
		@DefaultValue @NotNull List<String> symbols, @DefaultValue("true") boolean loop) {

	public ReplayProperties {
		symbols = List.copyOf(symbols);
	}

}
