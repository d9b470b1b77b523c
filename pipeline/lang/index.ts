import type { Language } from '../types.js';
import { enLayout } from './en/layout.js';
import { neutralFootnoteMarkers, neutralPageNumberForms } from './marks.js';
import { enMetricWords } from './en/metric-words.js';
import { enTables } from './en/tables.js';
import type { LayoutTables, MetricWordTables, PageNumberForm, TableTables } from './types.js';
import { zhLayout } from './zh/layout.js';
import { zhMetricWords } from './zh/metric-words.js';
import { zhTables } from './zh/tables.js';

export type {
  FactTables,
  HeadingScheme,
  LayoutTables,
  MetricWordTables,
  NotClaimTables,
  PageNumberForm,
  PeriodName,
  QualifierEntry,
  RankTables,
  TableTables,
  TimeTables,
  UnitEntry,
} from './types.js';

const layouts: Record<Language, LayoutTables> = { zh: zhLayout, en: enLayout };

export function layoutTables(language: Language): LayoutTables {
  return layouts[language];
}

const tableKnowledge: Record<Language, TableTables> = { zh: zhTables, en: enTables };

/** How tables of the language state units and periods. */
export function tableTables(language: Language): TableTables {
  return tableKnowledge[language];
}

const metricWords: Record<Language, MetricWordTables> = { zh: zhMetricWords, en: enMetricWords };

export function metricWordTables(language: Language): MetricWordTables {
  return metricWords[language];
}

/*
 * Page furniture is read in the forms of every language, whatever the text's: a producer numbers
 * pages its own way ("Page 3 of 34" under Chinese text), and notes may be labelled either way.
 */

/** Page-number lines: "3", "— 3 —", "第 3 页 共 34 页", "Page 3 of 34", "3 / 34", "iv". */
export const pageNumberForms: PageNumberForm[] = [
  ...neutralPageNumberForms,
  ...Object.values(layouts).flatMap((layout) => layout.pageNumberForms),
];

/** How a footnote begins: "1 …", "¹…", "①…", "[1] …", "* …", "注：…", "Note: …". */
export const footnoteMarker = new RegExp(
  `^(?:${[...neutralFootnoteMarkers, ...Object.values(layouts).map((layout) => layout.noteLabel)].map((marker) => marker.source).join('|')})`,
);

/** The title of a contents page in any language: a producer may head Chinese contents "Contents". */
export const contentsTitles: RegExp[] = Object.values(layouts).map((layout) => layout.contentsTitle);

export { bareNumber, cellNumber, circledNumbers, contentsEntry, contentsLeader, emptyCell, fieldLabel, isValueCell, listMarker, superscriptDigits } from './marks.js';

const han = /\p{Script=Han}/gu;
const latinLetter = /[A-Za-z]/g;

/**
 * The language of a block when it is clearly not the document's: enough letters to tell
 * (a whole sentence, not "5G" or "IPTV") and detected as the other language.
 */
export function blockLanguage(text: string, documentLanguage: Language): Language | undefined {
  const letters = (text.match(han)?.length ?? 0) * 5 + (text.match(latinLetter)?.length ?? 0);
  if (letters < 60) return undefined;
  const language = detectLanguage(text);
  return language === documentLanguage ? undefined : language;
}

/** 'zh' when Han characters outnumber a fifth of the Latin letters; otherwise 'en'. */
export function detectLanguage(text: string): Language {
  const hanCount = text.match(han)?.length ?? 0;
  const latinCount = text.match(latinLetter)?.length ?? 0;
  // A Han character carries about as much as a five-letter word.
  return hanCount * 5 >= latinCount && hanCount > 0 ? 'zh' : 'en';
}
