import { toProblem } from './problem';

/** Messages by field name. */
export type FieldErrors = Partial<Record<string, string>>;

/**
 * The form field a problem's field belongs to: itself, or for an item of a list (`assets[1]`,
 * `ranges[0].name`) the list.
 */
function shownAs(field: string, fields: readonly string[]): string | undefined {
  return fields.find((shown) => field === shown || field.startsWith(`${shown}[`));
}

/**
 * The server's word on each of `fields` (problem+json `errors`; an item of a list field counts
 * as the list), several reasons for one field joined into one message; fields the form does
 * not show stay in the problem alert.
 */
export function serverFieldErrors(error: unknown, fields: readonly string[]): FieldErrors {
  const result: Record<string, string[]> = {};
  for (const { field, message } of toProblem(error).errors ?? []) {
    const shown = shownAs(field, fields);
    if (!shown || !message) continue;
    (result[shown] ??= []).push(message);
  }
  return Object.fromEntries(
    Object.entries(result).map(([field, messages]) => [field, messages.join('; ')]),
  );
}

/** Whether the problem names a field other than `fields`, which only the alert can show. */
export function hasOtherProblems(error: unknown, fields: readonly string[]): boolean {
  const errors = toProblem(error).errors ?? [];
  return errors.length === 0 || errors.some(({ field }) => !shownAs(field, fields));
}
