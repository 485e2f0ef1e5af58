/** Symbols typed with commas or spaces between them. */
export function parseSymbols(text: string): string[] {
  return text
    .split(/[\s,]+/)
    .map((symbol) => symbol.trim())
    .filter(Boolean);
}
