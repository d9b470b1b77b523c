import { csvText } from '../csv.js';
import { diffFacts, type UnchangedMetric } from '../diff/index.js';
import { sameFigure } from '../diff/metrics.js';
import { reportingYear } from '../diff/metrics.js';
import type { Fact, FactKind, FactsFile } from '../types.js';

export { renderSeriesHtml } from './html.js';

/** One edition of a series: a facts file and the year it reports. */
export interface SeriesEdition {
  title: string;
  /** The year whose figures the edition reports (its edition year, or the year most facts state). */
  year: number | null;
  source_file: string;
}

/** A metric's figure in one edition. */
export interface SeriesPoint {
  /** The edition's title. */
  edition: string;
  year: number | null;
  /** In base units, as in the facts file (142.5 万个 → 1425000). */
  value: number;
  /** The unit as written, without scale: 个, 元, %. */
  unit: string;
  /** The figure as written: "142.5万个". */
  text: string;
  source_file: string;
  fact_id: string;
  fact: Fact;
}

/** One metric followed across editions: the facts each consecutive diff paired, in reporting order. */
export interface MetricSeries {
  /** m1, m2, … in the order the metrics first appear. */
  id: string;
  /** Its name in the newest edition that states it: 5G 基站, 网上零售额. */
  metric: string;
  kind: FactKind;
  points: SeriesPoint[];
}

/** The content of series.json. */
export interface FactsSeries {
  editions: SeriesEdition[];
  /** Metrics that two or more editions state. */
  metrics: MetricSeries[];
}

/** Editions in reporting order: by year (an edition whose year cannot be told last), then by title. */
function inReportingOrder(files: FactsFile[]): { file: FactsFile; year: number | null }[] {
  return files
    .map((file) => ({ file, year: reportingYear(file) }))
    .sort((a, b) => (a.year ?? Infinity) - (b.year ?? Infinity) || a.file.document.title.localeCompare(b.file.document.title));
}

/**
 * Follows each metric across N editions of a report (any order; they are put in reporting
 * order): each edition is diffed with the next, and the pairs chained — a pair whose old fact is
 * the new fact of the previous pair (or a restatement of its figure in that edition) continues
 * that metric's series.
 */
export function buildSeries(files: FactsFile[]): FactsSeries {
  const ordered = inReportingOrder(files);
  const editions = ordered.map(({ file, year }) => ({ title: file.document.title, year, source_file: file.document.source_file }));
  const chains: { facts: Fact[]; editions: number[]; names: string[] }[] = [];
  // The chain each fact of the previous edition ended, found by the fact or a restatement of its figure.
  let open = new Map<Fact, (typeof chains)[number]>();
  for (let index = 0; index + 1 < ordered.length; index++) {
    const diff = diffFacts(ordered[index]!.file, ordered[index + 1]!.file);
    const next = new Map<Fact, (typeof chains)[number]>();
    const pairs: UnchangedMetric[] = [...diff.changed, ...diff.unchanged].sort((a, b) => ordered[index + 1]!.file.facts.indexOf(a.new) - ordered[index + 1]!.file.facts.indexOf(b.new));
    for (const pair of pairs) {
      const continued = open.get(pair.old) ?? [...open].find(([fact]) => sameFigure(fact, pair.old) && fact.subject === pair.old.subject)?.[1];
      const chain = continued && !next.has(pair.new) && continued.editions.at(-1) === index ? continued : { facts: [pair.old], editions: [index], names: [] };
      if (chain !== continued) chains.push(chain);
      chain.facts.push(pair.new);
      chain.editions.push(index + 1);
      chain.names.push(pair.metric);
      next.set(pair.new, chain);
    }
    open = next;
  }
  const metrics = chains.map((chain, chainIndex) => ({
    id: `m${chainIndex + 1}`,
    metric: chain.names.at(-1)!,
    kind: chain.facts.at(-1)!.kind,
    points: chain.facts.map((fact, position) => {
      const edition = editions[chain.editions[position]!]!;
      return { edition: edition.title, year: edition.year, value: fact.value, unit: fact.unit_text, text: fact.text, source_file: edition.source_file, fact_id: fact.id, fact };
    }),
  }));
  return { editions, metrics };
}

/** The columns of series.csv: one row per metric and edition. */
export const seriesColumns = ['metric_id', 'metric', 'edition', 'year', 'value', 'unit', 'text', 'source_file', 'fact_id'] as const;

/** series.csv: one row per metric and edition that states it. */
export function renderSeriesCsv(series: FactsSeries): string {
  const rows = series.metrics.flatMap((metric) =>
    metric.points.map((point) => ({
      metric_id: metric.id,
      metric: metric.metric,
      edition: point.edition,
      year: point.year,
      value: point.value,
      unit: point.unit,
      text: point.text,
      source_file: point.source_file,
      fact_id: point.fact_id,
    })),
  );
  return csvText([...seriesColumns], rows);
}
