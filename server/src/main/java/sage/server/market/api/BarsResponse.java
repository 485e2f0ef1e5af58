package sage.server.market.api;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import io.swagger.v3.oas.annotations.media.Schema;

import sage.engine.series.BarSeries;
import sage.server.market.BarWindow;

/** Bars of one instrument at one interval, oldest first. */
@Schema(name = "Bars")
record BarsResponse(@Schema(example = "SPY") String symbol, @Schema(example = "1d") String interval,
		@Schema(example = "USD") String currency, @Schema(example = "America/New_York") String timezone,
		@Schema(example = "5241") int count,
		@Schema(description = "True when older bars in the range were left out to respect the limit") boolean truncated,
		List<Bar> bars) {

	static BarsResponse of(BarWindow window) {
		BarSeries series = window.bars();
		List<Bar> bars = new ArrayList<>(series.size());
		for (int i = 0; i < series.size(); i++) {
			bars.add(new Bar(Instant.ofEpochMilli(series.time(i)), series.open(i), series.high(i), series.low(i),
					series.close(i), series.volume(i)));
		}
		return new BarsResponse(window.instrument().symbol(), series.timeframe().code(), window.instrument().currency(),
				window.instrument().timezone().getId(), series.size(), window.truncated(), bars);
	}

	/** One bar, keyed by its open time (UTC). */
	@Schema(name = "Bar")
	record Bar(@Schema(example = "1999-11-01T14:30:00Z") Instant time, @Schema(example = "136.5") double open,
			@Schema(example = "137.0") double high, @Schema(example = "135.5625") double low,
			@Schema(example = "135.5625") double close, @Schema(example = "4006500") double volume) {
	}

}
