import type { Fact } from '../types.js';

/** Dot leaders, then a page number if any: "7.4 数字经济 ........ 23". */
const leadersAndPage = /(?:\.{3,}|…{2,}|·{3,}|．{3,})\s*\d{0,4}\s*$/;
/** A page number closing an entry of a table of contents. */
const trailingPageNumber = /[\s.．…·]*\d{1,4}\s*$/;

/** A title compared without spaces and punctuation: a contents entry and its heading set them differently. */
const comparable = (text: string) => text.replace(/[\s\p{P}\p{S}]+/gu, '').toLowerCase();

/**
 * Facts read from a table of contents: their sentence has dot leaders before a page number, or is,
 * less its page number, the title of one of the document's own headings ("7.4 Digital economy 23").
 * Their numbers (a section number 7.4, a page number) claim nothing and are never aligned.
 */
export function isContentsEntry(fact: Fact, headingTitles: Set<string>): boolean {
  if (leadersAndPage.test(fact.sentence)) return true;
  const entry = comparable(fact.sentence.replace(trailingPageNumber, ''));
  return entry !== '' && (headingTitles.has(entry) || headingTitles.has(comparable(fact.sentence)));
}

/** The facts of a document less those of its table of contents. */
export function withoutContentsEntries(facts: Fact[]): Fact[] {
  const headingTitles = new Set(facts.flatMap((fact) => fact.section.map(comparable)));
  return facts.filter((fact) => !isContentsEntry(fact, headingTitles));
}
