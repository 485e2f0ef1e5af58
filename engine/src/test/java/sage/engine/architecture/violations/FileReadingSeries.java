package sage.engine.architecture.violations;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Does I/O inside the engine. */
public class FileReadingSeries {

	public String load(Path path) throws IOException {
		return Files.readString(path);
	}

}
