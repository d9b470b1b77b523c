import { sameFigure, type Metric } from './metrics.js';
import { similarity } from './words.js';

export interface MatchOptions {
  /** Lowest similarity of what two facts say they measure for them to be the same metric (0–1). */
  minSimilarity: number;
  /** A rival candidate scoring within this of the best makes the match ambiguous. */
  ambiguityMargin: number;
}

export const defaultMatchOptions: MatchOptions = { minSimilarity: 0.4, ambiguityMargin: 0.05 };

/** How much the place in the report counts against what the facts say they measure. */
const placeWeight = 0.2;
/**
 * What being the same number of the same sentence, restated with new figures, adds to a score:
 * it tells apart the members of a list the words cannot ("分别增长22.2%、85.8%、35.2%和17.7%").
 */
const sameSentenceBonus = 0.1;

/** Classifier units a count may be written with for the same thing: 个, 家. */
const classifierUnits = new Set(['item', 'organization']);
/** The score kept when two counts agree only loosely in their units (个 against 家, 亿人 against 亿). */
const looseUnitFactor = 0.9;
/** How much more alike the words of two counts must be when their units agree only loosely. */
const looseUnitMargin = 0.15;

export interface Candidate {
  old: Metric;
  new: Metric;
  score: number;
}

export interface Matching {
  pairs: Candidate[];
  /** Metrics that could each be the counterpart of the others, too close to tell apart. */
  ambiguous: { old: Metric[]; new: Metric[] }[];
}

/** A rank is a position (第14位) or a bound (前10名, 前三): a top ten and a first place are different measures. */
const rankSort = (metric: Metric) => (metric.fact.qualifier === 'lt' || metric.fact.qualifier === 'lte' ? 'bound' : 'position');

/** 1 when two metrics may be compared as they are, less when only their classifiers agree, 0 when never. */
function unitAgreement(oldMetric: Metric, newMetric: Metric): number {
  const [a, b] = [oldMetric.fact, newMetric.fact];
  if (a.kind !== b.kind) return 0;
  if (a.kind === 'rank' && rankSort(oldMetric) !== rankSort(newMetric)) return 0;
  if (a.unit === b.unit) return 1;
  if (a.kind !== 'count') return 0;
  // A count written without a unit (4.62 亿) may be of anything; classifiers (个, 家) stand for each other.
  const agree = a.unit === '' || b.unit === '' || (classifierUnits.has(a.unit) && classifierUnits.has(b.unit));
  return agree ? looseUnitFactor : 0;
}

function candidate(old: Metric, next: Metric, options: MatchOptions): Candidate | undefined {
  const agreement = unitAgreement(old, next);
  if (agreement === 0) return undefined;
  const words = similarity(old.words, next.words);
  // Units that agree only loosely leave the words to say more: 覆盖用户超过 1 亿 is not 千兆用户 3456万户.
  if (words < options.minSimilarity + (agreement < 1 ? looseUnitMargin : 0)) return undefined;
  const sameSentencePlace = old.template === next.template && old.ordinal === next.ordinal;
  const score = agreement * ((1 - placeWeight) * words + placeWeight * similarity(old.place, next.place)) + (sameSentencePlace ? sameSentenceBonus : 0);
  return { old, new: next, score };
}

/**
 * Pairs each metric of the old edition with the same metric of the new one, best scores first.
 * A candidate with a rival nearly as good — another metric of a different figure that could
 * equally be its counterpart — is reported ambiguous with its rivals instead of guessed.
 */
export function matchMetrics(oldMetrics: Metric[], newMetrics: Metric[], options: MatchOptions = defaultMatchOptions): Matching {
  const candidates: Candidate[] = [];
  for (const old of oldMetrics) {
    for (const next of newMetrics) {
      const found = candidate(old, next, options);
      if (found) candidates.push(found);
    }
  }
  candidates.sort((a, b) => b.score - a.score);
  const used = new Set<Metric>();
  const matching: Matching = { pairs: [], ambiguous: [] };
  for (const best of candidates) {
    if (used.has(best.old) || used.has(best.new)) continue;
    const rivals = candidates.filter(
      (other) =>
        other !== best &&
        other.score >= best.score - options.ambiguityMargin &&
        ((other.old === best.old && !used.has(other.new) && !sameFigure(other.new.fact, best.new.fact)) ||
          (other.new === best.new && !used.has(other.old) && !sameFigure(other.old.fact, best.old.fact))),
    );
    const involved = [best, ...rivals];
    for (const { old, new: next } of involved) used.add(old).add(next);
    if (rivals.length === 0) matching.pairs.push(best);
    else matching.ambiguous.push({ old: unique(involved.map((pair) => pair.old)), new: unique(involved.map((pair) => pair.new)) });
  }
  return matching;
}

function unique<T>(items: T[]): T[] {
  return [...new Set(items)];
}
