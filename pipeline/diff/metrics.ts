import type { Fact, FactsFile, Language } from '../types.js';
import { metricWordTables } from '../lang/index.js';
import type { FactContext } from './context.js';
import { contentWords, inverseFrequencies, similarity, weigh, type WeightedWord, type WordVector } from './words.js';

/** One metric as an edition reports it: a fact, described for comparison. */
export interface Metric {
  fact: Fact;
  /**
   * The first mention of the same figure in nearly the same words, when this fact restates it
   * (a headline figure repeated in its chapter): the metric an edition reports once.
   */
  restates?: Metric;
  /** What the fact says it measures: the words around its number, of its subject, its clause and the clauses before. */
  words: WordVector;
  /** Where it stands in the report: the words of its heading path. */
  place: WordVector;
  /** Its sentence without numbers, and its rank among the sentence's facts. */
  template: string;
  ordinal: number;
  /** True when the words around the number make it what a period added (新建 65 万个), not a stock (累计建成 142.5 万个). */
  increment: boolean;
  /** For a change: the years it spans (1 for year on year, 4 for 比2017年 in 2021); null when not a change or not told. */
  changeSpan: number | null;
}

/** The end year of a fact's time: 2020 for "2020", "2020-11", "2016/2020". */
export function endYear(time: string | null): number | null {
  const year = time === null ? null : /(\d{4})(?:-\d{2}){0,2}$/.exec(time)?.[1];
  return year ? Number(year) : null;
}

/**
 * The year whose figures an edition reports: its edition year, or else the year most of its
 * facts state in their own sentence.
 */
export function reportingYear(file: FactsFile): number | null {
  if (file.document.edition_year) return file.document.edition_year;
  const counts = new Map<number, number>();
  for (const fact of file.facts) {
    const year = fact.time_inferred ? null : endYear(fact.time);
    if (year !== null) counts.set(year, (counts.get(year) ?? 0) + 1);
  }
  return [...counts].sort((a, b) => b[1] - a[1] || b[0] - a[0])[0]?.[0] ?? null;
}

/**
 * The facts of an edition that report its own year: a 2021 edition's 2017 baseline, and the
 * "from" end of every from-to pair, describe other years and are not compared.
 */
export function reportingYearFacts(file: FactsFile, year: number | null): Fact[] {
  return file.facts.filter((fact) => fact.role !== 'from' && (fact.time === null || year === null || endYear(fact.time) === year));
}

/** Weight of the words around the number itself, against those of the rest of the clause. */
const neighbourhoodFactor = 2;
/** Weight of the subject's words against those of the rest of the clause. */
const subjectFactor = 1.5;
/**
 * Weight of the words of the sentence's earlier clauses: they often name what a clause measures
 * ("专利申请数量超过3万件，比2017年提升60%，全球占比超过1/3"), but less surely than the clause itself.
 */
const earlierClausesFactor = 0.4;
/** Restatements of the same figure in one edition are this alike at least. */
const restatementSimilarity = 0.5;

interface FactWords {
  neighbourhood: WeightedWord[];
  subject: WeightedWord[];
  clause: WeightedWord[];
  before: WeightedWord[];
  place: WeightedWord[];
}

function factWords(fact: Fact, context: FactContext, language: Language): FactWords {
  const clause = contentWords(context.clause, language);
  // A clause that names nothing but a scope ("占全球60%以上", "同比增长17.7%") speaks of the one before it.
  const namesNothing = clause.every((word) => !word.names);
  const neighbourhood = contentWords(context.neighbourhood, language);
  return {
    // Words around the number that name nothing (以…位列世界第一) leave the clause to say what it measures.
    neighbourhood: neighbourhood.some((word) => word.names) ? neighbourhood : [],
    subject: contentWords(fact.subject, language),
    clause: namesNothing ? [...clause, ...contentWords(context.previousClause, language)] : clause,
    before: contentWords(context.earlier, language),
    place: fact.section.flatMap((title) => contentWords(title, language)),
  };
}

