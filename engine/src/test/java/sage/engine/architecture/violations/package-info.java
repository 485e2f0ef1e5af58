/**
 * Deliberate violations of the engine rules, compiled only into the tests, so that each
 * rule is seen failing. Nothing here is engine code.
 */
package sage.engine.architecture.violations;
