import { readFileSync } from 'node:fs';
import YAML from 'yaml';
import { layoutTables } from '../../pipeline/lang/index.js';
import type { Fact, FactKind, FactsFile, Language, Qualifier } from '../../pipeline/types.js';
import { fixture } from '../helpers.js';

/** A claim of tests/fixtures/english-gold.yaml. */
export interface GoldClaim {
  context: string;
  text: string;
  value: number;
  unit: string;
  kind: FactKind;
  qualifier: Qualifier;
  time: string;
  original: { context: string; text: string };
}

/** An error planted in a translation (tests/fixtures/english-planted.yaml). */
export interface PlantedError {
  context: string;
  text: string;
  value: number;
  error: string;
  fields: string[];
}

export const englishChapter = 'dcdr2020-ch3.en.txt';
export const chineseReport = 'digital-china-2020.zh.txt';

export const goldClaims = (): GoldClaim[] => YAML.parse(readFileSync(fixture('english-gold.yaml'), 'utf8')).claims;
/** The copies with planted errors, each with its errors. */
export const plantedTranslations = (): { file: string; planted: PlantedError[] }[] =>
  YAML.parse(readFileSync(fixture('english-planted.yaml'), 'utf8')).translations;

/** The heading path above a position of a text, by the language's heading schemes. */
function sectionAt(text: string, position: number, language: Language): string[] {
  const path: { title: string; level: number }[] = [];
  for (const line of text.slice(0, position).split('\n')) {
    const scheme = layoutTables(language).headingSchemes.find((s) => s.pattern.test(line));
    if (!scheme) continue;
    while (path.length > 0 && path.at(-1)!.level >= scheme.typicalLevel) path.pop();
    path.push({ title: line.trim(), level: scheme.typicalLevel });
  }
  return path.map((heading) => heading.title);
}

/**
 * The gold claims as a facts file of one side: the English chapter, or the Chinese report (whose
 * claims are the same, written as the original writes them).
 */
export function goldFactsFile(language: Language): FactsFile {
  const text = readFileSync(fixture(language === 'en' ? englishChapter : chineseReport), 'utf8');
  const facts = goldClaims().map((claim, index): Fact => {
    const { context, text: written } = language === 'en' ? claim : claim.original;
    const number = Number(/\d[\d,]*(?:\.\d+)?/.exec(written)?.[0].replace(/,/g, '') ?? NaN);
    return {
      id: `gold-${language}-${index + 1}`,
      text: written,
      value: claim.value,
      scale: Number.isNaN(number) ? 1 : Math.round(claim.value / number),
      unit: claim.unit,
      unit_text: '',
      kind: claim.kind,
      qualifier: claim.qualifier,
      subject: '',
      time: claim.time,
      time_inferred: false,
      sentence: context,
      section: sectionAt(text, text.indexOf(context), language),
    };
  });
  return {
    document: { title: `gold ${language}`, language, edition_year: 2020, source_file: 'english-gold.yaml', sha256: '0'.repeat(64), page_count: 1, generator: 'hand' },
    facts,
  };
}
