import { describe, expect, it } from 'vitest';
import { structure } from '../../pipeline/structure/index.js';
import { body, segmentedDocument } from './documents.js';

const headingsOf = (doc: ReturnType<typeof structure>) => doc.sections.map((s) => `${s.level} ${s.title}`);

describe('headings', () => {
  it('takes a level for each numbering scheme from the order the schemes nest in', () => {
    const doc = structure(
      segmentedDocument([
        { text: '示例发展报告（2023 年）' },
        { text: '第一章 总体情况' },
        body('总体'),
        { text: '一、基础设施' },
        body('基础设施'),
        { text: '（一）网络建设' },
        body('网络'),
        { text: '1. 光纤网络' },
        body('光纤'),
        { text: '2. 移动网络' },
        body('移动'),
        { text: '（二）算力建设' },
        body('算力'),
        { text: '二、数字经济' },
        { text: '1. 产业规模' },
        body('产业'),
        { text: '第二章 展望' },
        body('展望'),
      ]),
    );
    expect(headingsOf(doc)).toEqual([
      '1 第一章 总体情况',
      '2 一、基础设施',
      '3 （一）网络建设',
      '4 1. 光纤网络',
      '4 2. 移动网络',
      '3 （二）算力建设',
      '2 二、数字经济',
      '4 1. 产业规模',
      '1 第二章 展望',
    ]);
  });

  it('keeps appendices at the top level, beside the chapters', () => {
    const doc = structure(
      segmentedDocument([{ text: '一、总体情况' }, { text: '（一）网络' }, body('网络'), { text: '附件一：测算方法' }, { text: '（一）规模指数' }, body('规模'), { text: '附录 B 数据来源说明' }, body('数据')]),
    );
    expect(headingsOf(doc)).toEqual(['1 一、总体情况', '2 （一）网络', '1 附件一：测算方法', '2 （一）规模指数', '1 附录 B 数据来源说明']);
  });

  it('reads (二) with half-width brackets and a space as the same scheme as （一）', () => {
    const doc = structure(segmentedDocument([{ text: '一、成就' }, { text: '（一）质量提升' }, body('质量'), { text: '(二) 网络扶贫' }, body('扶贫')]));
    expect(headingsOf(doc)).toEqual(['1 一、成就', '2 （一）质量提升', '2 (二) 网络扶贫']);
  });

  it('joins a heading the layout broke after a comma', () => {
    const doc = structure(
      segmentedDocument([
        { text: '一、重点任务', bold: true },
        { text: '（一）统筹扩大内需和深化供给侧结构性改革，', bold: true },
        { text: '巩固和增强经济回升向好态势', bold: true },
        body('内需'),
        { text: '（二）推进改革，' },
        body('改革'),
      ]),
    );
    expect(headingsOf(doc)).toEqual(['1 一、重点任务', '2 （一）统筹扩大内需和深化供给侧结构性改革，巩固和增强经济回升向好态势']);
    expect(doc.tree.children.map((n) => n.type)).toEqual(['heading', 'heading', 'heading', 'paragraph', 'paragraph', 'paragraph']);
  });

  it('leaves enumerations inside prose and numbered sentences as paragraphs', () => {
    const doc = structure(
      segmentedDocument([
        { text: '一、工作回顾' },
        { text: '一是深入落实城市战略定位，协同发展不断走深走实，二是着力发挥科技创新引领作用。' },
        { text: '1. 加强信息基础设施建设，推进 5G 网络和千兆光网协同发展。' },
        { text: '（一）加快发展。各地区积极推进数字化转型，成效明显' },
        { text: '（二）着力做好以下工作：' },
        { text: '2.5 亿元用于支持中小企业数字化改造' },
        body('回顾'),
      ]),
    );
    expect(headingsOf(doc)).toEqual(['1 一、工作回顾']);
  });

  it('takes numbered lines with nothing between them for a list, not headings', () => {
    const doc = structure(
      segmentedDocument([{ text: '一、重点城市' }, body('城市'), { text: '（1）北京' }, { text: '（2）上海' }, { text: '（3）广州' }, body('城市')]),
    );
    expect(headingsOf(doc)).toEqual(['1 一、重点城市']);
  });

  it('passes over a table of contents with dot leaders', () => {
    const doc = structure(segmentedDocument([{ text: '目录' }, { text: '一、总体情况……………… 1' }, body('目录'), { text: '一、总体情况' }, body('总体')]));
    expect(headingsOf(doc)).toEqual(['1 一、总体情况']);
  });

  it('trusts the typeface when the PDF sets headings in bold', () => {
    const doc = structure(
      segmentedDocument([
        { text: '一、发展成效', bold: true },
        body('成效'),
        { text: '1. 网络覆盖' },
        body('网络'),
        { text: '（一）网络建设', bold: true },
        body('网络'),
        { text: '（二）加快推进' },
        body('推进'),
        { text: '（三）算力建设', bold: true },
        body('算力'),
        { text: '（四）5G 网络', boldSpans: [[0, 3], [5, 8]] },
        body('网络'),
      ]),
    );
    expect(headingsOf(doc)).toEqual(['1 一、发展成效', '2 （一）网络建设', '2 （三）算力建设', '2 （四）5G 网络']);
  });

  it('takes levels and unnumbered headings from the bookmarks, relative to the title, passing over a table of contents', () => {
    const outline = [
      { title: '示例报告', level: 1, page: 1 },
      { title: '前言', level: 2, page: 2 },
      { title: '一、总体情况', level: 2, page: 3 },
      { title: '（一）网络', level: 3, page: 3 },
    ];
    const doc = structure(
      segmentedDocument(
        [
          { text: '示例报告', page: 1 },
          { text: '前言', page: 1 },
          { text: '一、总体情况', page: 1 },
          { text: '前言', page: 2 },
          body('前言'),
          { text: '一、总体情况', page: 3 },
          { text: '（一）网络', page: 3 },
          body('网络'),
          { text: '（二）算力', page: 3 },
          body('算力'),
          { text: '1. 光纤', page: 3, bold: true },
          body('光纤'),
        ].map((b) => ({ page: 3, ...b })),
        { outline },
      ),
    );
    expect(doc.sections.map((s) => `${s.level} ${s.title} ${s.block}`)).toEqual(['1 前言 3', '1 一、总体情况 5', '2 （一）网络 6', '3 1. 光纤 10']);
  });

  it('keeps a numbered line the bookmarks name differently, at its scheme level, when they do not match every heading', () => {
    const outline = [
      { title: '一、总体情况', level: 1 },
      { title: '(一) 网络', level: 2 },
      { title: '（二）算力建设加快推进与布局', level: 2 },
      { title: '二、展望', level: 1 },
    ];
    const doc = structure(
      segmentedDocument([{ text: '一、总体情况' }, { text: '（一）网络' }, body('网络'), { text: '（二）算力建设' }, body('算力'), { text: '二、展望' }, body('展望')], { outline }),
    );
    expect(headingsOf(doc)).toEqual(['1 一、总体情况', '2 （一）网络', '2 （二）算力建设', '1 二、展望']);
  });

  it('nests sections under bookmarks that name only the chapters, and reads no levels from a flat list of bookmarks', () => {
    const blocks = [{ text: '一、总体情况' }, { text: '（一）网络' }, body('网络'), { text: '（二）算力' }, body('算力'), { text: '二、展望' }, body('展望')];
    const expected = ['1 一、总体情况', '2 （一）网络', '2 （二）算力', '1 二、展望'];
    const chaptersOnly = [
      { title: '一、总体情况', level: 1 },
      { title: '二、展望', level: 1 },
    ];
    expect(headingsOf(structure(segmentedDocument(blocks, { outline: chaptersOnly })))).toEqual(expected);
    const flat = [{ title: '一、总体情况', level: 1 }, { title: '（一）网络', level: 1 }, { title: '（二）算力', level: 1 }, { title: '二、展望', level: 1 }];
    expect(headingsOf(structure(segmentedDocument(blocks, { outline: flat })))).toEqual(expected);
  });

  it('reads English numbering: Chapter, I., (I), 1.1', () => {
    const doc = structure(
      segmentedDocument(
        [
          { text: 'Annual Report 2022' },
          { text: 'Chapter 1 Overview' },
          { text: 'The year saw steady growth. Investment rose.' },
          { text: '1.1 Scope of the survey' },
          { text: 'The survey covers all regions.' },
          { text: '1. The number of users grew by 5% in 2022.' },
          { text: 'Chapter 2 Outlook' },
          { text: 'Growth is expected to continue.' },
        ],
        { language: 'en' },
      ),
    );
    expect(doc.title).toBe('Annual Report 2022');
    expect(doc.editionYear).toBe(2022);
    expect(headingsOf(doc)).toEqual(['1 Chapter 1 Overview', '2 1.1 Scope of the survey', '1 Chapter 2 Outlook']);
  });

  it('records the innermost section of every block', () => {
    const doc = structure(segmentedDocument([{ text: '示例报告' }, body('导语'), { text: '一、成就' }, body('成就'), { text: '（一）网络' }, body('网络'), { text: '二、展望' }]));
    expect(doc.blockSection).toEqual([-1, -1, 0, 0, 1, 1, 2]);
  });
});

