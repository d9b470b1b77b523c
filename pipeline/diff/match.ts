import { maximumWeightAssignment, type WeightMatrix } from './assignment.js';
import { sameFigure, type Metric } from './metrics.js';
import { changePlausibility } from './plausibility.js';
import { similarity } from './words.js';

export interface MatchOptions {
  /** Lowest similarity of what two facts say they measure for them to be the same metric (0–1). */
  minSimilarity: number;
  /**
   * A pair whose loss would cost the best assignment less than this (a rival arrangement scores
   * nearly as well) is ambiguous: reported, not guessed.
   */
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

/**
 * Units a count may be written with for the same thing from one edition to the next: 个 and 家,
 * 亿张 and 亿人 (cards issued, people holding one), 次 and 人次.
 */
const looseUnitFamilies = [new Set(['item', 'organization', 'person', 'household']), new Set(['times', 'person_times'])];
/** The score kept when two counts agree only loosely in their units (个 against 家, 亿人 against 亿). */
const looseUnitFactor = 0.9;
/**
 * How much more alike the words of two counts must be when their units agree only loosely: more
 * for two different classifiers (亿张, 亿人) than for a count that writes none (4.62 亿, 6.08 亿人).
 */
const looseUnitMargin = { classifiers: 0.15, unwritten: 0.05 };
/** The score kept when one figure is what a period added (新建) and the other a stock (累计建成). */
const incrementMismatchFactor = 0.7;

export interface Candidate {
  old: Metric;
  new: Metric;
  score: number;
  /**
   * How surely the two are the same metric, 0–1: the share of the pair's score the best
   * assignment would lose without it (1 when no rival arrangement comes near).
   */
  confidence: number;
}

export interface Matching {
  pairs: Candidate[];
  /** Metrics that could each be the counterpart of the others, too close to tell apart. */
  ambiguous: { old: Metric[]; new: Metric[] }[];
}

/** A rank is a position (第14位) or a bound (前10名, 前三): a top ten and a first place are different measures. */
const rankSort = (metric: Metric) => (metric.fact.qualifier === 'lt' || metric.fact.qualifier === 'lte' ? 'bound' : 'position');

/** How far two metrics' units agree: fully, loosely (with the extra word likeness asked), or never (null). */
function unitAgreement(oldMetric: Metric, newMetric: Metric): { factor: number; margin: number } | null {
  const [a, b] = [oldMetric.fact, newMetric.fact];
  if (a.kind !== b.kind) return null;
  if (a.kind === 'rank' && rankSort(oldMetric) !== rankSort(newMetric)) return null;
  if (a.unit === b.unit) return { factor: 1, margin: 0 };
  if (a.kind !== 'count') return null;
  // A count written without a unit (4.62 亿) may be of anything; classifiers (个, 家) stand for each other.
  if (a.unit === '' || b.unit === '') return { factor: looseUnitFactor, margin: looseUnitMargin.unwritten };
  const related = looseUnitFamilies.some((family) => family.has(a.unit) && family.has(b.unit));
  return related ? { factor: looseUnitFactor, margin: looseUnitMargin.classifiers } : null;
}

function candidateScore(old: Metric, next: Metric, yearsApart: number, options: MatchOptions): number | null {
  const agreement = unitAgreement(old, next);
  if (!agreement) return null;
  // A change since 2017 and a change year on year are different measures.
  if (old.changeSpan !== null && next.changeSpan !== null && old.changeSpan !== next.changeSpan) return null;
  const plausibility = changePlausibility(old.fact, next.fact, yearsApart);
  if (plausibility === 0) return null;
  const words = similarity(old.words, next.words);
  // Units that agree only loosely leave the words to say more: 覆盖用户超过 1 亿 is not 千兆用户 3456万户.
  if (words < options.minSimilarity + agreement.margin) return null;
  const sameSentencePlace = old.template === next.template && old.ordinal === next.ordinal;
  const increment = old.increment === next.increment ? 1 : incrementMismatchFactor;
  const described = (1 - placeWeight) * words + placeWeight * similarity(old.place, next.place);
  return agreement.factor * plausibility * increment * described + (sameSentencePlace ? sameSentenceBonus : 0);
}

/** Groups of rows and columns that share candidates: each is assigned on its own. */
function components(weights: WeightMatrix): { rows: number[]; columns: number[] }[] {
  const rowCount = weights.length;
  const parent = Array.from({ length: rowCount + (weights[0]?.length ?? 0) }, (_, index) => index);
  const find = (node: number): number => (parent[node] === node ? node : (parent[node] = find(parent[node]!)));
  weights.forEach((row, rowIndex) =>
    row.forEach((weight, column) => {
      if (weight !== null) parent[find(rowIndex)] = find(rowCount + column);
    }),
  );
  const groups = new Map<number, { rows: number[]; columns: number[] }>();
  weights.forEach((row, rowIndex) => {
    if (row.every((weight) => weight === null)) return;
    const root = find(rowIndex);
    if (!groups.has(root)) groups.set(root, { rows: [], columns: [] });
    groups.get(root)!.rows.push(rowIndex);
  });
  for (let column = 0; column < (weights[0]?.length ?? 0); column++) groups.get(find(rowCount + column))?.columns.push(column);
  return [...groups.values()];
}

const total = (weights: WeightMatrix, pairs: [number, number][]) => pairs.reduce((sum, [row, column]) => sum + weights[row]![column]!, 0);

/**
 * Pairs each metric of the old edition with the same metric of the new one: the one-to-one
 * assignment of the highest total score over all candidates of the same unit family and kind
 * whose change is plausible. A pair the assignment could lose at little cost — a rival
 * arrangement, with another figure, scores nearly as well — is reported ambiguous with its rivals.
 * Restatements of one figure are no rivals: whichever mention is paired, the pair is the same.
 */
export function matchMetrics(oldMetrics: Metric[], newMetrics: Metric[], yearsApart: number, options: MatchOptions = defaultMatchOptions): Matching {
  const weights: WeightMatrix = oldMetrics.map((old) => newMetrics.map((next) => candidateScore(old, next, yearsApart, options)));
  const matching: Matching = { pairs: [], ambiguous: [] };
  for (const { rows, columns } of components(weights)) {
    const local: WeightMatrix = rows.map((row) => columns.map((column) => weights[row]![column]!));
    const best = maximumWeightAssignment(local);
    const bestTotal = total(local, best);
    for (const [row, column] of best) {
      const old = oldMetrics[rows[row]!]!;
      const next = newMetrics[columns[column]!]!;
      const score = local[row]![column]!;
      // The best arrangement without this pair, nor any restatement of either figure in its place.
      const without = local.map((weightRow, otherRow) =>
        weightRow.map((weight, otherColumn) => {
          const oldTwin = otherRow === row || sameFigure(oldMetrics[rows[otherRow]!]!.fact, old.fact);
          const newTwin = otherColumn === column || sameFigure(newMetrics[columns[otherColumn]!]!.fact, next.fact);
          return (otherRow === row && newTwin) || (otherColumn === column && oldTwin) ? null : weight;
        }),
      );
      const alternative = maximumWeightAssignment(without);
      const loss = bestTotal - total(without, alternative);
      if (loss >= options.ambiguityMargin) {
        matching.pairs.push({ old, new: next, score, confidence: Math.min(1, loss / score) });
        continue;
      }
      // The rivals: what the alternative pairs this old metric and this new one with instead.
      const rivalNew = alternative.filter(([otherRow]) => otherRow === row).map(([, otherColumn]) => newMetrics[columns[otherColumn]!]!);
      const rivalOld = alternative.filter(([, otherColumn]) => otherColumn === column).map(([otherRow]) => oldMetrics[rows[otherRow]!]!);
      matching.ambiguous.push({ old: [old, ...rivalOld], new: [next, ...rivalNew] });
    }
  }
  // A rival paired surely in its own right keeps its pair and leaves the ambiguous group.
  const paired = new Set(matching.pairs.flatMap((pair) => [pair.old, pair.new]));
  matching.ambiguous = matching.ambiguous.map((group) => ({
    old: group.old.filter((metric, index) => index === 0 || !paired.has(metric)),
    new: group.new.filter((metric, index) => index === 0 || !paired.has(metric)),
  }));
  return matching;
}
