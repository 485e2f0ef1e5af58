package sage.engine.architecture.violations;

/** Logs through a framework. */
public class FrameworkBoundStrategy {

	private final java.util.logging.Logger log = java.util.logging.Logger.getLogger("x");

	public void decide() {
		this.log.info("deciding");
	}

}
