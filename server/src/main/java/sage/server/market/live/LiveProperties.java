package sage.server.market.live;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Settings of the live stream under {@code sage.market.live.*}, validated at start.
 *
 * @param maxSubscriptions the most symbols one WebSocket client may follow at once
 * @param queueCapacity the most messages waiting for one client; a client that falls
 * behind gets only the latest price per symbol, and past this many symbols the oldest
 * waiting message is dropped
 * @param channel the Redis pub/sub channel the nodes share (only with Redis configured)
 */
@ConfigurationProperties("sage.market.live")
@Validated
public record LiveProperties(
		@DefaultValue("50") @Min(value = 1, message = "must be between 1 and 1000") @Max(value = 1000,
				message = "must be between 1 and 1000") int maxSubscriptions,
		@DefaultValue("256") @Min(value = 8, message = "must be between 8 and 100000") @Max(value = 100_000,
				message = "must be between 8 and 100000") int queueCapacity,
		@DefaultValue("sage:market:live") @NotBlank @Pattern(regexp = "[\\x21-\\x7e]{1,200}",
				message = "must be 1-200 printable characters without spaces") String channel) {
}
