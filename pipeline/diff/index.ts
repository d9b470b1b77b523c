import type { Fact, FactsDocumentInfo, FactsFile } from '../types.js';
import { defaultMatchOptions, matchMetrics, type Candidate, type MatchOptions } from './match.js';
import { describeMetrics, reportingYear, reportingYearFacts, type Metric } from './metrics.js';
import { factContexts } from './context.js';
import { metricName as nameMetric } from './names.js';

export { renderDiffMarkdown } from './render.js';
export type { MatchOptions as DiffOptions } from './match.js';

/** How a metric moved from the old edition to the new. */
export interface FactChange {
  /** New value minus old, in the facts' unit (percentage points for percentages). */
  absolute: number;
  /** The absolute change over the old value (0.985 = +98.5%); null when the old value is 0. */
  relative: number | null;
}

export interface UnchangedMetric {
  /** What is measured, in the new edition's words. */
  metric: string;
  old: Fact;
  new: Fact;
  /** How surely the two facts are the same metric, 0–1: how much worse the best pairing without this pair would be. */
  confidence: number;
}

export interface ChangedMetric extends UnchangedMetric {
  change: FactChange;
}

/** Facts that could each be the other edition's counterpart, too alike to choose between. */
export interface AmbiguousMatch {
  metric: string;
  old: Fact[];
  new: Fact[];
}

export interface EditionInfo extends FactsDocumentInfo {
  /** The year whose figures were compared (the edition year, or the year most facts state). */
  reporting_year: number | null;
  /** Facts about the reporting year, compared. */
  facts_compared: number;
  /** Facts about other years (baselines, the "from" end of from-to pairs), not compared. */
  facts_not_compared: number;
}

/** The content of diff.yaml: what changed between two editions of a report. */
export interface FactsDiff {
  old: EditionInfo;
  new: EditionInfo;
  summary: { changed: number; unchanged: number; ambiguous: number; only_old: number; only_new: number };
  changed: ChangedMetric[];
  unchanged: UnchangedMetric[];
  ambiguous: AmbiguousMatch[];
  /** Metrics only the old edition reports (each once, however often it restates them). */
  only_old: Fact[];
  only_new: Fact[];
}

/**
 * Matches the metrics two editions report for their own years — by the words naming what is
 * measured (segmented, so order and particles do not matter), unit, kind and place in the
 * report — and says what changed.
 */
export function diffFacts(oldFile: FactsFile, newFile: FactsFile, options: Partial<MatchOptions> = {}): FactsDiff {
  const oldYear = reportingYear(oldFile);
  const newYear = reportingYear(newFile);
  const oldFacts = reportingYearFacts(oldFile, oldYear);
  const newFacts = reportingYearFacts(newFile, newYear);
  const contexts = new Map([...factContexts(oldFile.facts), ...factContexts(newFile.facts)]);
  const metrics = describeMetrics(oldFacts, newFacts, contexts, newFile.document.language);
  const language = newFile.document.language;
  // The new edition's name for the metric, else the old one's.
  const metricName = (next: Fact, old: Fact) => nameMetric(next, contexts.get(next)!, language) || nameMetric(old, contexts.get(old)!, language);
  const yearsApart = oldYear !== null && newYear !== null ? Math.max(1, newYear - oldYear) : 1;
  const matching = matchMetrics(metrics.old, metrics.new, yearsApart, { ...defaultMatchOptions, ...options });

  const inNewOrder = (a: Candidate, b: Candidate) => newFacts.indexOf(a.new.fact) - newFacts.indexOf(b.new.fact);
  const pairs = [...matching.pairs].sort(inNewOrder);
  const describePair = (pair: Candidate): UnchangedMetric => ({
    metric: metricName(pair.new.fact, pair.old.fact),
    old: pair.old.fact,
    new: pair.new.fact,
    confidence: Number(pair.confidence.toFixed(3)),
  });
  const changed = pairs.filter((pair) => !sameValue(pair)).map((pair) => ({ ...describePair(pair), change: change(pair) }));
  const unchanged = pairs.filter(sameValue).map(describePair);
  const ambiguous = matching.ambiguous.map((group) => ({
    metric: metricName(group.new[0]!.fact, group.old[0]!.fact),
    old: group.old.map((metric) => metric.fact),
    new: group.new.map((metric) => metric.fact),
  }));
  // A metric is settled when it or any restatement of it was paired or found ambiguous; the
  // others are listed once, by their first mention.
  const firstMention = (metric: Metric) => metric.restates ?? metric;
  const settled = new Set<Metric>([...matching.pairs, ...matching.ambiguous].flatMap((group) => [group.old, group.new].flat()).map(firstMention));
  const unpaired = (all: Metric[]) => all.filter((metric) => !metric.restates && !settled.has(metric)).map((metric) => metric.fact);
  const only_old = unpaired(metrics.old);
  const only_new = unpaired(metrics.new);

  const edition = (file: FactsFile, year: number | null, compared: Fact[]): EditionInfo => ({
    ...file.document,
    reporting_year: year,
    facts_compared: compared.length,
    facts_not_compared: file.facts.length - compared.length,
  });
  return {
    old: edition(oldFile, oldYear, oldFacts),
    new: edition(newFile, newYear, newFacts),
    summary: { changed: changed.length, unchanged: unchanged.length, ambiguous: ambiguous.length, only_old: only_old.length, only_new: only_new.length },
    changed,
    unchanged,
    ambiguous,
    only_old,
    only_new,
  };
}

function sameValue(pair: Candidate): boolean {
  return pair.old.fact.value === pair.new.fact.value && pair.old.fact.value_max === pair.new.fact.value_max;
}

/** Twelve significant digits: enough for any figure of a report, and no binary noise (0.1 + 0.2). */
const roundNoise = (value: number) => Number(value.toPrecision(12));

/** A share written 1/3 in one edition and 37% in the other moves by 3.7 points: fractions are percentages already. */
function change({ old: { fact: old }, new: { fact: next } }: Candidate): FactChange {
  const absolute = next.value - old.value;
  return { absolute: roundNoise(absolute), relative: old.value === 0 ? null : roundNoise(absolute / old.value) };
}
