import { describe, expect, it } from 'vitest';
import { clean } from '../../pipeline/clean/index.js';
import { extract } from '../../pipeline/extract/index.js';

async function cleanText(text: string) {
  return clean(await extract({ path: 'report.txt', bytes: new TextEncoder().encode(text) }));
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

  it('keeps captions and source lines as their own kinds', async () => {
    const doc = await cleanText('图 1 我国网民规模\n\n数据来源：CNNIC\n');
    expect(doc.blocks.map((b) => b.kind)).toEqual(['caption', 'source']);
  });
});
