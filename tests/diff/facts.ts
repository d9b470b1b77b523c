import type { Fact, FactsFile } from '../../pipeline/types.js';

/** A hand-made fact: the number as written, found in its sentence; the rest defaults to a count. */
export function fact(text: string, sentence: string, fields: Partial<Fact> & Pick<Fact, 'value'>): Fact {
  if (!sentence.includes(text)) throw new Error(`${text} is not in ${sentence}`);
  return {
    id: `f-${sentence.indexOf(text)}-${text}`,
    text,
    scale: 1,
    unit: 'item',
    unit_text: '个',
    kind: 'count',
    qualifier: 'exact',
    subject: '',
    time: null,
    time_inferred: false,
    sentence,
    section: [],
    ...fields,
  };
}

/** A facts file of one edition. */
export function edition(year: number, facts: Fact[]): FactsFile {
  return {
    document: { title: `报告（${year} 年）`, language: 'zh', edition_year: year, source_file: `${year}.txt`, sha256: '0'.repeat(64), page_count: 1, generator: 'test' },
    facts,
  };
}
