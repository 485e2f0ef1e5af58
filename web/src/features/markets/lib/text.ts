const HANGUL = /[\u1100-\u11ff\u3130-\u318f\uac00-\ud7af]/;

/** The language of a local name, so screen readers pronounce 삼성전자 in Korean. */
export function languageOf(text: string): string | undefined {
  return HANGUL.test(text) ? 'ko' : undefined;
}
