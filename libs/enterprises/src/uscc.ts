/**
 * Unified social credit code (统一社会信用代码), GB 32100-2015.
 * 18 characters; the 18th is a check character over the first 17.
 */

/** The 31 allowed characters; a character's value is its index (I, O, Z, S, V are excluded). */
export const USCC_ALPHABET = '0123456789ABCDEFGHJKLMNPQRTUWXY';

const WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28] as const;

export type UsccProblem = 'LENGTH' | 'CHARSET' | 'CHECK_DIGIT';

/** Officers paste codes from Excel and web pages: stray spaces and lowercase are not errors. */
export function normalizeUscc(code: string): string {
  return code.trim().toUpperCase();
}

/** The check character for the first 17 characters; throws on bad input (a programming error). */
export function usccCheckChar(first17: string): string {
  if (first17.length !== 17) throw new Error(`USCC body must be 17 characters, got ${first17.length}`);
  let sum = 0;
  for (let i = 0; i < 17; i++) {
    const v = USCC_ALPHABET.indexOf(first17[i]!);
    if (v < 0) throw new Error(`invalid USCC character '${first17[i]}' at position ${i + 1}`);
    sum += v * WEIGHTS[i]!;
  }
  // The standard writes 31 - (sum mod 31) and maps 31 to 0; the outer mod does exactly that.
  return USCC_ALPHABET[(31 - (sum % 31)) % 31]!;
}

/** First problem found, or null when the code is valid. The input is normalised first. */
export function validateUscc(code: string): UsccProblem | null {
  const c = normalizeUscc(code);
  if (c.length !== 18) return 'LENGTH';
  for (const ch of c) if (!USCC_ALPHABET.includes(ch)) return 'CHARSET';
  return usccCheckChar(c.slice(0, 17)) === c[17] ? null : 'CHECK_DIGIT';
}

const MESSAGES: Record<UsccProblem, { zh: string; en: string }> = {
  LENGTH: { zh: '长度应为 18 位', en: 'must be 18 characters' },
  CHARSET: { zh: '含有非法字符', en: 'contains invalid characters' },
  CHECK_DIGIT: { zh: '校验位错误', en: 'check digit is wrong' },
};

export function usccProblemMessage(problem: UsccProblem, lang: 'zh' | 'en'): string {
  return MESSAGES[problem][lang];
}

/** A full, valid code from its first 17 characters. */
export function makeUscc(first17: string): string {
  return normalizeUscc(first17) + usccCheckChar(normalizeUscc(first17));
}
