import { beforeAll, describe, expect, it } from 'vitest';
import { removeContents } from '../../pipeline/clean/contents.js';
import { convert, type RenderedDocument } from '../../pipeline/index.js';
import type { Page } from '../../pipeline/types.js';
import { fixture } from '../helpers.js';
import { markdownBody } from '../quality/metrics.js';

const page = (number: number, texts: string[]): Page => ({
  number,
  width: 0,
  height: 0,
  lines: texts.map((text) => ({ text, page: number })),
  rules: [],
  images: [],
});

describe('contents pages', () => {
  it.each([
    ['headed 目录, entries with dot leaders or a gap', ['目 录', '一、总体情况 1', '（一）基础设施 . . . . . . . 2', '（二）产业规模……………3', '二、主要任务 5']],
    ['headed Contents', ['Contents', '1 Introduction 1', '2 Methods .......... 4', '3 Results .......... 9']],
    ['headed 图目录', ['图目录', '图 1 算力发展总体框架 ..........3', '图 2 全球算力规模 ..........5', '图 3 我国算力规模 ..........12']],
    ['untitled, most lines entries with dot leaders', ['第一节 释义..........4', '第二节 公司简介和主要财务指标..........5', '第三节 公司业务概要..........9', '第四节 经营情况讨论与分析..........12', '第五节 重要事项..........30', '第六节 普通股股份变动及股东情况..........52', '备查文件目录']],
  ])('are left out: %s', (_name, texts) => {
    const { pages, messages } = removeContents([page(1, texts)]);
    expect(pages[0]!.lines).toEqual([]);
    expect(messages.map((m) => m.page)).toEqual([1]);
  });

  it('are left out of a title page that carries them below the abstract, the lines around them kept', () => {
    const texts = ['关于推荐开设课程的提议', '摘要', '本提案从介绍排版系统的背景和特点开始。', '目录', '3.3 具体措施 . . . . . . . . . 18', '4.1 提议原因 . . . . . . . . . 18', '2.1 什么是 TEX，以及它能做', '什么 . . . . . . . . . . . . 2', '21', '参考文献 22', '∗文件版本号 v1.4。', '†重庆大学 2012 级材料学院本科毕业生。', '‡重庆大学 TEX 用户组秘书。', '¶指导老师。', '1'];
    const { pages } = removeContents([page(1, texts)]);
    expect(pages[0]!.lines.map((line) => line.text)).toEqual(['关于推荐开设课程的提议', '摘要', '本提案从介绍排版系统的背景和特点开始。', '∗文件版本号 v1.4。', '†重庆大学 2012 级材料学院本科毕业生。', '‡重庆大学 TEX 用户组秘书。', '¶指导老师。', '1']);
  });

  it('are left out when a gap splits the page numbers from the titles and their leaders', () => {
    const texts = ['目录', '一、发展总体情况', '（一）基础设施持续完善 . . . . . . . .', '（二）产业规模稳步扩大 . . . . . . . .', '二、重点领域进展', '（一）智能制造加快推广 . . . . . . . .', '三、下一步工作', '3', '3', '3', '3', '3', '3'];
    expect(removeContents([page(1, texts)]).pages[0]!.lines).toEqual([]);
  });

  it('leave out the next page too when it goes on with entries, not a body page after it', () => {
    const pages = removeContents([
      page(2, ['目录', '一、总体情况 ..........1', '二、主要任务 ..........5', '三、保障措施 ..........9']),
      page(3, ['四、附件一 ..........12', '五、附件二 ..........15', '六、附件三 ..........18', '参考文献 ..........20']),
      page(4, ['一、总体情况', '2022 年全区生产总值增长 5.2%，其中第三产业增加值 3.1 万亿元，同比增长 6', '年末常住人口 2,188 万人。']),
    ]).pages;
    expect(pages.map((p) => p.lines.length)).toEqual([0, 0, 3]);
  });

  it.each([
    ['a body page that mentions 目录', ['目录', '动态调整医保目录，促进普惠健康保可持续发展。', '推进实施个人养老金制度。']],
    ['a table page of numbers', ['指标 2021 2022', '生产总值 40270 41611', '人口 2189 2184', '增长 8.5 0.7']],
    ['a body paragraph ending in an ellipsis', ['这些成就包括网络、算力、数据……', '以及更多领域的进展……', '其他内容。']],
  ])('keep %s', (_name, texts) => {
    expect(removeContents([page(1, texts)]).pages[0]!.lines).toHaveLength(texts.length);
  });
});

describe('a LaTeX report with a contents page', () => {
  let doc: RenderedDocument;
  beforeAll(async () => {
    doc = await convert(fixture('contents/report.pdf'));
  }, 60_000);

  it('leaves the contents out of the body: no dot leaders, no entry as a heading', () => {
    const body = markdownBody(doc.markdown);
    expect(body).not.toMatch(/\. \. \.|目录/);
    expect(doc.sections.map((s) => `${s.level} ${s.title}`)).toEqual([
      '1 一、发展总体情况',
      '2 （一）基础设施持续完善',
      '2 （二）产业规模稳步扩大',
      '1 二、重点领域进展',
      '2 （一）智能制造加快推广',
      '2 （二）数字政府效能提升',
      '1 三、下一步工作',
    ]);
    expect(doc.sections.every((s) => s.page === 3)).toBe(true);
  });

  it('takes no fact from the contents page', () => {
    expect(doc.facts.filter((fact) => fact.page === 2)).toEqual([]);
    expect(doc.facts.some((fact) => fact.text.startsWith('3.6'))).toBe(true);
  });
});
