import { describe, expect, it } from 'vitest';
import { clean } from '../../pipeline/clean/index.js';
import type { Line } from '../../pipeline/types.js';
import { laidOutDocument, line, page } from './helpers.js';

/** The body column: x 80 to 512 at 12 pt (36 characters). */
const right = 512;

/**
 * Lines one body step (21 pt) apart from y, the first indented by two characters when indent;
 * every line but the last reaches the right edge (the last too when the paragraph goes on).
 */
function paragraph(texts: string[], pageNumber: number, y: number, { indent = true, goesOn = false } = {}): Line[] {
  return texts.map((text, i) => {
    const made = line(text, pageNumber, 80 + (i === 0 && indent ? 24 : 0), y + i * 21);
    if (i < texts.length - 1 || goesOn) made.box!.width = right - made.box!.x;
    return made;
  });
}

const a1 = '信息基础设施建设规模全球领先。我国建成全球规模最大的光纤网络和移动网';
const a2 = '络，固定宽带家庭普及率明显提升，全国行政村通光纤比例均超过九成，已建成';
const b1 = '数字经济发展活力不断增强。数字经济持续快速增长，成为推动经济高质量发展';
const b2 = '的重要力量，我国数字经济总量跃居世界第二，成为引领全球数字经济创新的重';

