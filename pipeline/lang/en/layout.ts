import type { LayoutTables } from '../types.js';

const roman = '[IVXLC]+';

export const enLayout: LayoutTables = {
  language: 'en',
  headingSchemes: [
    { name: 'en-chapter', pattern: /^(?:Chapter|CHAPTER|Part|PART)\s+(\d+|[IVXLC]+)\b/, typicalLevel: 1 },
    { name: 'roman-dot', pattern: new RegExp(`^(${roman})\\.\\s+\\S`), typicalLevel: 1 },
    { name: 'roman-paren', pattern: new RegExp(`^\\((${roman})\\)\\s*\\S`), typicalLevel: 2 },
    { name: 'arabic-dot', pattern: /^(\d{1,2})\.\s+[A-Z]/, typicalLevel: 3 },
    { name: 'arabic-paren', pattern: /^\((\d{1,2})\)\s*\S/, typicalLevel: 4 },
  ],
  caption: /^(?:Figure|Fig\.|Table|Chart)\s*\d+(?:[-.]\d+)?[:.]?\s+\S/,
  source: /^(?:Data\s+)?Sources?\s*:/i,
  sentenceEnd: '.!?;',
};
