import { describe, expect, it } from 'vitest';
import { clean } from '../../pipeline/clean/index.js';
import { extract } from '../../pipeline/extract/index.js';
import { layout } from '../../pipeline/layout/index.js';

async function cleanText(text: string) {
  return clean(layout(await extract({ path: 'report.txt', bytes: new TextEncoder().encode(text) })));
}

const fullLine = '信息基础设施建设规模全球领先，我国建成全球规模最大的光纤网络和移动网络，坚持以习';

describe('clean on text input', () => {
  it('joins a sentence that a page break split over blank lines and lines holding a space', async () => {
    const doc = await cleanText(`${fullLine}\n\n \n\n近平总书记关于网络强国的重要思想为指导。\n\n下一段。\n`);
    expect(doc.blocks.map((b) => b.text)).toEqual([`${fullLine}近平总书记关于网络强国的重要思想为指导。`, '下一段。']);
  });

  it('keeps a short line without a sentence end (a title) apart', async () => {
    const doc = await cleanText('数字中国发展报告（2020 年）\n\n2020 年，突如其来的疫情。\n');
    expect(doc.blocks).toHaveLength(2);
  });

  it('turns **bold** markers into bold spans', async () => {
    const doc = await cleanText('推进远程办公。**新疆**大力实施，**青海**加快建设。\n');
    expect(doc.blocks[0]).toMatchObject({ text: '推进远程办公。新疆大力实施，青海加快建设。', boldSpans: [[7, 9], [14, 16]] });
  });

  it('reads tab-separated lines as a table, dropping a space a cell wrap left after 、', async () => {
    const doc = await cleanText('指标名称\t重点评估要素\t权重\n信息服务应用\t网上政务、 政务新媒体\t20%\n');
    expect(doc.blocks[0]).toMatchObject({ kind: 'table', rows: [['指标名称', '重点评估要素', '权重'], ['信息服务应用', '网上政务、政务新媒体', '20%']], headerRows: 1 });
  });

  it('splits paragraphs in text that kept its line wraps, and drops the furniture of its pages (pdftotext)', async () => {
    const page = (n: number, lines: string[]) => [...(n > 1 ? ['数字中国发展报告（2020 年）', ''] : []), ...lines, '', `- ${n} -`, ''].join('\n');
    const text = [
      page(1, ['（一）数字中国建设质量效益加快提升', '信息基础设施建设规模全球领先。我国建成全球规模最大的光纤网络和', '4G 网络，已建成 5G 基站达到 71.8 万个。', '图 1 我国网民规模', '来源：工业和信息化部', '数字经济发展活力不断增强，数字经济持续快速增长，成为推动经济高质量']),
      page(2, ['发展的重要力量。', '数字政府服务效能显著提升。']),
      page(3, ['全文完。']),
    ].join('\f');
    const doc = await cleanText(text);
    expect(doc.blocks.map((b) => [b.kind, b.text])).toEqual([
      ['text', '（一）数字中国建设质量效益加快提升'],
      ['text', '信息基础设施建设规模全球领先。我国建成全球规模最大的光纤网络和4G 网络，已建成 5G 基站达到 71.8 万个。'],
      ['caption', '图 1 我国网民规模'],
      ['source', '来源：工业和信息化部'],
      ['text', '数字经济发展活力不断增强，数字经济持续快速增长，成为推动经济高质量发展的重要力量。'],
      ['text', '数字政府服务效能显著提升。'],
      ['text', '全文完。'],
    ]);
    expect(doc.furniture).toEqual({ headers: ['数字中国发展报告（2020 年）'], footers: [], pageNumbers: 3 });
  });

  it('keeps captions and source lines as their own kinds', async () => {
    const doc = await cleanText('图 1 我国网民规模\n\n数据来源：CNNIC\n');
    expect(doc.blocks.map((b) => b.kind)).toEqual(['caption', 'source']);
  });
});