describe('a table of contents', () => {
  it('is passed over when its entries follow one another and name headings that come later', () => {
    const doc = structure(
      segmentedDocument([
        { text: '示例报告' },
        { text: '目 录' },
        { text: '一、总体情况 1' },
        { text: '（一）网络 1' },
        { text: '（二）算力' },
        { text: '3' },
        { text: '二、展望 5' },
        { text: '一、总体情况' },
        { text: '（一）网络' },
        body('网络'),
        { text: '（二）算力' },
        body('算力'),
        { text: '二、展望' },
        body('展望'),
      ]),
    );
    expect(doc.sections.map((s) => `${s.level} ${s.title} ${s.block}`)).toEqual(['1 一、总体情况 7', '2 （一）网络 8', '2 （二）算力 10', '1 二、展望 12']);
  });

  it('drops a chapter title repeated atop its pages, keeps a section title repeated in another chapter', () => {
    const doc = structure(
      segmentedDocument([
        { text: '一、网络', page: 1 },
        { text: '（一）现状', page: 1 },
        body('现状'),
        { text: '一、网络', page: 2 },
        { text: '（二）问题', page: 2 },
        body('问题'),
        { text: '二、算力', page: 3 },
        { text: '（一）现状', page: 3 },
        body('现状'),
      ]),
    );
    expect(doc.sections.map((s) => `${s.title} ${s.page}`)).toEqual(['一、网络 1', '（一）现状 1', '（二）问题 2', '二、算力 3', '（一）现状 3']);
  });

  it('does not take headings that repeat in every chapter for one', () => {
    const doc = structure(
      segmentedDocument([{ text: '一、网络' }, { text: '（一）现状' }, body('现状'), { text: '二、算力' }, { text: '（一）现状' }, body('现状')]),
    );
    expect(doc.sections.map((s) => s.title)).toEqual(['一、网络', '（一）现状', '二、算力', '（一）现状']);
  });
});

