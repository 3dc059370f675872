import { describe, it, expect } from '@jest/globals';
import {
  USCC_ALPHABET,
  makeUscc,
  normalizeUscc,
  usccCheckChar,
  usccProblemMessage,
  validateUscc,
} from './uscc.js';

describe('USCC (GB 32100-2015)', () => {
  it('has the 31-character alphabet without I, O, Z, S, V', () => {
    expect(USCC_ALPHABET).toHaveLength(31);
    for (const ch of 'IOZSV') expect(USCC_ALPHABET).not.toContain(ch);
  });

  it('accepts a published code (checked by hand)', () => {
    // Σ v·w over 91350100M000100Y4 = 1640; 1640 mod 31 = 28; 31 - 28 = 3.
    expect(validateUscc('91350100M000100Y43')).toBeNull();
    expect(usccCheckChar('91350100M000100Y4')).toBe('3');
  });

  it('accepts codes built with makeUscc', () => {
    for (const body of ['91310230MA1K00001', '12310000425010234', '9131000071786618A', '52310230000000001']) {
      const code = makeUscc(body);
      expect(code).toHaveLength(18);
      expect(validateUscc(code)).toBeNull();
    }
  });

  it('rejects a changed check character with CHECK_DIGIT', () => {
    expect(validateUscc('91350100M000100Y44')).toBe('CHECK_DIGIT');
    const good = makeUscc('91310230MA1K00001');
    const other = USCC_ALPHABET[(USCC_ALPHABET.indexOf(good[17]!) + 1) % 31]!;
    expect(validateUscc(good.slice(0, 17) + other)).toBe('CHECK_DIGIT');
  });

  it('rejects a changed body character with CHECK_DIGIT', () => {
    expect(validateUscc('91350100M000200Y43')).toBe('CHECK_DIGIT');
  });

  it('normalises lowercase and surrounding spaces', () => {
    expect(normalizeUscc('  91350100m000100y43 ')).toBe('91350100M000100Y43');
    expect(validateUscc('  91350100m000100y43 ')).toBeNull();
    expect(makeUscc('91350100m000100y4')).toBe('91350100M000100Y43');
  });

  it.each(['I', 'O', 'Z', 'S', 'V'])('rejects %s with CHARSET', (ch) => {
    expect(validateUscc(`91350100M000100Y4${ch}`)).toBe('CHARSET');
    expect(validateUscc(`9135010${ch}M000100Y43`)).toBe('CHARSET');
  });

  it('rejects other characters with CHARSET', () => {
    expect(validateUscc('91350100M000100Y4-')).toBe('CHARSET');
  });

  it('rejects wrong lengths with LENGTH', () => {
    expect(validateUscc('')).toBe('LENGTH');
    expect(validateUscc('91350100M000100Y4')).toBe('LENGTH');
    expect(validateUscc('91350100M000100Y433')).toBe('LENGTH');
    // Length is checked before the charset.
    expect(validateUscc('IIII')).toBe('LENGTH');
  });

  it('maps 31 to 0 (sum divisible by 31)', () => {
    // Σ v·w over 91310230000000023 = 310 = 10 × 31.
    expect(usccCheckChar('91310230000000023')).toBe('0');
    expect(validateUscc('913102300000000230')).toBeNull();
    // All zeros: sum 0 → 31 → 0.
    expect(usccCheckChar('00000000000000000')).toBe('0');
  });

  it('throws on a malformed body (a programming error, not user input)', () => {
    expect(() => usccCheckChar('123')).toThrow();
    expect(() => usccCheckChar('9135010OM000100Y4')).toThrow();
  });

  it('has messages in Chinese and English', () => {
    expect(usccProblemMessage('LENGTH', 'zh')).toBe('长度应为 18 位');
    expect(usccProblemMessage('CHARSET', 'zh')).toBe('含有非法字符');
    expect(usccProblemMessage('CHECK_DIGIT', 'zh')).toBe('校验位错误');
    expect(usccProblemMessage('LENGTH', 'en')).toBe('must be 18 characters');
    expect(usccProblemMessage('CHARSET', 'en')).toBe('contains invalid characters');
    expect(usccProblemMessage('CHECK_DIGIT', 'en')).toBe('check digit is wrong');
  });
});
