import { toString } from 'mdast-util-to-string';
import { describe, expect, it } from 'vitest';
import { render } from '../../pipeline/render/index.js';
import { structure } from '../../pipeline/structure/index.js';
import { wordSpans } from '../../pipeline/structure/tree.js';
import { nodesOf, parseMarkdown } from '../golden/markdown.js';
import { segmentedDocument } from '../structure/documents.js';

const span = (text: string, part: string, from = 0): [number, number] => {
  const start = text.indexOf(part, from);
  return [start, start + part.length];
};

describe('bold spans as runs of words', () => {
  it.each([
    // [text, bold parts, emphasised words]
    ['《城市信息模型（CIM）基础平台技术导则》', ['（'], []],
    ['当前价格(元)：82.42', ['元', '：'], ['元']],
    ['率先提出“组合免疫”方案', ['“组合免疫”'], ['组合免疫']],
    ['计算能力，主要采用服务器', ['，'], []],
    ['公司业务概要..........12', ['公司业务概要..........'], ['公司业务概要']],
    ['口蹄疫、伪狂犬病', ['口蹄疫、', '伪狂犬病'], ['口蹄疫', '伪狂犬病']],
    ['Revenue grew 20% in total', ['Revenue', '20%'], ['Revenue', '20']],
    ['概率指标模式和单边趋势模式两种', ['概率指标模式和', '单边趋势模式'], ['概率指标模式和单边趋势模式']],
  ])('%j with %j bold emphasises %j', (text, parts, words) => {
    const spans = wordSpans(text, parts.map((part) => span(text, part)));
    expect(spans.map(([start, end]) => text.slice(start, end))).toEqual(words);
  });
});

describe('Markdown of bold spans beside punctuation', () => {
  const texts = [
    '《城市信息模型（CIM）基础平台技术导则》于2021年发布，相关工作持续推进。',
    '当前价格(元)：82.42，目标价格为100元，较上月提高5%。',
    '解决方案，兼以“产品+服务”保障防疫，率先提出“组合免疫”和“一针注射”的方案。',
    '(三) 境内外会计准则下会计数据差异的说明与分析，另有补充。',
  ];
  const bold: [number, number][][] = [
    [span(texts[0]!, '（'), span(texts[0]!, 'C')],
    [span(texts[1]!, '元'), span(texts[1]!, '：')],
    [span(texts[2]!, '”'), span(texts[2]!, '“组合免疫'), span(texts[2]!, '”', texts[2]!.indexOf('组合'))],
    [span(texts[3]!, '('), span(texts[3]!, ')')],
  ];
  const doc = render({
    ...structure(segmentedDocument([{ text: '示例报告' }, ...texts.map((text, i) => ({ text, boldSpans: bold[i] }))], { title: '示例报告' })),
    facts: [],
  });

  it('holds no character reference', () => {
    expect(doc.markdown).not.toMatch(/&#x?[0-9a-f]+;|&[a-z]+;/i);
  });

  it('reads back as the same text, emphasis only on words', () => {
    const parsed = parseMarkdown(doc.markdown);
    const paragraphs = parsed.children.filter((node) => node.type === 'paragraph').map((node) => toString(node));
    expect(paragraphs).toEqual(texts);
    expect(nodesOf(parsed, 'strong').map((node) => toString(node))).toEqual(['C', '元', '组合免疫']);
  });
});

describe('Markdown of e-mail and web addresses', () => {
  const texts = [
    '分析师：张明远 邮箱：zhangmy@example.com 证书编号：S0190520080006',
    '慧博资讯 点击进入 http://www.hibor.com.cn 或 www.kysec.cn 查看，另见 https://library.stanford.edu/research。',
  ];
  const doc = render({ ...structure(segmentedDocument([{ text: '示例报告' }, ...texts.map((text) => ({ text }))], { title: '示例报告' })), facts: [] });

  it('writes them as the page does, with no backslash', () => {
    expect(doc.markdown).toContain('zhangmy@example.com');
    expect(doc.markdown).toContain('http://www.hibor.com.cn 或 www.kysec.cn');
    expect(doc.markdown).toContain('https://library.stanford.edu/research');
    expect(doc.markdown).not.toContain('\\');
  });

  it('reads back as the same text', () => {
    const paragraphs = parseMarkdown(doc.markdown).children.filter((node) => node.type === 'paragraph').map((node) => toString(node));
    expect(paragraphs).toEqual(texts);
  });
});
