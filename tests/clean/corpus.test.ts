import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { clean } from '../../pipeline/clean/index.js';
import { extract } from '../../pipeline/extract/index.js';
import { layout } from '../../pipeline/layout/index.js';
import type { CleanedDocument } from '../../pipeline/types.js';
import { fixture, projectRoot } from '../helpers.js';

interface TruthBlock {
  type: string;
  text?: string;
  caption?: string;
  source?: string;
  rows?: string[][];
  header_rows?: number;
  bold_spans?: [number, number][];
}
const truth = JSON.parse(readFileSync(fixture('truth/report.json'), 'utf8')) as { blocks: TruthBlock[] };
const truthTables = truth.blocks.filter((b) => b.type === 'table');
const truthFigures = truth.blocks.filter((b) => b.type === 'figure');
const boldParagraph = truth.blocks.find((b) => b.bold_spans)!;

const inputs: [string, string, boolean][] = [
  ['LibreOffice PDF', join(projectRoot, 'input', 'dcdr2020.libreoffice.pdf'), true],
  ['ReportLab CID PDF', fixture('dcdr2020.reportlab-cid.pdf'), false],
  ['seed text', fixture('digital-china-2020.zh.txt'), true],
];

const cleaned = new Map<string, Promise<CleanedDocument>>();
const cleanOf = (path: string) => {
  if (!cleaned.has(path)) cleaned.set(path, extract({ path }).then((doc) => clean(layout(doc))));
  return cleaned.get(path)!;
};

describe.each(inputs)('clean blocks of the %s', (_name, path, spacesExact) => {
  it('rebuilds both tables cell by cell, header row first', async () => {
    const tables = (await cleanOf(path)).blocks.filter((b) => b.kind === 'table');
    // ReportLab writes "江苏 天津" inside one run, where pdf.js gives no positions to tell its
    // space from justification: cells are compared without spaces; the other inputs exactly.
    const squeeze = (rows: string[][] | undefined) => (spacesExact ? rows : rows?.map((row) => row.map((cell) => cell.replace(/\s+/g, ''))));
    expect(tables.map((t) => ({ rows: squeeze(t.rows), headerRows: t.headerRows }))).toEqual(
      truthTables.map((t) => ({ rows: squeeze(t.rows), headerRows: t.header_rows })),
    );
  }, 60_000);

  it('keeps every figure caption and source line as a block of its own kind', async () => {
    const blocks = (await cleanOf(path)).blocks;
    const captions = blocks.filter((b) => b.kind === 'caption').map((b) => b.text.replace(/\s+/g, ''));
    const sources = blocks.filter((b) => b.kind === 'source').map((b) => b.text.replace(/\s+/g, ''));
    for (const figure of truthFigures) {
      expect(captions).toContain(figure.caption!.replace(/\s+/g, ''));
      expect(sources).toContain(figure.source!.replace(/\s+/g, ''));
    }
  }, 60_000);

  it('finds the bold spans of 新疆, 青海, 西藏', async () => {
    const block = (await cleanOf(path)).blocks.find((b) => b.text === boldParagraph.text);
    expect(block?.boldSpans).toEqual(boldParagraph.bold_spans);
  }, 60_000);
});

describe('clean on PDF input', () => {
  it('records the removed running header and page numbers', async () => {
    const doc = await cleanOf(join(projectRoot, 'input', 'dcdr2020.libreoffice.pdf'));
    expect(doc.furniture).toEqual({ headers: ['数字中国发展报告（2020 年）'], footers: [], pageNumbers: 35 });
    const reportlab = await cleanOf(fixture('dcdr2020.reportlab-cid.pdf'));
    expect(reportlab.furniture).toEqual({ headers: ['数字中国发展报告（2020 年）'], footers: [], pageNumbers: 37 });
  }, 60_000);

  it('marks headings bold and keeps them apart', async () => {
    const doc = await cleanOf(join(projectRoot, 'input', 'dcdr2020.libreoffice.pdf'));
    const headings = truth.blocks.filter((b) => b.type === 'heading').map((b) => b.text!);
    for (const heading of headings) expect(doc.blocks.find((b) => b.text === heading)?.bold, heading).toBe(true);
  }, 60_000);

  it('keeps the text of a vector chart (ticks, bar labels, legend) out of the prose', async () => {
    const doc = await cleanOf(fixture('layout/chart-report.pdf'));
    expect(doc.blocks.map((b) => [b.kind, b.text.slice(0, 20), b.page, b.pageEnd])).toEqual([
      ['text', 'Revenue grew in ever', 1, undefined],
      ['caption', 'Figure 1 Revenue by ', 1, undefined],
      ['source', 'Source: company fili', 1, undefined],
      ['text', 'Operating margins im', 1, 2],
      ['text', 'The outlook for next', 2, undefined],
      ['text', 'Method', 3, undefined],
      ['text', 'A last page closes t', 3, undefined],
    ]);
    // Set bold by stroking the glyphs (text rendering mode 2), as Word and WPS do.
    expect(doc.blocks.find((b) => b.text === 'Method')?.bold).toBe(true);
    expect(doc.furniture).toEqual({ headers: ['Sample Report 2024'], footers: [], pageNumbers: 3 });
  }, 60_000);
});
