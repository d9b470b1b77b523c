import type { FactTables } from './types.js';

const romanDigits: Record<string, number> = { i: 1, v: 5, x: 10, l: 50, c: 100, d: 500, m: 1000 };

/** The value of a Roman numeral in either case ("XIV", "iv"); undefined when it is none. */
export function romanValue(numeral: string): number | undefined {
  const lower = numeral.toLowerCase();
  if (!/^[ivxlcdm]+$/.test(lower)) return undefined;
  let value = 0;
  for (let index = 0; index < lower.length; index++) {
    const digit = romanDigits[lower[index]!]!;
    const next = romanDigits[lower[index + 1] ?? ''] ?? 0;
    value += digit < next ? -digit : digit;
  }
  return value;
}

/** The parts of a language's fact tables that spell native numerals. */
export type NativeNumeralTables = Pick<FactTables, 'digits' | 'places' | 'vagueDigits'>;

/**
 * The value of a native numeral (三百二十, 十几, 'twenty five'). `vague` when a word like 几
 * stands for a digit (the value is then a lower bound). `digitless` when no digit is written:
 * 千兆, 百万 name a class rather than a quantity unless 余/多 follows (百余家), and 几个 / 数个
 * is "a few" unless a scale word follows (数万). A numeral never starts with zero (零部件).
 */
export function nativeNumeralValue(text: string, tables: NativeNumeralTables): { value: number; vague: boolean; digitless: boolean } | undefined {
  const words = [...Object.keys(tables.digits), ...Object.keys(tables.places), ...tables.vagueDigits].sort((a, b) => b.length - a.length);
  let section = 0;
  let digit: number | undefined;
  let vague = false;
  let hasDigit = false;
  let rest = text.toLowerCase();
  let first = true;
  while (rest.length > 0) {
    rest = rest.replace(/^[\s-]+/, '');
    const word = words.find((w) => rest.startsWith(w.toLowerCase()));
    if (!word || (first && tables.digits[word] === 0)) return undefined;
    first = false;
    rest = rest.slice(word.length);
    if (word in tables.digits) {
      digit = (digit ?? 0) + tables.digits[word]!;
      hasDigit = true;
    } else if (word in tables.places) {
      section += (digit ?? 1) * tables.places[word]!;
      digit = undefined;
    } else {
      // 几十 / 数十: some tens (one ten at least); 十几: ten and some more.
      vague = true;
      if (digit === undefined) digit = section > 0 ? 0 : 1;
    }
  }
  const value = section + (digit ?? 0);
  return { value, vague, digitless: !hasDigit && value !== 10 };
}
