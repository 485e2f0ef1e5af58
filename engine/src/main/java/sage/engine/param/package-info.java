/**
 * Parameter schemas: name, type, default, range and description of what a strategy or an
 * indicator takes, published to the API, the CLI and the web forms. Its own package, so
 * that indicators and strategies both use it without depending on each other.
 */
package sage.engine.param;
