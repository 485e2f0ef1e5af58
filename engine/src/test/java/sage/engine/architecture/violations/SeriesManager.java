package sage.engine.architecture.violations;

/** A name that says how, not what. */
public class SeriesManager {

}
