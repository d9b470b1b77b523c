import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { convert } from '../../pipeline/convert.js';
import { extract } from '../../pipeline/extract/index.js';
import { ConversionError, type RenderedDocument } from '../../pipeline/types.js';
import { fixture } from '../helpers.js';
import { characterErrorRate, markdownBody } from '../quality/metrics.js';

// Fixtures made by tests/fixtures/ocr/make.sh from the HTML pages beside them.
const ocrFixture = (name: string) => fixture(`ocr/${name}`);
/** The text of an HTML fixture page: what a reader sees. */
const htmlText = (name: string) =>
  readFileSync(ocrFixture(name), 'utf8')
    .replace(/<head>[\s\S]*?<\/head>/, '')
    .replace(/<[^>]+>/g, '\n');
/** The text of the document's pages as extracted: the OCR's lines on OCR'd pages. */
const pagesText = (doc: RenderedDocument) => doc.pages.map((page) => page.lines.map((line) => line.text).join('\n')).join('\n');

describe('OCR of pages without usable text', () => {
  /** One conversion per fixture, shared by the tests below: OCR is the slow part (the first also loads the models). */
  const conversions = new Map<string, RenderedDocument>();
  const converted = (name: string) => conversions.get(name)!;
  beforeAll(async () => {
    for (const name of ['scan.pdf', 'mixed.pdf', 'garbled.pdf', 'chart-scan.pdf']) conversions.set(name, await convert(ocrFixture(name)));
  }, 600_000);

  it('reads a noisy, tilted, bilevel 150-dpi scan with at most 3% of its characters wrong', async () => {
    const doc = converted('scan.pdf');
    expect(doc.pages[0]!.ocr).toBe(true);
    expect(characterErrorRate(pagesText(doc), htmlText('scan-page.html'))).toBeLessThanOrEqual(0.03);
    // The text reads top to bottom, as on the page.
    const body = doc.markdown.replace(/\s+/g, '');
    expect(body.indexOf('重点行业运行情况')).toBeLessThan(body.indexOf('1.25万亿元'));
    expect(body.indexOf('1.25万亿元')).toBeLessThan(body.indexOf('28.7万辆'));
  });

  it('lists the OCR’d pages in the front matter and marks every fact from them', async () => {
    const doc = converted('scan.pdf');
    expect(doc.markdown).toMatch(/\nocr_pages:\n {2}- 1\n/);
    const values = doc.factsFile.facts.map((fact) => fact.value);
    expect(values).toEqual(expect.arrayContaining([6.8, 1.25e12, 43000, 287000]));
    expect(doc.factsFile.facts.every((fact) => fact.ocr === true)).toBe(true);
  });

  it('reads by OCR only the scanned page of a PDF whose other pages have text', async () => {
    const doc = converted('mixed.pdf');
    expect(doc.pages.map((page) => page.ocr === true)).toEqual([false, true, false]);
    expect(doc.markdown).toMatch(/\nocr_pages:\n {2}- 2\n/);
    const facts = doc.factsFile.facts;
    expect(facts.filter((fact) => fact.ocr).map((fact) => fact.page)).toEqual(expect.arrayContaining([2]));
    expect(facts.filter((fact) => fact.ocr).every((fact) => fact.page === 2)).toBe(true);
    expect(facts.filter((fact) => fact.page !== 2).every((fact) => fact.ocr === undefined)).toBe(true);
    expect(facts.map((fact) => fact.value)).toEqual(expect.arrayContaining([4.2e12, 1.25e12, 3716e8]));
  });

  it('replaces a text layer of wrong characters by the page’s own text read by OCR', async () => {
    const doc = converted('garbled.pdf');
    expect(doc.pages.every((page) => page.ocr)).toBe(true);
    expect(characterErrorRate(pagesText(doc), htmlText('text-pages.html'))).toBeLessThanOrEqual(0.03);
    expect(doc.factsFile.facts.map((fact) => fact.value)).toEqual(expect.arrayContaining([4.2e12, 3716e8]));
  });

  it('keeps a scanned chart’s labels and the running header out of the text, and its caption and prose in', () => {
    const doc = converted('chart-scan.pdf');
    // What a reader of the two pages reads as text: not the chart's ticks, legend and data labels, not the header or page numbers.
    const pageText = readFileSync(ocrFixture('chart-pages.html'), 'utf8')
      .replace(/<head>[\s\S]*?<\/head>|<svg[\s\S]*?<\/svg>|<header>[\s\S]*?<\/header>|<footer>[\s\S]*?<\/footer>/g, '')
      .replace(/<[^>]+>/g, '\n');
    // The title is the file's name (the pages have none).
    const body = markdownBody(doc.markdown).replace(/^# chart-scan\n/m, '');
    expect(characterErrorRate(body, pageText)).toBeLessThanOrEqual(0.03);
    for (const label of ['2210', '2905', '4000', '软件业务收入']) expect(body).not.toContain(label);
    expect(body).not.toContain('城市数字经济发展报告');
    expect(doc.markdown).toMatch(/removed_furniture:\n {2}headers:\n {4}- 城市数字经济发展报告（2023年）\n/);
    // The caption keeps its number apart from the year that follows it.
    expect(body).toMatch(/\n图 1 2019年至2023年全市数字经济核心产业增加值\n/);
    const values = doc.factsFile.facts.map((fact) => fact.value);
    expect(values).toEqual(expect.arrayContaining([3860e8, 2150e8, 5.2e4]));
    expect(values).not.toEqual(expect.arrayContaining([2905]));
    expect(values).not.toEqual(expect.arrayContaining([2210]));
  });

  it('with OCR off, refuses a garbled or a scanned document in one line naming the file and the cause', async () => {
    for (const [name, cause] of [
      ['garbled.pdf', /its text cannot be read \(page 1 has a garbage text layer: \d+% of its Chinese characters are rare .*\); OCR is off/],
      ['scan.pdf', /no text layer on any of its 1 pages \(scanned images\?\); OCR is off/],
    ] as const) {
      const path = ocrFixture(name);
      const error = await extract({ path }, { ocr: 'off' }).catch((caught: unknown) => caught);
      expect(error).toBeInstanceOf(ConversionError);
      expect((error as Error).message).toMatch(cause);
      expect((error as Error).message.startsWith(`${path}: `)).toBe(true);
      expect((error as Error).message).not.toContain('\n');
    }
  });

  it('with OCR off, leaves a scanned page of a text document out with a warning', async () => {
    const doc = await extract({ path: ocrFixture('mixed.pdf') }, { ocr: 'off' });
    expect(doc.pages.map((page) => page.lines.length > 0)).toEqual([true, false, true]);
    expect(doc.messages).toEqual([expect.objectContaining({ severity: 'warning', page: 2, text: expect.stringMatching(/no text layer.*OCR is off/) })]);
  });
});
