import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import YAML from 'yaml';
import type { Fact } from '../../pipeline/index.js';
import { fixture } from '../helpers.js';

/** One hand-annotated claim (tests/fixtures/facts-gold/README.md). */
export interface GoldClaim {
  sentence: string;
  value: number;
  unit: string;
  qualifier: string;
  time: string | null;
  kind: string;
  /** For a change, when the annotation says which way it goes. */
  direction?: 'up' | 'down';
  /** A doubtful claim (a bound written as a threshold, a duration in a plan's name): neither missed nor spurious. */
  optional?: boolean;
}

export interface GoldFile {
  name: string;
  source: string;
  /** Snippets of the first and last sentences of the annotated region. */
  from: string;
  to: string;
  claims: GoldClaim[];
}

export function goldFiles(directory = fixture('facts-gold')): GoldFile[] {
  return readdirSync(directory)
    .filter((name) => name.endsWith('.yaml'))
    .sort()
    .map((name) => ({ name, ...(YAML.parse(readFileSync(join(directory, name), 'utf8')) as Omit<GoldFile, 'name'>) }));
}

/**
 * Text without whitespace, cell bars, bold marks, Markdown escapes or footnote marks, in NFKC:
 * sentences (and table rows) are compared across line wraps, spacing, the seed's stray **bold**
 * marks, a Markdown rendering's [^2] where the fact's sentence has ² or [2], and fullwidth digits.
 */
const squeeze = (text: string) => text.replace(/\[\^?\d+\]|[\s|*\\¹²³⁰⁴-⁹]+/g, '').normalize('NFKC');

/** The years of a time: '2020-11' → '2020', '2016/2020' stays, a quarter '2022-01/2022-03' → '2022'. */
const years = (time: string | null) => (time === null ? null : [...new Set(time.split('/').map((t) => t.slice(0, 4)))].join('/'));

const sameValue = (a: number, b: number) => Math.abs(a - b) <= 1e-6 * Math.max(1, Math.abs(b));

export interface Evaluation {
  gold: number;
  extracted: number;
  matched: number;
  precision: number;
  recall: number;
  year: number;
  unit: number;
  qualifier: number;
  kind: number;
  /** Over matched changes whose annotation gives a direction. */
  direction: number;
  missed: GoldClaim[];
  spurious: Fact[];
  wrong: { field: string; gold: GoldClaim; fact: Fact }[];
}

/** The YAML front matter of a Markdown rendering, which repeats the title and chapter headings. */
const frontMatter = /^---\n[\s\S]*?\n---\n/;

/**
 * Where each fact's sentence stands in the squeezed text. A sentence written several times (a
 * 10-Q repeats its highlights) is placed at its n-th occurrence for the n-th sentence read with
 * that text; the facts of one sentence share their block and sentence (or table row) ids: f3-2-1,
 * f3-2-2; f7-4-1-1, f7-4-2-1. Occurrences that start a line or follow a sentence's end are
 * preferred, so a chart label "42%" is not placed inside "… 42% of the respondents …".
 */
function sentencePositions(facts: Fact[], text: string, lineStarts: Set<number>): Map<Fact, number> {
  const positions = new Map<Fact, number>();
  const occurrenceOf = new Map<string, number>();
  const seen = new Map<string, number>();
  const occurrences = (squeezed: string) => {
    const all: number[] = [];
    for (let at = text.indexOf(squeezed); at >= 0; at = text.indexOf(squeezed, at + 1)) all.push(at);
    const aligned = all.filter((at) => lineStarts.has(at) || /[。.!?；;:：]/.test(text[at - 1] ?? ''));
    return aligned.length > 0 ? aligned : all;
  };
  for (const fact of facts) {
    const sentenceKey = fact.id.replace(/^(f\d+-\d+)(?:-\d+)?-\d+$/, '$1');
    const squeezed = squeeze(fact.sentence);
    if (!occurrenceOf.has(sentenceKey)) {
      const n = seen.get(squeezed) ?? 0;
      seen.set(squeezed, n + 1);
      const found = occurrences(squeezed);
      occurrenceOf.set(sentenceKey, found[Math.min(n, found.length - 1)] ?? -1);
    }
    positions.set(fact, occurrenceOf.get(sentenceKey)!);
  }
  return positions;
}

/**
 * Scores the facts of a document against a gold file: a claim matches a fact when the fact's
 * sentence contains the claim's snippet and the values are equal; each fact matches once.
 * Facts count as extracted when their sentence lies in the annotated region.
 */
