import { describe, expect, it } from 'vitest';
import { nativeNumeralValue, romanValue } from '../../pipeline/lang/numerals.js';
import { enFacts } from '../../pipeline/lang/en/facts.js';
import { zhFacts } from '../../pipeline/lang/zh/facts.js';

describe('native numerals', () => {
  it('read Chinese numerals with places and zeros', () => {
    expect(nativeNumeralValue('十二', zhFacts)?.value).toBe(12);
    expect(nativeNumeralValue('二十三', zhFacts)?.value).toBe(23);
    expect(nativeNumeralValue('一百零五', zhFacts)?.value).toBe(105);
    expect(nativeNumeralValue('三百二十', zhFacts)?.value).toBe(320);
  });

  it('mark vague numerals as lower bounds and refuse a leading zero', () => {
    expect(nativeNumeralValue('十几', zhFacts)).toEqual({ value: 10, vague: true, digitless: false });
    expect(nativeNumeralValue('零', zhFacts)).toBeUndefined();
  });

  it('read English number words', () => {
    expect(nativeNumeralValue('twenty five', enFacts)?.value).toBe(25);
  });

  it('read Roman numerals in either case', () => {
    expect(romanValue('XIV')).toBe(14);
    expect(romanValue('iv')).toBe(4);
    expect(romanValue('ABC')).toBeUndefined();
  });
});
