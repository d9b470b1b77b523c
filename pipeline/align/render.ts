import { markdownTable, tableCell } from '../markdown-table.js';
import type { Fact, Qualifier } from '../types.js';
import type { Alignment } from './index.js';

const qualifierSign: Record<Qualifier, string> = { exact: '', approx: '≈', gt: '>', gte: '≥', lt: '<', lte: '≤' };

/** The number as written, then as read: "超过 80 家 = >80 (count, organization, 2020-06)". */
function describe(fact: Fact): string {
  const details = [fact.kind, fact.unit, fact.time ?? ''].filter(Boolean);
  const range = fact.value_max === undefined ? '' : `–${fact.value_max}`;
  return tableCell(`${fact.text} = ${qualifierSign[fact.qualifier]}${fact.value}${range} (${details.join(', ')})`);
}

const where = (fact: Fact) => tableCell(fact.section.at(-1) ?? '');

/** align.md: what a translation editor reads — the problems first, each with both sentences. */
export function renderAlignmentMarkdown(alignment: Alignment): string {
  const { summary } = alignment;
  const lines = [
    `# Numbers of “${tableCell(alignment.translation.title)}” checked against “${tableCell(alignment.original.title)}”`,
    '',
    `Translation: \`${alignment.translation.source_file}\` (${alignment.translation.language}); original: \`${alignment.original.source_file}\` (${alignment.original.language}).`,
    '',
    '| | facts |',
    '| --- | ---: |',
    `| facts in the translation | ${summary.translation_facts} |`,
    `| facts of the original in the sections translated | ${summary.original_facts_covered} |`,
    `| rendered as in the original | ${summary.pairs} |`,
    `| rendered differently | ${summary.differences} |`,
    `| only in the translation | ${summary.only_in_translation} |`,
    `| only in the original (left out) | ${summary.only_in_original} |`,
    '',
    '## Differences',
    '',
    ...markdownTable(
      ['fields', 'translation', 'original', 'translation sentence', 'original sentence'],
      alignment.differences.map(({ original, translation, fields }) => [
        fields.join(', '),
        describe(translation),
        describe(original),
        tableCell(translation.sentence),
        tableCell(original.sentence),
      ]),
    ),
    '## Only in the translation',
    '',
    ...markdownTable(['section', 'translation', 'sentence'], alignment.only_in_translation.map((fact) => [where(fact), describe(fact), tableCell(fact.sentence)])),
    '## Only in the original',
    '',
    ...markdownTable(['section', 'original', 'sentence'], alignment.only_in_original.map((fact) => [where(fact), describe(fact), tableCell(fact.sentence)])),
    '## Rendered as in the original',
    '',
    ...markdownTable(['section', 'translation', 'original'], alignment.pairs.map(({ original, translation }) => [where(translation), describe(translation), describe(original)])),
  ];
  return lines.join('\n');
}
