import { toProblem } from './problem';

/** Messages by field name. */
export type FieldErrors = Partial<Record<string, string>>;

/**
 * The server's word on each of `fields` (problem+json `errors`), several reasons for one field
 * joined into one message; fields the form does not show stay in the problem alert.
 */
export function serverFieldErrors(error: unknown, fields: readonly string[]): FieldErrors {
  const result: Record<string, string[]> = {};
  for (const { field, message } of toProblem(error).errors ?? []) {
    if (!fields.includes(field) || !message) continue;
    (result[field] ??= []).push(message);
  }
  return Object.fromEntries(
    Object.entries(result).map(([field, messages]) => [field, messages.join('; ')]),
  );
}

/** Whether the problem names a field other than `fields`, which only the alert can show. */
export function hasOtherProblems(error: unknown, fields: readonly string[]): boolean {
  const errors = toProblem(error).errors ?? [];
  return errors.length === 0 || errors.some(({ field }) => !fields.includes(field));
}
