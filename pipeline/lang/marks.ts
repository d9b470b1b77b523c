import type { PageNumberForm } from './types.js';

/**
 * Page numbers, footnote and list markers written the same way in every language: dashes,
 * digits, symbols and Roman numerals. The words of one language ("第 3 页", "Note:") are in its
 * layout tables.
 */

/** Dashes and dots a page number may stand between: "— 3 —", "- 3 -", "· 3 ·". */
const pageNumberDecoration = '[-—–－~·•]*';

export const neutralPageNumberForms: PageNumberForm[] = [
  { pattern: new RegExp(`^${pageNumberDecoration}\\s*(\\d{1,4})\\s*${pageNumberDecoration}$`), numerals: 'arabic' },
  // "3 / 34"
  { pattern: /^(\d{1,4})\s*\/\s*\d{1,4}$/, numerals: 'arabic' },
  // Front matter: "iv", "XII", "- ix -"; one case throughout.
  { pattern: /^[-—–－]?\s*([ivxlc]{1,7}|[IVXLC]{1,7})\s*[-—–－]?$/, numerals: 'roman' },
];

/** Markers that open a footnote: "1 …", "¹…", "①…", "[1] …", "* …". */
export const neutralFootnoteMarkers: RegExp[] = [/\d{1,3}\s/, /[⁰¹²³⁴⁵⁶⁷⁸⁹]+/, /[①-⑳]/, /\[\d{1,3}\]/, /[*†‡]/];

/** The marker of a list item: "1.", "2)", "(3)", "•", "–", then its text. */
export const listMarker = /^(?:\d{1,2}[.)．]|[（(]\d{1,2}[）)]|[•·▪●◦■–-])\s*\S/;
