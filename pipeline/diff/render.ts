import { markdownTable, tableCell } from '../markdown-table.js';
import type { Fact } from '../types.js';
import type { EditionInfo, FactChange, FactsDiff } from './index.js';

/** The number as written, and the time it is about: "71.8 万个 (2020)". */
const figure = (fact: Fact) => tableCell(`${fact.text}${fact.time ? ` (${fact.time})` : ''}`);

const chapterOf = (fact: Fact) => fact.section[0] ?? '';

const signed = (value: number, digits: number) =>
  `${value > 0 ? '+' : value < 0 ? '−' : '±'}${Math.abs(value).toLocaleString('en-US', { maximumFractionDigits: digits })}`;

/** The scale word and unit after the number as written: "71.8 万个" → " 万个", "1.36 trillion yuan" → " trillion yuan". */
export const writtenTail = (fact: Fact) => /^\D*?\d[\d,]*(?:\.\d+)?(\D*)$/.exec(fact.text)?.[1];

/**
 * The change in the new fact's own terms: "+70.7 万个 (+98.5%)", "+4.8万亿元 (+12.9%)"; for
 * percentages the difference is in points: "+4.5 points (+6.4%)".
 */
function describeChange(change: FactChange, fact: Fact): string {
  const tail = writtenTail(fact);
  const absolute =
    fact.unit === '%'
      ? `${signed(change.absolute, 4)} points`
      : tail === undefined
        ? `${signed(change.absolute, 4)}${fact.unit_text}`
        : `${signed(change.absolute / fact.scale, 4)}${tail}`;
  return change.relative === null ? absolute : `${absolute} (${signed(change.relative * 100, 1)}%)`;
}

/** Rows grouped under the chapter they belong to, chapters in order of first appearance. */
function byChapter<T>(items: T[], chapter: (item: T) => string): [string, T[]][] {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const key = chapter(item);
    groups.set(key, [...(groups.get(key) ?? []), item]);
  }
  return [...groups];
}

const editionLabel = (edition: EditionInfo) => `${edition.reporting_year ?? '?'} edition`;

/** diff.md: what a person reads — per chapter, each metric with both values, their years and the change. */
export function renderDiffMarkdown(diff: FactsDiff): string {
  const oldLabel = editionLabel(diff.old);
  const newLabel = editionLabel(diff.new);
  const pairs = [...diff.changed, ...diff.unchanged.map((pair) => ({ ...pair, change: undefined }))];
  const lines = [
    `# What changed from “${tableCell(diff.old.title)}” to “${tableCell(diff.new.title)}”`,
    '',
    `Old: \`${diff.old.source_file}\`, ${diff.old.facts_compared} facts about ${diff.old.reporting_year ?? 'its own year'} compared (${diff.old.facts_not_compared} about other years not). ` +
      `New: \`${diff.new.source_file}\`, ${diff.new.facts_compared} facts about ${diff.new.reporting_year ?? 'its own year'} compared (${diff.new.facts_not_compared} about other years not).`,
    '',
    '| | metrics |',
    '| --- | ---: |',
    `| changed | ${diff.summary.changed} |`,
    `| unchanged | ${diff.summary.unchanged} |`,
    `| ambiguous (not paired) | ${diff.summary.ambiguous} |`,
    `| only in the old edition | ${diff.summary.only_old} |`,
    `| only in the new edition | ${diff.summary.only_new} |`,
    '',
  ];
  for (const [chapter, rows] of byChapter(pairs, (pair) => chapterOf(pair.new))) {
    lines.push(`## ${tableCell(chapter) || '(before the first chapter)'}`, '');
    lines.push(
      ...markdownTable(
        ['metric', oldLabel, newLabel, 'change'],
        rows.map((pair) => [tableCell(pair.metric), figure(pair.old), figure(pair.new), pair.change ? describeChange(pair.change, pair.new) : 'unchanged']),
      ),
    );
  }
  lines.push('## Ambiguous: not paired', '');
  lines.push(
    ...markdownTable(
      ['metric', oldLabel, newLabel],
      diff.ambiguous.map((group) => [tableCell(group.metric), group.old.map(figure).join('; '), group.new.map(figure).join('; ')]),
    ),
  );
  for (const [heading, facts] of [
    [`Only in the ${oldLabel}`, diff.only_old],
    [`Only in the ${newLabel}`, diff.only_new],
  ] as const) {
    lines.push(`## ${heading}`, '');
    lines.push(...markdownTable(['chapter', 'metric', 'value', 'sentence'], facts.map((fact) => [tableCell(chapterOf(fact)), tableCell(fact.subject), figure(fact), tableCell(fact.sentence)])));
  }
  return lines.join('\n');
}