describe('unnumbered chapters', () => {
  const chapter = { bold: true, relativeSize: 1.33 };
  it('are the short lines set exactly like the numbered chapters', () => {
    const doc = structure(
      segmentedDocument([
        { text: '示例报告', bold: true, relativeSize: 1.8 },
        { text: '前言', ...chapter },
        body('前言'),
        { text: '一、总体情况', ...chapter },
        { text: '（一）网络', bold: true, relativeSize: 1.08 },
        { text: '专栏 1', bold: true, relativeSize: 1.08 },
        body('网络'),
        { text: '二、展望', ...chapter },
        body('展望'),
        { text: '结语', ...chapter },
        body('结语'),
      ]),
    );
    expect(doc.sections.map((s) => `${s.level} ${s.title}`)).toEqual(['1 前言', '1 一、总体情况', '2 （一）网络', '1 二、展望', '1 结语']);
  });

  it('are not looked for when the chapters are set like the body', () => {
    const doc = structure(segmentedDocument([{ text: '一、总体情况' }, { text: '前言' }, body('总体'), { text: '二、展望' }, body('展望')]));
    expect(doc.sections.map((s) => s.title)).toEqual(['一、总体情况', '二、展望']);
  });
});

describe('a designed report without numbering or bookmarks', () => {
  it('takes the two largest type sizes that several short lines share for its heading levels, joining a heading set on two lines', () => {
    const part = (text: string) => ({ text, relativeSize: 3.2 });
    const heading = (text: string) => ({ text, relativeSize: 1.8 });
    const callout = (text: string) => ({ text, relativeSize: 1.4 });
    const paragraph = { text: 'Most enterprises measure privacy. Their methods vary widely.' };
    const doc = structure(
      segmentedDocument(
        [
          { text: 'Global Privacy Report', relativeSize: 5.8 },
          part('Introduction'),
          heading('Executive Overview'),
          paragraph,
          callout('With a growing number of regulations'),
          callout('the need to get organized is clear'),
          { text: '1', relativeSize: 4 },
          callout('Managing the landscape is a challenge'),
          paragraph,
          heading('Privacy Trends Worth Noting'),
          paragraph,
          part('Analysis'),
          heading('Implementation and Knowledge'),
          heading('of Privacy Regulations'),
          paragraph,
          part('Conclusion'),
          paragraph,
        ],
        { language: 'en' },
      ),
    );
    expect(doc.sections.map((s) => `${s.level} ${s.title}`)).toEqual([
      '1 Introduction',
      '2 Executive Overview',
      '2 Privacy Trends Worth Noting',
      '1 Analysis',
      '2 Implementation and Knowledge of Privacy Regulations',
      '1 Conclusion',
    ]);
    expect(doc.tree.children.filter((n) => n.type === 'heading')).toHaveLength(7);
    expect(doc.tree.children.filter((n) => n.type === 'paragraph')).toHaveLength(9);
  });
});
