import { circledNumbers, layoutTables } from '../lang/index.js';
import { nativeNumeralValue, romanValue } from '../lang/numerals.js';
import { zhFacts } from '../lang/zh/facts.js';
import type { Fact, Language } from '../types.js';

/**
 * The integer a heading numeral stands for: "12", "XIV", "二十三", "③", "(b)"; a decimal
 * numbering "2.1" stands for its last part, its chapter being the heading above it.
 */
export function headingNumeral(numeral: string): number | undefined {
  if (/^\d+(?:\.\d+)*$/.test(numeral)) return Number(numeral.split('.').at(-1));
  if (/^[a-z]$/.test(numeral)) return numeral.charCodeAt(0) - 96;
  if (circledNumbers.includes(numeral)) return circledNumbers.indexOf(numeral) + 1;
  if (/^[IVXLC]+$/.test(numeral)) return romanValue(numeral);
  return nativeNumeralValue(numeral, zhFacts)?.value;
}

/**
 * The numbering of a heading path, language-neutral: "三、…" / "（一）…" and "III. …" / "(I) …"
 * both give "3.1". Headings without a numeral (a title, "Foreword") are left out, so a
 * translation that adds or drops an unnumbered title level still lines up.
 */
export function sectionKey(section: string[], language: Language): string {
  const schemes = layoutTables(language).headingSchemes;
  const numbers: number[] = [];
  for (const title of section) {
    for (const scheme of schemes) {
      const numeral = scheme.pattern.exec(title.trim())?.[1];
      const number = numeral === undefined ? undefined : headingNumeral(numeral);
      if (number !== undefined) {
        numbers.push(number);
        break;
      }
    }
  }
  return numbers.join('.');
}

/** Facts grouped by section key, groups in order of first appearance, facts in document order. */
export function groupBySection(facts: Fact[], language: Language): Map<string, Fact[]> {
  const groups = new Map<string, Fact[]>();
  for (const fact of facts) {
    const key = sectionKey(fact.section, language);
    const group = groups.get(key);
    if (group) group.push(fact);
    else groups.set(key, [fact]);
  }
  return groups;
}
