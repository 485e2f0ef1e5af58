/**
 * An audit value (JSON text, personal data masked by the server) laid out for reading: indented
 * JSON when it parses, the text as recorded when it does not.
 */
export function readableValue(text: string | undefined): string | undefined {
  if (text === undefined || text.trim() === '') return undefined;
  try {
    return JSON.stringify(JSON.parse(text), null, 2);
  } catch {
    return text;
  }
}
