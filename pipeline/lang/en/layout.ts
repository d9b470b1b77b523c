import type { LayoutTables } from '../types.js';

const roman = '[IVXLC]+';
/** After a numbering: the space, then the title. */
const titleStart = '\\s+(?=\\S)';

export const enLayout: LayoutTables = {
  language: 'en',
  // In the usual order of an English report's hierarchy; the levels used are decided per document.
  headingSchemes: [
    { name: 'en-chapter', pattern: new RegExp(`^(?:Chapter|CHAPTER|Part|PART)\\s+(\\d{1,2}|${roman})\\b[.:]?\\s*(?=\\S|$)`), typicalLevel: 1 },
    { name: 'roman-dot', pattern: new RegExp(`^(${roman})\\.${titleStart}`), typicalLevel: 1 },
    { name: 'roman-paren', pattern: new RegExp(`^\\((${roman})\\)${titleStart}`), typicalLevel: 2 },
    { name: 'decimal-3', pattern: new RegExp(`^(\\d{1,2}\\.\\d{1,2}\\.\\d{1,2})\\.?${titleStart}(?=\\p{Lu})`, 'u'), typicalLevel: 4 },
    { name: 'decimal-2', pattern: new RegExp(`^(\\d{1,2}\\.\\d{1,2})\\.?${titleStart}(?=\\p{Lu})`, 'u'), typicalLevel: 3 },
    { name: 'arabic-dot', pattern: new RegExp(`^(\\d{1,2})\\.${titleStart}(?=\\p{Lu})`, 'u'), typicalLevel: 3 },
    { name: 'arabic-paren', pattern: new RegExp(`^\\((\\d{1,2})\\)${titleStart}`), typicalLevel: 4 },
    { name: 'en-appendix', pattern: /^(?:Appendix|APPENDIX|Annex|ANNEX)\s+([A-Z]|\d{1,2})\b[.:]?\s*(?=\S)/, typicalLevel: 1, topLevel: true },
    { name: 'letter-paren', pattern: new RegExp(`^\\(([a-h])\\)${titleStart}`), typicalLevel: 5 },
  ],
  // Not an entry of a list of figures, with its dot leaders.
  caption: /^(?!.*(?:\.{4,}|…{2,}|·{4,}))(?:Figure|Fig\.|Table|Chart|Exhibit)\s*\d{1,3}(?:[-.]\d{1,3})?[:.]?\s+\S/,
  source: /^(?:Data\s+)?Sources?\s*:/i,
  sentenceEnd: '.!?;',
  titleWords: /\b(?:Report|White\s+Paper|Outlook|Survey|Review|Yearbook|Index|Proposal|Plan)\b/i,
  headingMaxLength: 160,
  pageNumberForms: [{ pattern: /^(?:page|p\.)\s*(\d{1,4})(?:\s*(?:of|\/)\s*\d{1,4})?$/i, numerals: 'arabic' }],
  noteLabel: /Note\s*:/,
  contentsTitle: /^(?:(?:Table\s+of\s+)?Contents|List\s+of\s+(?:Figures|Tables|Charts|Exhibits))$/i,
  openingTitles: [],
  ratingLine: /^(?:(?:Rating|Recommendation)\s*:\s*)?(?:Buy|Strong\s+Buy|Accumulate|Add|Outperform|Overweight|Hold|Neutral|Equal[- ]?weight|Market[- ]?perform|In-?line|Reduce|Underperform|Underweight|Sell)(?:\s*\((?:maintained|maintain|initiated|initiate|upgraded|upgrade|downgraded|downgrade)\))?$/i,
};
