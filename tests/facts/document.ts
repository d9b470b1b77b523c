import { facts, segment } from '../../pipeline/index.js';
import type { Fact, Language, StructuredDocument } from '../../pipeline/index.js';
import { cleanedDocument } from '../segment/document.js';

/** The facts of paragraphs of running text, as the facts stage finds them (no headings). */
export function factsOf(paragraphs: string[], options: { language?: Language; editionYear?: number } = {}): Fact[] {
  const cleaned = cleanedDocument(paragraphs, options.language);
  const doc: StructuredDocument = {
    ...segment(cleaned),
    title: 'test',
    editionYear: 'editionYear' in options ? options.editionYear : 2020,
    preamble: [],
    sections: [],
    blockSection: paragraphs.map(() => -1),
    keywords: [],
    tree: { type: 'root', children: [] },
  };
  return facts(doc).facts;
}

/** The facts of one sentence, each reduced to the fields given. */
export function read<K extends keyof Fact>(sentence: string, fields: K[]): Pick<Fact, K>[] {
  return factsOf([sentence]).map((fact) => Object.fromEntries(fields.map((field) => [field, fact[field]])) as Pick<Fact, K>);
}
