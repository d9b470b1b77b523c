import { toString } from 'mdast-util-to-string';
import { describe, expect, it } from 'vitest';
import { structure } from '../../pipeline/structure/index.js';
import { nodesOf } from '../golden/markdown.js';
import { body, segmentedDocument } from './documents.js';

describe('title and preamble', () => {
  it('takes the title from the document information and keeps the lines before it as a block quote', () => {
    const doc = structure(
      segmentedDocument(
        [
          { text: '某部门发布《示例发展报告（2021 年）》' },
          { text: '某网 2022 年 01 月 05 日' },
          { text: '示例发展报告（2021年）', page: 1 },
          body('总体'),
          { text: '一、总体情况' },
          body('总体'),
        ],
        { title: '示例发展报告（2021 年）' },
      ),
    );
    expect(doc.title).toBe('示例发展报告（2021年）');
    expect(doc.editionYear).toBe(2021);
    expect(doc.preamble).toEqual(['某部门发布《示例发展报告（2021 年）》', '某网 2022 年 01 月 05 日']);
    expect(doc.tree.children.map((n) => n.type)).toEqual(['blockquote', 'heading', 'paragraph', 'heading', 'paragraph']);
  });

  it('keeps a release note set in a table as a table in the block quote', () => {
    const doc = structure(segmentedDocument([{ kind: 'table', text: '', rows: [['发布单位', '某部门'], ['日期', '2021 年 7 月']] }, { text: '示例报告' }, body('总体')]));
    expect(doc.preamble).toEqual(['发布单位\t某部门\n日期\t2021 年 7 月']);
    expect(doc.tree.children[0]).toMatchObject({ type: 'blockquote', children: [{ type: 'table' }] });
  });

  it('finds a title without document information by its size or a title word, never in a mention 《…》', () => {
    const bySize = structure(segmentedDocument([{ text: '2021 年 3 月' }, { text: '数字经济观察', relativeSize: 1.8 }, body('观察')]));
    expect(bySize.title).toBe('数字经济观察');
    const byWord = structure(segmentedDocument([{ text: '国家网信办发布《数字中国发展报告》' }, { text: '数字中国发展报告' }, body('发展')]));
    expect(byWord.title).toBe('数字中国发展报告');
    expect(byWord.preamble).toEqual(['国家网信办发布《数字中国发展报告》']);
  });

  it('joins a title set on several lines', () => {
    const fromInformation = structure(segmentedDocument([{ text: '数字中国发展报告' }, { text: '（2022 年）' }, body('发展')], { title: '数字中国发展报告（2022年）' }));
    expect([fromInformation.title, fromInformation.editionYear]).toEqual(['数字中国发展报告（2022 年）', 2022]);
    const qualified = structure(segmentedDocument([{ text: '数字中国发展报告' }, { text: '（节选）' }, body('发展')]));
    expect(qualified.title).toBe('数字中国发展报告（节选）');
    const sameSize = structure(
      segmentedDocument(
        [{ text: '2022', relativeSize: 2.2 }, { text: 'Global Privacy', relativeSize: 5.8 }, { text: 'Benchmarks Report', relativeSize: 5.8 }, { text: 'Introduction of the survey.' }],
        { language: 'en' },
      ),
    );
    expect([sameSize.title, sameSize.preamble]).toEqual(['Global Privacy Benchmarks Report', ['2022']]);
    expect(sameSize.tree.children.map((n) => n.type)).toEqual(['blockquote', 'heading', 'paragraph']);
  });

  it('falls back to the file name and keeps every block when there is no title line', () => {
    const doc = structure(segmentedDocument([{ text: '各位代表：' }, { text: '一、工作回顾' }, body('回顾')]));
    expect(doc.title).toBe('report');
    expect(doc.messages).toContainEqual({ severity: 'info', text: 'no title line found; the title is taken from the file name', stage: 'structure' });
    expect(doc.editionYear).toBeUndefined();
    expect(doc.preamble).toEqual([]);
    expect(doc.sections.map((s) => s.title)).toEqual(['一、工作回顾']);
  });
});

