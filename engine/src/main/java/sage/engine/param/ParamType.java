package sage.engine.param;

/** The kind of value a strategy parameter takes. */
public enum ParamType {

	/** A whole number, e.g. an indicator period. */
	INTEGER,

	/** A decimal number, e.g. a threshold or an order size. */
	DECIMAL

}
