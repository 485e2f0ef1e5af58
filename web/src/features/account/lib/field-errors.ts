import { toProblem } from '@/lib/api/problem';

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

/** A light shape check (the server decides): something@something. */
export function looksLikeEmail(text: string): boolean {
  return /^[^\s@]+@[^\s@]+$/.test(text.trim());
}
