package sage.server.market.ingest;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import jakarta.validation.Valid;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import org.hibernate.validator.constraints.time.DurationMax;
import org.hibernate.validator.constraints.time.DurationMin;
import org.jspecify.annotations.Nullable;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

import sage.engine.series.Timeframe;

/**
 * Scheduled ingestion jobs under {@code sage.market.ingestion.jobs.<name>.*}, validated
 * at start. None is configured out of the box, and a configured job runs on its schedule
 * only once {@code enabled}, so {@code ./sage serve} needs no network.
 *
 * @param jobs the jobs by name (lower-case letters, digits and dashes)
 */
@ConfigurationProperties("sage.market.ingestion")
@Validated
public record IngestionProperties(@DefaultValue @Valid Map<String, JobSettings> jobs) {

	/** Interval codes as written in the configuration. */
	static final String INTERVAL_CODES = "1m|5m|15m|30m|1h|4h|1d|1w";

	public IngestionProperties {
		jobs = Map.copyOf(jobs);
	}

	@AssertTrue(message = "job names must be 1-64 lower-case letters, digits and dashes")
	boolean isJobNames() {
		return this.jobs.keySet().stream().allMatch((name) -> name.matches("[a-z0-9][a-z0-9-]{0,63}"));
	}

	/**
	 * One job: which provider, which instruments, at which interval, how often.
	 *
	 * @param provider the provider to fetch from ({@code yahoo}, {@code coingecko},
	 * {@code binance}, ...); it must be enabled under {@code sage.market.providers}
	 * @param symbols canonical Sage symbols ({@code SPY}, {@code 005930},
	 * {@code BTC-USD}); each must name an instrument in the catalogue
	 * @param interval the bar interval fetched ({@code 1d}, {@code 1h}, {@code 5m})
	 * @param every how often the job runs; one interval when not set
	 * @param backfill how far back the first run, and gap repair, reach
	 * @param derive higher intervals built from the fetched bars ({@code [1w]},
	 * {@code [1h, 1d]}); each a whole multiple of {@code interval}
	 * @param enabled whether the job runs on its schedule; a disabled job runs only when
	 * asked through the API
	 * @param providerSymbols the provider's spelling of a symbol where Sage cannot derive
	 * it (CoinGecko's coin ids: {@code BTC-USD: bitcoin})
	 */
	public record JobSettings(@NotBlank(message = "must name a provider") String provider,
			@DefaultValue @NotEmpty(message = "must list at least one symbol") List<@NotBlank String> symbols,
			@NotNull(message = "must be one of 1m, 5m, 15m, 30m, 1h, 4h, 1d, 1w") @Pattern(regexp = INTERVAL_CODES,
					message = "must be one of 1m, 5m, 15m, 30m, 1h, 4h, 1d, 1w") String interval,
			@Nullable @DurationMin(seconds = 1, message = "must be between 1s and 30d") @DurationMax(days = 30,
					message = "must be between 1s and 30d") Duration every,
			@DefaultValue("365d") @DurationMin(minutes = 1, message = "must be between 1m and 36500d") @DurationMax(
					days = 36500, message = "must be between 1m and 36500d") Duration backfill,
			@DefaultValue List<@Pattern(regexp = INTERVAL_CODES,
					message = "must be one of 1m, 5m, 15m, 30m, 1h, 4h, 1d, 1w") String> derive,
			@DefaultValue("false") boolean enabled, @DefaultValue Map<String, String> providerSymbols) {

		public JobSettings {
			symbols = List.copyOf(symbols);
			derive = List.copyOf(derive);
			providerSymbols = Map.copyOf(providerSymbols);
		}

		@AssertTrue(message = "each derived interval must be a whole multiple of the interval, and longer")
		boolean isDerive() {
			Timeframe base = Timeframe.ofCode(this.interval).orElse(null);
			if (base == null) {
				return true;
			}
			long from = base.duration().toMillis();
			return this.derive.stream()
				.map(Timeframe::ofCode)
				.allMatch((target) -> target.isEmpty() || (target.get().duration().toMillis() > from
						&& target.get().duration().toMillis() % from == 0));
		}

	}

}