describe('title from the cover', () => {
  it('never takes a distributor\'s stamp or a template word from the document information, shown or not', () => {
    const stamped = structure(segmentedDocument([{ text: '各位代表：' }, body('回顾')], { title: '某某投研资讯 - www.example.com' }));
    expect(stamped.title).toBe('report');
    const template = structure(segmentedDocument([{ text: '各位代表：' }, body('回顾')], { title: '标题' }));
    expect(template.title).toBe('report');
    const named = structure(segmentedDocument([{ text: '各位代表：' }, body('回顾')], { title: '数字经济发展报告' }));
    expect(named.messages.at(-1)?.text).toBe('no title line found; the title is taken from the document information');
    expect(named.title).toBe('数字经济发展报告');
  });

  it('takes the title a work report\'s opening sentence names when no line is a title', () => {
    const doc = structure(segmentedDocument([{ text: '各位代表：' }, { text: '现在，我代表杭州市人民政府，向大会报告政府工作，请予审议。' }, { text: '一、2023 年工作回顾' }, body('回顾')]));
    expect(doc.title).toBe('杭州市政府工作报告');
    expect(doc.messages.at(-1)?.text).toBe('no title line found; the title is taken from the opening sentence');
    expect(doc.preamble).toEqual([]);
    expect(doc.tree.children[1]).toMatchObject({ type: 'paragraph' });
  });

  it('finds the document information\'s title on a later title page, without its note mark', () => {
    const doc = structure(
      segmentedDocument(
        [
          { text: 'Proposal for Offering Courses', relativeSize: 1.5 },
          body('英文摘要'),
          { text: '关于开设相关课程', page: 2, relativeSize: 1.8 },
          { text: '并推广其运用的提议∗', page: 2, relativeSize: 1.8 },
          body('摘要'),
        ],
        { title: '关于开设相关课程并推广其运用的提议' },
      ),
    );
    expect(doc.title).toBe('关于开设相关课程并推广其运用的提议');
  });

  it('takes the largest line of the first page, a name ending in an abbreviation too, never a rating or a figure', () => {
    const filing = segmentedDocument(
      [
        { text: 'UNITED STATES', relativeSize: 1.6 },
        { text: 'FORM 10-Q', relativeSize: 1.6 },
        ...Array.from({ length: 12 }, (_, i) => ({ text: `Cover line ${i + 1}` })),
        { text: 'UBER TECHNOLOGIES, INC.', relativeSize: 2 },
        { text: 'This Quarterly Report contains statements.', page: 2 },
      ],
      { language: 'en' },
    );
    expect(structure(filing).title).toBe('UBER TECHNOLOGIES, INC.');
    const rated = structure(segmentedDocument([{ text: '增持（维持）', relativeSize: 2.5 }, { text: '135 EFlops', relativeSize: 3 }, { text: '135 亿元', relativeSize: 3 }, { text: '算力的长期价值', relativeSize: 1.8 }, body('算力')]));
    expect(rated.title).toBe('算力的长期价值');
    const annual = structure(segmentedDocument([{ text: '金宇生物技术股份有限公司', relativeSize: 2.1 }, { text: '2020 年年度报告', relativeSize: 2.1 }, body('经营')]));
    expect([annual.title, annual.editionYear]).toEqual(['金宇生物技术股份有限公司2020 年年度报告', 2020]);
  });

  it('takes the edition year from a date line or a year set large on the cover when the title names none', () => {
    const dated = structure(segmentedDocument([{ text: '中国算力发展指数白皮书', relativeSize: 2.5 }, { text: '中国信息通信研究院' }, { text: '2021年9月' }, body('算力')]));
    expect(dated.editionYear).toBe(2021);
    const journal = structure(segmentedDocument([{ text: 'Apr. 2021' }, { text: '一种数据访问控制机制', relativeSize: 1.9 }, body('访问控制')]));
    expect(journal.editionYear).toBe(2021);
    const yearAbove = structure(segmentedDocument([{ text: '2022', relativeSize: 2.2 }, { text: 'Global Privacy Benchmarks Report', relativeSize: 5.8 }, { text: 'Introduction of the survey.' }], { language: 'en' }));
    expect(yearAbove.editionYear).toBe(2022);
    const bodyYear = structure(segmentedDocument([{ text: '算力发展观察', relativeSize: 2 }, { text: '2020' }, body('算力')]));
    expect(bodyYear.editionYear).toBeUndefined();
  });
});

describe('the mdast tree', () => {
  const doc = structure(
    segmentedDocument([
      { text: '示例报告（2020 年）', page: 1 },
      { text: '一、地区发展', page: 1 },
      { text: '新疆、青海加快发展①。', page: 2, boldSpans: [[0, 2], [3, 5]] },
      { kind: 'caption', text: '图 1 地区发展情况', page: 2 },
      { kind: 'source', text: '来源：某部门', page: 2 },
      { kind: 'caption', text: '表 1 指标', page: 3 },
      { kind: 'table', text: '', page: 3, rows: [['指标', '权重'], ['网络', '20%'], ['其他\n指标']], headerRows: 1 },
      { kind: 'footnote', text: '① 数据截至 2020 年底。', page: 2 },
    ]),
  );

  it('gives every node made from a block its page and block index', () => {
    const placed = (['heading', 'paragraph', 'table', 'tableRow', 'footnoteDefinition'] as const).flatMap((type) =>
      nodesOf(doc.tree, type).map((node) => ({ type: node.type, ...node.data })),
    );
    expect(placed.every((n) => n.page !== undefined)).toBe(true);
    expect(placed.filter((n) => n.type === 'heading')).toEqual([
      { type: 'heading', page: 1, block: 0 },
      { type: 'heading', page: 1, block: 1 },
    ]);
  });

  it('sets bold spans in strong, and links a footnote marker to its footnote', () => {
    const paragraph = doc.tree.children[2]!;
    expect(paragraph).toMatchObject({
      type: 'paragraph',
      children: [
        { type: 'strong', children: [{ type: 'text', value: '新疆' }] },
        { type: 'text', value: '、' },
        { type: 'strong', children: [{ type: 'text', value: '青海' }] },
        { type: 'text', value: '加快发展' },
        { type: 'footnoteReference', identifier: '1' },
        { type: 'text', value: '。' },
      ],
    });
    expect(doc.tree.children.at(-1)).toMatchObject({ type: 'footnoteDefinition', identifier: '1', children: [{ type: 'paragraph', children: [{ value: '数据截至 2020 年底。' }] }] });
  });

  it('keeps captions and source lines as paragraphs of their own, and tables with every column', () => {
    expect(doc.tree.children.slice(3, 7).map((n) => n.type)).toEqual(['paragraph', 'paragraph', 'paragraph', 'table']);
    const table = doc.tree.children[6]!;
    expect(table.type === 'table' && table.children.map((row) => row.children.map((cell) => toString(cell)))).toEqual([
      ['指标', '权重'],
      ['网络', '20%'],
      ['其他指标', ''],
    ]);
  });

  it('gives each chapter its keywords', () => {
    expect(doc.sections[0]!.keywords).toBeInstanceOf(Array);
    expect(doc.keywords.length).toBeGreaterThan(0);
  });
});
