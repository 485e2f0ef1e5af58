package sage.server.market;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.springframework.stereotype.Service;

import sage.server.market.bundled.BarFiles;

/** Price files a person brings, read with the same checks as the bundled data. */
@Service
public class PriceFiles {

	/**
	 * Reads a Yahoo-style daily CSV ({@code Date,Open,High,Low,Close,Adj Close,Volume}),
	 * skipping damaged rows and saying which.
	 * @throws UncheckedIOException when the file cannot be read
	 */
	public PriceFile readYahooDaily(Path file) {
		try {
			return BarFiles.yahooDaily(Files.readAllBytes(file));
		}
		catch (IOException ex) {
			throw new UncheckedIOException("cannot read " + file, ex);
		}
	}

}
