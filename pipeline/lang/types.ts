import type { Language } from '../types.js';

/** A numbering scheme of headings: 一、 / （一） / 1. / I. … */
export interface HeadingScheme {
  /** Stable name of the scheme, e.g. 'zh-numeral-comma' for 一、. */
  name: string;
  /** Matches a heading line of this scheme; group 1 is the numeral. */
  pattern: RegExp;
  /** The usual depth of this scheme in a report of this language (1 = chapter). */
  typicalLevel: number;
}

/** Page-layout knowledge of one language: what the clean and structure stages need. */
export interface LayoutTables {
  language: Language;
  headingSchemes: HeadingScheme[];
  /** A figure or table caption line: "图 1 …", "Figure 1 …". */
  caption: RegExp;
  /** A source line under a figure or table: "来源：…", "Source: …". */
  source: RegExp;
  /** Characters that end a sentence. */
  sentenceEnd: string;
}
