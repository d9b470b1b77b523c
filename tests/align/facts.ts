import type { Fact, FactsFile, Language } from '../../pipeline/types.js';

let nextId = 0;

/** A fact record with defaults for what a test does not care about. */
export function fact(fields: Partial<Fact> & Pick<Fact, 'text' | 'value' | 'unit' | 'kind'>): Fact {
  return {
    id: `f${++nextId}`,
    scale: 1,
    unit_text: '',
    qualifier: 'exact',
    subject: '',
    time: '2020',
    time_inferred: false,
    sentence: '',
    section: [],
    ...fields,
  };
}

/** A facts file of a 2020 report in a language. */
export function file(language: Language, facts: Fact[]): FactsFile {
  return {
    document: { title: language, language, edition_year: 2020, source_file: `${language}.txt`, sha256: '0'.repeat(64), page_count: 1, generator: 'test' },
    facts,
  };
}
