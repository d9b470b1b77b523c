import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { extract } from '../../pipeline/extract/index.js';
import type { ExtractedDocument, Line } from '../../pipeline/types.js';
import { fixture, projectRoot } from '../helpers.js';

const allLines = (doc: ExtractedDocument): Line[] => doc.pages.flatMap((page) => page.lines);
const hanSpaceHan = /\p{Script=Han} \p{Script=Han}/u;

describe('ReportLab PDF with the non-embedded CID font STSong-Light (UniGB-UCS2-H, no ToUnicode)', () => {
  let doc: ExtractedDocument;
  beforeAll(async () => {
    doc = await extract({ path: fixture('dcdr2020.reportlab-cid.pdf') });
  }, 60_000);

  it('yields its Chinese text through the CMaps of the installed pdf.js', () => {
    expect(doc.pages).toHaveLength(37);
    expect(doc.pages.every((page) => page.lines.length > 0)).toBe(true);
    const text = allLines(doc).map((line) => line.text).join('\n');
    expect(text).toContain('信息基础设施建设规模全球领先。我国建成全球规模最大的光纤网络和 4G 网络，');
  });

  it('maps the GB middle dot (U+30FB) to U+00B7', () => {
    const text = allLines(doc).map((line) => line.text).join('');
    expect(text).toContain('贵阳\u00B7贵安');
    expect(text).not.toContain('\u30FB');
  });

  it('tells bold from the ",Bold" style of the font name', () => {
    const heading = allLines(doc).find((line) => line.text === '（一）数字中国建设质量效益加快提升');
    expect(heading?.bold).toBe(true);
    const body = allLines(doc).find((line) => line.text.startsWith('信息基础设施建设规模全球领先'));
    expect(body?.bold).toBe(false);
  });
});

describe('LibreOffice PDF (embedded subsets, letter-spaced justified lines)', () => {
  let doc: ExtractedDocument;
  beforeAll(async () => {
    doc = await extract({ path: join(projectRoot, 'input', 'dcdr2020.libreoffice.pdf') });
  }, 60_000);

  it('puts no space between Chinese characters where justification spread them', () => {
    // Body text only: in table rows a gap between two cells is a space.
    const spaced = allLines(doc).filter((line) => line.fontSize === 12 && hanSpaceHan.test(line.text));
    // The truth itself has two such spaces in body text ("健康发展 激活", "记账技术 参考").
    expect(spaced.map((line) => line.text.match(hanSpaceHan)![0])).toEqual(['展 激', '术 参']);
  });

  it('keeps the spaces that stand between numbers and Chinese characters', () => {
    const text = allLines(doc).map((line) => line.text).join('\n');
    expect(text).toContain('固定宽带家庭普及率由 2015 年底的 52.6% 提升到 2020 年底的 96%');
    expect(text).not.toMatch(/ [，。、；：）》]/);
  });

  it('reads the bookmarks with their levels and pages', () => {
    expect(doc.outline).toHaveLength(61);
    expect(doc.outline[0]).toEqual({ title: '数字中国发展报告（2020 年）', level: 1, page: 1 });
    expect(doc.outline[2]).toEqual({ title: '（一）数字中国建设质量效益加快提升', level: 3, page: 2 });
  });

  it('finds the rulings of the tables and the places of the raster charts', () => {
    const tablePage = doc.pages.find((page) => page.lines.some((line) => line.text.startsWith('表 1 ')))!;
    expect(tablePage.rules.length).toBeGreaterThanOrEqual(8);
    const chartPage = doc.pages[1]!;
    expect(chartPage.images).toHaveLength(1);
    expect(chartPage.images[0]!.width).toBeGreaterThan(300);
  });

  it('reads the metadata', () => {
    expect(doc.metadata.pageCount).toBe(35);
    expect(doc.metadata.title).toBeDefined();
  });
});

describe('a generated report with a vector chart', () => {
  it('sees the bars, axes and labels as one figure area', async () => {
    const doc = await extract({ path: fixture('layout/chart-report.pdf') });
    const [figure] = doc.pages[0]!.images;
    expect(figure).toBeDefined();
    // The bars span x 120–390; the axes reach 110–420.
    expect(figure!.x).toBeLessThanOrEqual(111);
    expect(figure!.x + figure!.width).toBeGreaterThanOrEqual(419);
  });
});