describe('paragraphs from positioned lines', () => {
  it('joins line wraps and starts a paragraph at a first-line indent', () => {
    const lines = [...paragraph([a1.slice(2), a2, '五万个基站。'], 1, 100), ...paragraph([b1.slice(2), '要策源地。'], 1, 163)];
    const blocks = clean(laidOutDocument([page(1, [...lines, ...paragraph([b2, b2, '要策源地。'], 1, 300, { indent: false })])])).blocks;
    expect(blocks[0]!.text).toBe(a1.slice(2) + a2 + '五万个基站。');
    expect(blocks[1]!.text).toBe(b1.slice(2) + '要策源地。');
  });

  it('joins a paragraph across a page break, never cutting a number from its scale word', () => {
    const page1 = page(1, paragraph([a1.slice(2), a2, '移动互联网用户接入流量达到一千六百五十六亿，数据总量达到了 27.2 万'], 1, 600, { goesOn: true }));
    const page2 = page(2, [...paragraph(['亿 GB，同比增长。'], 2, 80, { indent: false }), ...paragraph([b1.slice(2), b2, '要策源地。'], 2, 101)]);
    const blocks = clean(laidOutDocument([page1, page2])).blocks;
    expect(blocks).toHaveLength(2);
    expect(blocks[0]!.text).toContain('27.2 万亿 GB');
    expect(blocks[0]).toMatchObject({ page: 1, pageEnd: 2 });
  });

  it('keeps a caption and a source line as blocks of their own and resumes the paragraph a figure cut', () => {
    const lines = [
      ...paragraph([a1.slice(2), a2], 1, 100, { goesOn: true }),
      line('图 1 我国固定宽带家庭普及率', 1, 200, 400, { size: 10.5, bold: true }),
      line('来源：工业和信息化部', 1, 250, 420, { size: 9 }),
      ...paragraph(['五万个基站。'], 1, 450, { indent: false }),
    ];
    const blocks = clean(laidOutDocument([page(1, lines)])).blocks;
    expect(blocks.map((b) => [b.kind, b.text])).toEqual([
      ['text', a1.slice(2) + a2 + '五万个基站。'],
      ['caption', '图 1 我国固定宽带家庭普及率'],
      ['source', '来源：工业和信息化部'],
    ]);
  });

  it('keeps bold numbered headings as their own blocks, marked bold', () => {
    const lines = [
      line('一、“十三五”时期数字中国建设取得重要成就', 1, 80, 100, { size: 16, bold: true }),
      line('（一）数字中国建设质量效益加快提升', 1, 80, 140, { size: 13, bold: true }),
      ...paragraph([a1.slice(2), a2, '五万个基站。'], 1, 170),
      ...paragraph([b1.slice(2), b2, '要策源地。'], 1, 240),
    ];
    const blocks = clean(laidOutDocument([page(1, lines)])).blocks;
    expect(blocks.map((b) => [b.text.slice(0, 6), b.bold ?? false])).toEqual([
      ['一、“十三五', true],
      ['（一）数字中', true],
      [a1.slice(2, 8), false],
      [b1.slice(2, 8), false],
    ]);
    expect(blocks[0]!.relativeSize).toBeCloseTo(16 / 12);
  });

  it('does not break a sentence where a wrap puts an enumeration mark at a line start', () => {
    const lines = paragraph([a1.slice(2), '主要措施包括（一）加强统筹协调，推进数字基础设施建设和网络强国战略；以及', '（二）完善政策体系，加快推进数字经济、数字社会和数字政府建设，并', '持续优化。'], 1, 100);
    expect(clean(laidOutDocument([page(1, lines)])).blocks).toHaveLength(1);
  });

  it('keeps footnotes apart as footnote blocks, and the paragraph they interrupt at a page break whole', () => {
    const page1 = page(
      1,
      [...paragraph([a1.slice(2), a2], 1, 600, { goesOn: true }), line('① 数据来自工业和信息化部。', 1, 80, 760, { size: 9 }), line('② 按可比价格计算。', 1, 80, 772, { size: 9 })],
      { rules: [{ x: 80, y: 752, width: 150, height: 0.5 }] },
    );
    const page2 = page(2, [...paragraph(['五万个基站。'], 2, 80, { indent: false }), line('统计口径见附件。', 2, 80, 770, { size: 9 })], { rules: [{ x: 80, y: 762, width: 150, height: 0.5 }] });
    const blocks = clean(laidOutDocument([page1, page2])).blocks;
    expect(blocks.map((b) => [b.kind, b.text])).toEqual([
      ['text', a1.slice(2) + a2 + '五万个基站。'],
      ['footnote', '① 数据来自工业和信息化部。'],
      ['footnote', '② 按可比价格计算。'],
      ['footnote', '统计口径见附件。'],
    ]);
  });

  it('starts a paragraph at paragraph spacing when nothing is indented (web pages, English reports)', () => {
    // Ragged-right English lines of about 70 characters (35 em, 420 of the 432 points).
    const first = ['The survey reached respondents in many regions of the world and in all', 'sizes of companies, from small firms to the largest groups on the list'];
    const second = ['Respondents came from a global panel and from our own customer lists,', 'weighted by revenue to match the prior years.'];
    const lines = [...paragraph(first, 1, 100, { indent: false }), ...paragraph(second, 1, 160, { indent: false })];
    expect(clean(laidOutDocument([page(1, lines)])).blocks.map((b) => b.text.slice(0, 20))).toEqual(['The survey reached r', 'Respondents came fro']);
  });

  it('keeps a list item whole when its wrapped line hangs under the item text', () => {
    const item = line('1. Confidence your company is able to keep all employees and customers data', 1, 80, 100);
    item.box!.width = right - 80;
    const lines = [item, line('secure and protected', 1, 92, 121), line('2. Confidence your customers have in your management of data privacy', 1, 80, 142)];
    expect(clean(laidOutDocument([page(1, lines)])).blocks.map((b) => b.text.slice(0, 14))).toEqual(['1. Confidence ', '2. Confidence ']);
  });

  it('carries bold spans of partly bold lines into the paragraph', () => {
    const [first, second, last] = paragraph([a1.slice(2), a2, '五万个基站。'], 1, 100);
    second!.boldSpans = [[0, 2]];
    const blocks = clean(laidOutDocument([page(1, [first!, second!, last!])])).blocks;
    const start = a1.slice(2).length;
    expect(blocks[0]!.boldSpans).toEqual([[start, start + 2]]);
    expect(blocks[0]!.text.slice(start, start + 2)).toBe(a2.slice(0, 2));
  });
});