/**
 * The metrics of both editions, described with word weights shared by both (so that a word
 * weighs the same on either side), restatements within an edition gathered.
 */
export function describeMetrics(oldFacts: Fact[], newFacts: Fact[], contexts: Map<Fact, FactContext>, language: Language): { old: Metric[]; new: Metric[] } {
  const wordsOf = (fact: Fact) => factWords(fact, contexts.get(fact)!, language);
  const oldWords = oldFacts.map(wordsOf);
  const newWords = newFacts.map(wordsOf);
  const all = [...oldWords, ...newWords];
  const texts = (words: WeightedWord[]) => words.map((word) => word.text);
  const wordIdf = inverseFrequencies(all.map((words) => texts([...words.neighbourhood, ...words.subject, ...words.clause, ...words.before])));
  const placeIdf = inverseFrequencies(all.map((words) => texts(words.place)));
  const describe = (facts: Fact[], words: FactWords[]) =>
    gatherRestatements(
      facts.map((fact, index) => {
        const { neighbourhood, subject, clause, before, place } = words[index]!;
        return {
          fact,
          words: weigh([{ words: neighbourhood, factor: neighbourhoodFactor }, { words: subject, factor: subjectFactor }, { words: clause, factor: 1 }, { words: before, factor: earlierClausesFactor }], wordIdf),
          place: weigh([{ words: place, factor: 1 }], placeIdf),
          template: contexts.get(fact)!.template,
          ordinal: contexts.get(fact)!.ordinal,
          increment: isIncrement(contexts.get(fact)!.neighbourhood, language),
          changeSpan: changeSpan(fact, contexts.get(fact)!, language),
        };
      }),
    );
  return { old: describe(oldFacts, oldWords), new: describe(newFacts, newWords) };
}

/** True when a text holds one of the language's words for what a period added: 新增, 新建, 'new'. */
function isIncrement(text: string, language: Language): boolean {
  const lower = text.toLowerCase();
  return metricWordTables(language).incrementWords.some((word) => (/^[a-z]/.test(word) ? new RegExp(`\\b${word}\\b`).test(lower) : lower.includes(word)));
}

/**
 * The years a change spans: those of its period (2017/2021), else from the base year its clause
 * names (比2017年 → 2021 − 2017), else one (同比, 比上年, or no base: a report's changes are year on year).
 */
function changeSpan(fact: Fact, context: FactContext, language: Language): number | null {
  if (fact.kind !== 'change') return null;
  const period = /^(\d{4})[^/]*\/(\d{4})/.exec(fact.time ?? '');
  if (period) return Number(period[2]) - Number(period[1]);
  const end = endYear(fact.time);
  const baseWords = metricWordTables(language).changeBaseWords.join('|');
  const base = new RegExp(`(?:${baseWords})\\s*(?:in\\s+)?(\\d{4})(?!\\d)`, 'i').exec(context.clause);
  return base && end !== null && Number(base[1]) < end ? end - Number(base[1]) : 1;
}

/** Marks each metric that restates an earlier one: the same figure said in nearly the same words. */
function gatherRestatements(metrics: Metric[]): Metric[] {
  const firsts: Metric[] = [];
  for (const metric of metrics) {
    metric.restates = firsts.find((first) => sameFigure(first.fact, metric.fact) && similarity(first.words, metric.words) >= restatementSimilarity);
    if (!metric.restates) firsts.push(metric);
  }
  return metrics;
}

/** Restatements round: 8.16 万亿元 in one chapter is 81616 亿元 in another. */
const restatementTolerance = 0.005;

/** True when two metrics give the same figure, up to the rounding of a restatement. */
export function sameFigure(a: Fact, b: Fact): boolean {
  return a.kind === b.kind && a.unit === b.unit && Math.abs(a.value - b.value) <= restatementTolerance * Math.max(Math.abs(a.value), Math.abs(b.value));
}
