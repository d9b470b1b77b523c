import { layoutTables } from '../lang/index.js';
import type { Fact, Language } from '../types.js';

const romanDigits: Record<string, number> = { I: 1, V: 5, X: 10, L: 50, C: 100 };
const hanDigits: Record<string, number> = { 零: 0, 〇: 0, 一: 1, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };
const circled = '①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳';

/**
 * The integer a heading numeral stands for: "12", "XIV", "二十三", "③", "(b)"; a decimal
 * numbering "2.1" stands for its last part, its chapter being the heading above it.
 */
export function headingNumeral(numeral: string): number | undefined {
  if (/^\d+(?:\.\d+)*$/.test(numeral)) return Number(numeral.split('.').at(-1));
  if (/^[a-z]$/.test(numeral)) return numeral.charCodeAt(0) - 96;
  if (circled.includes(numeral)) return circled.indexOf(numeral) + 1;
  if (/^[IVXLC]+$/.test(numeral)) {
    let total = 0;
    for (let index = 0; index < numeral.length; index++) {
      const digit = romanDigits[numeral[index]!]!;
      const next = romanDigits[numeral[index + 1] ?? ''] ?? 0;
      total += digit < next ? -digit : digit;
    }
    return total;
  }
  if (/^[一二三四五六七八九十百零〇]+$/.test(numeral)) {
    // Heading numerals stay below a thousand: 十二, 二十, 一百零五.
    let total = 0;
    let digit = 0;
    for (const char of numeral) {
      if (char === '百') total += (digit || 1) * 100;
      else if (char === '十') total += (digit || 1) * 10;
      else {
        digit = hanDigits[char]!;
        continue;
      }
      digit = 0;
    }
    return total + digit;
  }
  return undefined;
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
