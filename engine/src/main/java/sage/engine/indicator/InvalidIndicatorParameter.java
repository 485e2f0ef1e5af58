package sage.engine.indicator;

/**
 * A parameter given to an {@link IndicatorDefinition} that it does not take, that is not
 * a number of the right kind, or that lies outside its range. The message names the
 * indicator, the parameter and what is allowed.
 */
public final class InvalidIndicatorParameter extends IllegalArgumentException {

	private static final long serialVersionUID = 1L;

	private final String parameter;

	/**
	 * @param parameter the name of the offending parameter, as given
	 * @param message what is wrong and what is allowed
	 */
	public InvalidIndicatorParameter(String parameter, String message) {
		super(message);
		this.parameter = parameter;
	}

	/** The name of the offending parameter, as given. */
	public String parameter() {
		return this.parameter;
	}

}
