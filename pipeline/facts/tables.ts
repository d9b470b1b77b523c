import type { FactTables } from '../lang/index.js';
import { enFacts } from '../lang/en/facts.js';
import { zhFacts } from '../lang/zh/facts.js';
import type { Language } from '../types.js';

/** Number tables by language; a language without tables yields no facts. */
const factTablesByLanguage: Partial<Record<Language, FactTables>> = { zh: zhFacts, en: enFacts };

export function factTables(language: Language): FactTables | undefined {
  return factTablesByLanguage[language];
}
