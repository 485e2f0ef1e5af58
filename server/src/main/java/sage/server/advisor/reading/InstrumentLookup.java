package sage.server.advisor.reading;

import java.util.Optional;

import sage.server.market.Instrument;

/**
 * Finds an instrument by symbol or alias: {@code Instruments::find} in the server, a map
 * in tests.
 */
@FunctionalInterface
public interface InstrumentLookup {

	/** The instrument with this symbol or alias, case-insensitive. */
	Optional<Instrument> find(String symbolOrAlias);

}