export function evaluate(facts: Fact[], gold: GoldFile, sourceText: string): Evaluation {
  const lines = sourceText.replace(frontMatter, '').split('\n').map(squeeze);
  const text = lines.join('');
  const lineStarts = new Set<number>();
  lines.reduce((offset, line) => (lineStarts.add(offset), offset + line.length), 0);
  const regionStart = text.indexOf(squeeze(gold.from));
  const regionEnd = text.indexOf(squeeze(gold.to), regionStart) + squeeze(gold.to).length;
  if (regionStart < 0 || regionEnd < regionStart) throw new Error(`${gold.name}: region not found`);
  const positions = sentencePositions(facts, text, lineStarts);
  const inRegion = facts.filter((fact) => {
    const at = positions.get(fact) ?? -1;
    return at >= 0 && at < regionEnd && at + squeeze(fact.sentence).length > regionStart;
  });
  const used = new Set<Fact>();
  const pairs: { gold: GoldClaim; fact: Fact }[] = [];
  const missed: GoldClaim[] = [];
  const matchOf = (claim: GoldClaim) =>
    inRegion.find((f) => !used.has(f) && squeeze(f.sentence).includes(squeeze(claim.sentence)) && sameValue(f.value, claim.value));
  for (const claim of gold.claims.filter((c) => !c.optional)) {
    const fact = matchOf(claim);
    if (fact) {
      used.add(fact);
      pairs.push({ gold: claim, fact });
    } else missed.push(claim);
  }
  // A fact found for a doubtful claim counts neither way.
  let optionalMatches = 0;
  for (const claim of gold.claims.filter((c) => c.optional)) {
    const fact = matchOf(claim);
    if (fact) {
      used.add(fact);
      optionalMatches += 1;
    }
  }
  const extracted = inRegion.length - optionalMatches;
  const required = gold.claims.length - gold.claims.filter((c) => c.optional).length;
  const wrong: Evaluation['wrong'] = [];
  const share = (field: string, same: (g: GoldClaim, f: Fact) => boolean, applies = (_g: GoldClaim) => true) => {
    const judged = pairs.filter((p) => applies(p.gold));
    const right = judged.filter((p) => same(p.gold, p.fact));
    for (const p of judged) if (!same(p.gold, p.fact)) wrong.push({ field, ...p });
    return judged.length === 0 ? 1 : right.length / judged.length;
  };
  return {
    gold: required,
    extracted,
    matched: pairs.length,
    precision: extracted === 0 ? 0 : pairs.length / extracted,
    recall: pairs.length / required,
    year: share('time', (g, f) => years(g.time) === years(f.time), (g) => g.time !== null),
    unit: share('unit', (g, f) => g.unit === f.unit),
    qualifier: share('qualifier', (g, f) => g.qualifier === f.qualifier),
    kind: share('kind', (g, f) => g.kind === f.kind),
    direction: share('direction', (g, f) => g.direction === f.direction, (g) => g.direction !== undefined),
    missed,
    spurious: inRegion.filter((f) => !used.has(f)),
    wrong,
  };
}

/** Sums evaluations of several files into one. */
export function combine(evaluations: Evaluation[]): Evaluation {
  const sum = (key: 'gold' | 'extracted' | 'matched') => evaluations.reduce((n, e) => n + e[key], 0);
  const weighted = (key: 'year' | 'unit' | 'qualifier' | 'kind' | 'direction') =>
    evaluations.reduce((n, e) => n + e[key] * e.matched, 0) / Math.max(1, sum('matched'));
  return {
    gold: sum('gold'),
    extracted: sum('extracted'),
    matched: sum('matched'),
    precision: sum('matched') / Math.max(1, sum('extracted')),
    recall: sum('matched') / Math.max(1, sum('gold')),
    year: weighted('year'),
    unit: weighted('unit'),
    qualifier: weighted('qualifier'),
    kind: weighted('kind'),
    direction: weighted('direction'),
    missed: evaluations.flatMap((e) => e.missed),
    spurious: evaluations.flatMap((e) => e.spurious),
    wrong: evaluations.flatMap((e) => e.wrong),
  };
}

const pct = (x: number) => (x * 100).toFixed(1);

/** A scored document as a log line, with what was missed, spurious and wrong. */
export function report(label: string, e: Evaluation): string {
  return [
    `${label}: gold ${e.gold}, extracted ${e.extracted}, matched ${e.matched}; P ${pct(e.precision)} R ${pct(e.recall)}; ` +
      `year ${pct(e.year)} unit ${pct(e.unit)} qualifier ${pct(e.qualifier)} kind ${pct(e.kind)} direction ${pct(e.direction)}`,
    ...e.missed.map((g) => `  missed: ${g.sentence} = ${g.value}`),
    ...e.spurious.map((f) => `  spurious: ${f.text} (${f.value} ${f.unit}) in ${f.sentence.slice(0, 50)}`),
    ...e.wrong.map((w) => `  wrong ${w.field}: ${w.gold.sentence} gold ${JSON.stringify(w.gold[w.field as 'unit'])} got ${JSON.stringify(w.fact[w.field as 'unit'])}`),
  ].join('\n');
}

/** A fact read from a table cell records the row, cells joined by bars. */
export const fromTable = (fact: Fact) => fact.sentence.includes(' | ');

/** Scores a gold file; when its region is missing from the Markdown (text lost at extraction) every claim is missed. */
export function scored(facts: Fact[], goldFile: GoldFile, markdown: string): Evaluation {
  try {
    return evaluate(facts, goldFile, markdown);
  } catch {
    const missed = goldFile.claims.filter((claim) => !claim.optional);
    const none = { precision: 0, recall: 0, year: 1, unit: 1, qualifier: 1, kind: 1, direction: 1 };
    return { gold: missed.length, extracted: 0, matched: 0, ...none, missed, spurious: [], wrong: [] };
  }
}
