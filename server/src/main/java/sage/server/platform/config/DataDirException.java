package sage.server.platform.config;

import java.io.IOException;
import java.nio.file.Path;

import org.jspecify.annotations.Nullable;

/** The data directory cannot be created or written. */
class DataDirException extends IOException {

	private final transient Path dataDir;

	DataDirException(Path dataDir, @Nullable IOException cause) {
		super("data directory " + dataDir + " is not writable", cause);
		this.dataDir = dataDir;
	}

	Path dataDir() {
		return this.dataDir;
	}

}
