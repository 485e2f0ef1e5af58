package sage.server.platform;

/**
 * One invalid input, named as the client sent it ({@code from}, {@code bars[3].high}).
 *
 * @param field the parameter or JSON path
 * @param message what is wrong and what is allowed
 */
public record FieldProblem(String field, String message) {
}
