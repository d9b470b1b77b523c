import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { convert, type RenderedDocument } from '../../pipeline/index.js';
import { fixture, projectRoot } from '../helpers.js';
import { characterErrorRate, extraOccurrences, pageNumberLines, truthParagraphs, wholeParagraphShare } from './metrics.js';

const truth = readFileSync(fixture('truth/report.txt'), 'utf8');
const runningHeader = '数字中国发展报告（2020 年）';

const renderings: [string, string][] = [
  ['seed text', fixture('digital-china-2020.zh.txt')],
  ['LibreOffice PDF', join(projectRoot, 'input', 'dcdr2020.libreoffice.pdf')],
  ['ReportLab CID PDF', fixture('dcdr2020.reportlab-cid.pdf')],
];

describe.each(renderings)('text quality of the %s against the truth', (_name, path) => {
  let doc: RenderedDocument;
  beforeAll(async () => {
    doc = await convert(path);
  }, 60_000);

  it('has a content-character error rate of at most 0.5%', () => {
    expect(characterErrorRate(doc.markdown, truth)).toBeLessThanOrEqual(0.005);
  });

  it('leaves no running header and no page-number line in the Markdown', () => {
    expect(pageNumberLines(doc.markdown)).toEqual([]);
    expect(extraOccurrences(doc.markdown, truth, runningHeader)).toBeLessThanOrEqual(0);
  });

  it('keeps at least 98% of the paragraphs whole with the truth\'s own spacing, each as one block', () => {
    const texts = new Set(doc.blocks.map((block) => block.text));
    const paragraphs = truthParagraphs(truth);
    const missing = paragraphs.filter((paragraph) => !texts.has(paragraph));
    expect(1 - missing.length / paragraphs.length, `not exact:\n${missing.map((p) => p.slice(0, 60)).join('\n')}`).toBeGreaterThanOrEqual(0.98);
  });

  it('keeps at least 98% of the paragraphs whole, each as one block', () => {
    const { share, missing } = wholeParagraphShare(doc.markdown, truth);
    expect(share, `not whole:\n${missing.map((p) => p.slice(0, 60)).join('\n')}`).toBeGreaterThanOrEqual(0.98);
  });
});
