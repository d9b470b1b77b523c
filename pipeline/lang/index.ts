import type { Language } from '../types.js';
import { enLayout } from './en/layout.js';
import type { LayoutTables } from './types.js';
import { zhLayout } from './zh/layout.js';

export type {
  FactTables,
  HeadingScheme,
  LayoutTables,
  NotClaimTables,
  PeriodName,
  QualifierEntry,
  RankTables,
  TimeTables,
  UnitEntry,
} from './types.js';

const layouts: Record<Language, LayoutTables> = { zh: zhLayout, en: enLayout };

export function layoutTables(language: Language): LayoutTables {
  return layouts[language];
}

const han = /\p{Script=Han}/gu;
const latinLetter = /[A-Za-z]/g;

/** 'zh' when Han characters outnumber a fifth of the Latin letters; otherwise 'en'. */
export function detectLanguage(text: string): Language {
  const hanCount = text.match(han)?.length ?? 0;
  const latinCount = text.match(latinLetter)?.length ?? 0;
  // A Han character carries about as much as a five-letter word.
  return hanCount * 5 >= latinCount && hanCount > 0 ? 'zh' : 'en';
}
