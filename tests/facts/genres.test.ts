import { describe, expect, it } from 'vitest';
import { facts, segment, structure } from '../../pipeline/index.js';
import type { Fact, Language } from '../../pipeline/index.js';
import { cleanedDocument } from '../segment/document.js';
import { factsOf } from './document.js';

/*
 * Rules for genres beyond the government and institute reports (papers, broker notes, filings,
 * survey reports), on made-up sentences in their manner: what is no claim, units, lists sharing
 * a unit, times of quarters and halves, directions.
 */

const factsIn = (sentence: string, language: Language = 'zh', editionYear = 2022) => factsOf([sentence], { language, editionYear });
const pick = (facts: Fact[], ...fields: (keyof Fact)[]) => facts.map((f) => Object.fromEntries(fields.map((k) => [k, f[k]])));

describe('numbers that are no claims', () => {
  it.each([
    // Bibliographic references: volume(issue): pages, year: pages, reference marks, pp.
    ['zh', 'IEEE Transactions on Networking, 2019, 27(3): 1220-1233.'],
    ['zh', 'Ad Hoc Networks, 2017, 58: 255-268.'],
    ['zh', 'Chongqing: IEEE, 2019: 44-49.'],
    ['zh', '194-206.'],
    ['en', 'Electronics Letters, 1995, 31 (2): 93-95.'],
    ['en', 'In Proc. CVPR, pp. 1438-1447, 2021.'],
    ['zh', '如文献 [ 14 ] 和［１５］所述。'],
    // Identifiers: DOI, ISSN, article numbers, postal codes, grant numbers, stock codes.
    ['zh', 'doi：10.3969 / j.issn.1673-629X.2020.10.021'],
    ['zh', '文章编号：1673-629X(2020)10-0111-06'],
    ['zh', 'ｄｏｉ：１０．３９６９／ｊ．ｉｓｓｎ．１６７３－６２９Ｘ'],
    ['en', 'ISSN 1007-5321, ISBN 978-7-111-54742-6.'],
    ['zh', '北京交通大学 电子信息工程学院，北京 100044；鹏城实验室，深圳 518052）'],
    ['en', 'School of Electronic Engineering, Beijing 100044, China.'],
    ['zh', '国家自然科学基金项目（61972026，61802014）资助。'],
    ['zh', '金宇生物技术股份有限公司（600201）发布公告，代码 600201.SH。'],
    ['en', 'LIU Ning-chun1, GAO Shuai1,2 , HOU Xin-di1'],
    // Dates in digits.
    ['zh', '《开源量化评论（1）》-2020.6.16，发布于 2018.12.21。'],
    ['zh', '数据截至 2021-07，测试区间：20100430-20200630。'],
    ['en', 'The survey closed on 7/19/2022.'],
    // Formulas and settings of a method.
    ['en', 'We set hidden size d = 768.'],
    ['en', 'The learning rate and batch size are set as 5 × 10−5 and 32, respectively.'],
    ['en', 'For the RE task, the batch size is 8.'],
    ['zh', '一维 t 阶多项式可以被 t + 1 点唯一确定，λ=70%时。'],
    ['en', 'The valley is a y∗ that meets the condition HB(y∗) = 0.'],
    ['en', 'V (x) = 1, xi¹ ≤ x ≤ xi² (4)'],
    ['en', '0, otherwise'],
    ['en', '(F ∗l k)(p) = F(s)k(t) (5)'],
    // Numbers that lost their labels: a table row or a chart's axis read as text.
    ['en', '0.7073 0.6963 0.6896 0.6353'],
    ['zh', '2.0 1.5 1.0 0.5'],
    ['zh', '学习率设为 0.001，批大小为 64。'],
    // Labels of boxes, cases, theorems, figures and tables; list labels.
    ['zh', '专栏 3 介绍了案例 2 和定理 1，见式（3）。'],
    ['zh', '1） 初始化时间开销'],
    ['en', 'The results are shown in Table 1 and Fig. 3, as in Section 3.4 and Eq. (2).'],
    // Product and version names.
    ['en', 'Staff moved to Windows 11 and Microsoft 365 this year.'],
    ['en', 'We report Scope 1, 2 and 3 emissions.'],
    ['en', 'The model builds on GPT-4 and 5G networks.'],
    // Numerals inside nouns, decades, an IPv6 block size alone.
    ['zh', '三元组和六元组构成四象限，七八十年代的两部分数据。'],
    ['zh', '地址块数（/32）。'],
    // A numeral after a demonstrative points back.
    ['zh', '我们将基于这两套研究体系，落实上述三项措施。'],
    ['en', 'Based on these two systems, we build a framework.'],
    // Kinds counted in words sort what the text describes; a section number opening a heading.
    ['zh', '该策略由概率指标模式和单边趋势模式两种模式相互配合使用。'],
    ['zh', '目前密钥的管理方案主要分为三大类：集中式、分散集中式和分布式。'],
    ['zh', '其中包括身份认证和消息加密两方面内容。'],
    ['zh', '4.1、切割得到的动量因子在样本中表现优异'],
    ['zh', '使用了高精度算术运算库 v6. 2. 0，见 4. 2 节。'],
  ] as [Language, string][])('%s: %s', (language, sentence) => {
    expect(pick(factsIn(sentence, language), 'text')).toEqual([]);
  });
});

describe('numbers of industry and science', () => {
  it.each([
    ['zh', '新增装机容量 120 GW。', 120, 'GW'],
    ['zh', '硅片直径 50 um。', 50, 'um'],
    ['zh', '线宽 7 μm。', 7, 'um'],
    ['zh', '总算力达到 135 EFlops。', 135, 'EFLOPS'],
    ['zh', '新建 3.5 万千米光缆。', 35000, 'km'],
    ['zh', '集装箱吞吐量 2.8 亿标箱。', 280000000, 'TEU'],
    ['zh', '节约 2 万吨标准煤。', 20000, 'tce'],
    ['zh', '发电量 1200 亿千瓦时。', 120000000000, 'kWh'],
    ['en', 'Capacity reached 120 GW.', 120, 'GW'],
    ['en', 'Emissions fell to 3,400 tCO2e.', 3400, 'tCO2e'],
  ] as [Language, string, number, string][])('%s: %s', (language, sentence, value, unit) => {
    expect(pick(factsIn(sentence, language), 'value', 'unit')).toEqual([{ value, unit }]);
  });

  it('reads digits grouped by spaces, a space before %, full-width digits and a minus sign', () => {
    expect(pick(factsIn('训练 10 000 个回合。'), 'value', 'unit')).toEqual([{ value: 10000, unit: 'item' }]);
    expect(pick(factsIn('误差为 0.000 1。'), 'value')).toEqual([{ value: 0.0001 }]);
    expect(pick(factsIn('准确率达到 96.80 %。'), 'value', 'unit')).toEqual([{ value: 96.8, unit: '%' }]);
    expect(pick(factsIn('准确率达到９６．８０％。'), 'value', 'unit')).toEqual([{ value: 96.8, unit: '%' }]);
    expect(pick(factsIn('因子 IC 均值仅为-0.002。'), 'value')).toEqual([{ value: -0.002 }]);
    expect(pick(factsIn('Margin was -3.5% in the quarter.', 'en'), 'value')).toEqual([{ value: -3.5 }]);
    // A dash between two Chinese words joins them: 6 个月涨跌幅-1 个月涨跌幅 names a factor.
    expect(pick(factsIn('以 6 个月涨跌幅-1 个月涨跌幅为例。'), 'value')).toEqual([{ value: 6 }, { value: 1 }]);
  });

  it('reads vague quantities and a half after a duration', () => {
    expect(pick(factsIn('上百家企业参与。'), 'value', 'unit', 'qualifier')).toEqual([{ value: 100, unit: 'organization', qualifier: 'gt' }]);
    expect(pick(factsIn('覆盖十几个省份。'), 'value', 'qualifier')).toEqual([{ value: 10, qualifier: 'gt' }]);
    expect(pick(factsIn('以近三年半作为回测窗口。'), 'value', 'unit')).toEqual([{ value: 3.5, unit: 'year' }]);
  });

  it('a quantity bounding the group another number of its clause counts is no claim', () => {
    expect(pick(factsIn('清理了一年以内的应收账款约 50%。'), 'value', 'unit')).toEqual([{ value: 50, unit: '%' }]);
    expect(pick(factsIn('完成投资 1.2 万亿元，带动就业 300 万人。'), 'value')).toEqual([{ value: 1200000000000 }, { value: 3000000 }]);
  });

  it('reads a qualifier the segmenter glued to the unit', () => {
    expect(pick(factsIn('整个过程也只需要 2 秒左右。'), 'value', 'unit', 'qualifier')).toEqual([{ value: 2, unit: 'second', qualifier: 'approx' }]);
  });

  it('reads a currency sign glued to the word before it', () => {
    expect(pick(factsIn('We invested$400 million in Aurora.', 'en'), 'value', 'unit')).toEqual([{ value: 400000000, unit: 'USD' }]);
  });
});

describe('a unit written once for a list', () => {
  it.each([
    ['zh', '收入分别为 4.7、7.2、9.3 亿元。', [470000000, 720000000, 930000000], 'CNY'],
    ['zh', '对应 PE 分别为 30、20、15 倍。', [30, 20, 15], 'fold'],
    ['zh', '分别提升 2.13 和 0.6 个百分点。', [2.13, 0.6], 'percentage_point'],
    ['zh', '网络节点数量分别为 50、100、150、200 个。', [50, 100, 150, 200], 'item'],
    ['en', 'Revenue grew 12, 15 and 18 percent.', [12, 15, 18], '%'],
  ] as [Language, string, number[], string][])('%s: %s', (language, sentence, values, unit) => {
    const found = factsIn(sentence, language);
    expect(found.map((f) => f.value)).toEqual(values);
    expect(new Set(found.map((f) => f.unit))).toEqual(new Set([unit]));
  });

  it('counts a list of numbers before a noun that takes no classifier', () => {
    expect(factsIn('分别构建了包含 50、100、150 和 200 节点的网络拓扑。').map((f) => f.value)).toEqual([50, 100, 150, 200]);
  });
});

describe('times of quarters, halves, fiscal years and forecasts', () => {
  it.each([
    ['zh', '22 年 1 季度营收 4.7 亿元。', '2022-01/2022-03'],
    ['zh', '2022 年第三季度营收 4.7 亿元。', '2022-07/2022-09'],
    ['zh', '2022 年上半年实现收入 12 亿元。', '2022-01/2022-06'],
    ['zh', '2021 年前三季度收入 20 亿元。', '2021-01/2021-09'],
    ['zh', '2010 年 4 月份以来，年化收益率为 9.72%。', '2010/2022'],
    ['zh', '2018 年起，新增用户 3 万户。', '2018/2022'],
    ['zh', '预计 2024E 净利润 3.2 亿元。', '2024'],
    ['en', 'In the first quarter of 2022, trips were 1.7 billion.', '2022-01/2022-03'],
    ['en', 'For the three months ended March 31, 2022, revenue was $6.9 billion.', '2022-01/2022-03'],
    ['en', 'For the six months ended June 30, 2021, revenue was $6.9 billion.', '2021-01/2021-06'],
    ['en', 'Revenue in Q2 2021 was $3.9 billion.', '2021-04/2021-06'],
    ['en', 'In fiscal year 2021, revenue was $17.5 billion.', '2021'],
    ['en', 'In FY22 revenue was $17.5 billion.', '2022'],
  ] as [Language, string, string][])('%s: %s', (language, sentence, time) => {
    expect(factsIn(sentence, language).map((f) => f.time)).toContain(time);
  });

  it('a half or quarter without a year takes the year around it', () => {
    expect(factsOf(['2021 年经营稳健。上半年实现收入 12 亿元。'], { editionYear: 2021 }).map((f) => f.time)).toEqual(['2021-01/2021-06']);
  });

  it('"since" a month of the report\'s own year is that month, not a span of one year to itself', () => {
    const found = factsOf(['2020 年 6 月起，各部门启动为期半年的专项整治行动。'], { editionYear: 2020 });
    expect(found.map((f) => f.time)).toEqual(['2020-06']);
  });

  it('"the same period in 2021" is a base, not the time of the number', () => {
    const found = factsIn('In the first quarter of 2022, trips grew 17% compared to the same period in 2021.', 'en');
    expect(pick(found, 'value', 'time')).toEqual([{ value: 17, time: '2022-01/2022-03' }]);
  });

  it('the base dates the value compared with', () => {
    const found = factsIn('Delivery profit was $30 million, up $230 million from a loss of $200 million in the same period in 2021.', 'en');
    expect(pick(found, 'value', 'time')).toEqual([
      { value: 30000000, time: '2022' },
      { value: 230000000, time: '2022' },
      { value: 200000000, time: '2021' },
    ]);
  });
});

describe('a paper counts the parts of its method in words; its findings are in digits', () => {
  const paper = (body: string[], language: Language) =>
    language === 'zh'
      ? ['一种安全组播机制', '摘要：提出了一种机制。', '关键词：组播；证书', ...body, '参考文献：', '[1] 张三. 组播安全[J]. 计算机学报, 2019, 38(2): 69-74.']
      : ['A Layout Model', 'Abstract', 'We propose a model.', ...body, 'References', '[1] A. Smith. Reading order. In Proc. CVPR, 2019.'];

  it.each([
    ['en', 'We focus on two tasks and stack three convolutional layers; the model reaches a 0.6779 F1 score on 1,000 documents.', [0.6779, 1000]],
    ['zh', '该机制分为两个模块，包括三套密钥，认证时延只需要 2 秒左右，缓存不少于三个密钥块。', [2, 3]],
  ] as [Language, string, number[]][])('%s: %s', (language, sentence, values) => {
    expect(factsOf(paper([sentence], language), { language }).map((f) => f.value)).toEqual(values);
  });

  it('in a report, counts in words are claims', () => {
    expect(factsOf(['Five national top-level nodes run stably.'], { language: 'en' }).map((f) => f.value)).toEqual([5]);
    expect(factsOf(['建成两个国家级模块。']).map((f) => f.value)).toEqual([2]);
  });
});

describe('a grid of numbers without a word (a chart axis read as a table)', () => {
  it('gives no facts; a table with labels does', () => {
    const grid = (rows: string[][]) => {
      const cleaned = cleanedDocument(['图 7 性能测试结果'], 'zh');
      cleaned.blocks.push({ kind: 'table', text: '', page: 1, rows, headerRows: 0 });
      const doc = segment(cleaned);
      return facts({ ...doc, title: 'test', editionYear: 2020, preamble: [], sections: [], blockSection: doc.blocks.map(() => -1), keywords: [], tree: { type: 'root', children: [] } }).facts;
    };
    expect(grid([['2.5'], ['2.0 1.5 1.0 0.5'], ['0']])).toEqual([]);
    expect(grid([['指标', '数值'], ['时延', '2.5']]).map((f) => f.value)).toEqual([2.5]);
  });
});

describe('statistics over a window', () => {
  it.each([
    ['zh', ['我们以 2018 年以来近三年半作为回测窗口。从结果来看效果显著。策略年化收益率 21.62%，夏普比率 1.94。'], [['三年半', '2018/2022'], ['21.62%', '2018/2022'], ['1.94', '2018/2022']]],
    ['zh', ['回测区间为 2010 年 1 月至 2021 年 9 月。策略年化收益率 20.7%。'], [['20.7%', '2010-01/2021-09']]],
    ['en', ['The backtest runs from 2012 to 2021. The strategy returned 8.2% a year.'], [['8.2%', '2012/2021']]],
    // A period that is no window stands for its end year: a level reported for 2016–2020 is the level of 2020.
    ['zh', ['2016 年至 2020 年，产业快速发展。用户规模达 3 亿户。'], [['3 亿户', '2020']]],
  ] as [Language, string[], [string, string][]][])('%s: %s', (language, paragraphs, expected) => {
    expect(factsOf(paragraphs, { language, editionYear: 2022 }).map((f) => [f.text, f.time])).toEqual(expected);
  });
});

describe('a number without a unit', () => {
  it('counts when whole, measures when a fraction', () => {
    expect(pick(factsIn('夏普比率 1.94，交易 120 笔，持仓 35。'), 'value', 'kind')).toEqual([
      { value: 1.94, kind: 'measure' },
      { value: 120, kind: 'count' },
      { value: 35, kind: 'count' },
    ]);
  });
});

describe('subjects of the members of a list read respectively', () => {
  it.each([
    ['zh', '营业收入、净利润分别为 4.7 亿元、1.2 亿元。', ['营业收入', '净利润']],
    ['zh', '2021 年，公司营业收入和归母净利润分别为 4.7、1.2 亿元，同比增长 20%、15%。', ['公司营业收入', '归母净利润', '公司营业收入', '归母净利润']],
    ['en', 'Revenue and net income were $4.7 billion and $1.2 billion, respectively.', ['Revenue', 'net income']],
    // A list of times read respectively names one measure for every number.
    ['en', 'Cost of revenue was $281 million and $359 million in 2021 and 2022, respectively.', ['revenue', 'revenue']],
  ] as [Language, string, string[]][])('%s: %s', (language, sentence, subjects) => {
    expect(factsIn(sentence, language).map((f) => f.subject)).toEqual(subjects);
  });

  it('a share restating a number measures what it measures', () => {
    const found = factsIn('Overall Gross Bookings increased to $26.4 billion in the first quarter of 2022, or 39% on a constant currency basis.', 'en');
    expect(pick(found, 'subject', 'kind', 'direction')).toEqual([
      { subject: 'Overall Gross Bookings', kind: 'amount', direction: undefined },
      { subject: 'Overall Gross Bookings', kind: 'change', direction: 'up' },
    ]);
  });
});

describe('directions of changes', () => {
  it.each([
    ['en', 'XYLayoutLM outperforms the original LayoutXLM [29] by 1.48% F1 score.', [[1.48, 'up']]],
    ['en', 'The fund underperformed the index by 2.1% in 2021.', [[2.1, 'down']]],
    ['en', 'After Augmented XY Cut, the improvement comes to 1.5%.', [[1.5, 'up']]],
    ['en', 'This leads to significant improvements of F1 score on both SER (1%) and RE (3%) tasks.', [[1, 'up'], [3, 'up']]],
    ['en', 'Costs fell in both regions, Europe (4%) and Asia (2%).', [[4, 'down'], [2, 'down']]],
    ['en', 'Gross Bookings increased to $26.4 billion, or 39% on a constant currency basis.', [[39, 'up']]],
    ['en', 'Costs decreased to $3.1 billion, or 12%, from the prior year.', [[12, 'down']]],
    ['en', 'MAPCs were 115 million, declining 3 million, or 3%, quarter-over-quarter.', [[3000000, 'down'], [3, 'down']]],
    ['en', 'Gross margin saw a nine percentage point decrease.', [[9, 'down']]],
    ['en', 'Using CPE decreases about 0.2% F1 score.', [[0.2, 'down']]],
    ['zh', '净利润同比下降 12.5%。', [[12.5, 'down']]],
    ['zh', '毛利率减少 2 个百分点。', [[2, 'down']]],
  ] as [Language, string, [number, string][]][])('%s: %s', (language, sentence, expected) => {
    const changes = factsIn(sentence, language).filter((f) => f.kind === 'change');
    expect(changes.map((f) => [f.value, f.direction])).toEqual(expected);
  });
});

describe('the year a document reports on and the year it is dated', () => {
  const factsOfDocument = (paragraphs: string[], language: Language = 'zh') =>
    facts(structure(segment(cleanedDocument(paragraphs, language)))).facts;

  it('a report of 2022 on the data of 2021 dates undated figures 2021, and 目前 2022', () => {
    const found = factsOfDocument([
      '中国产业发展白皮书（2022 年）',
      '2022年3月',
      '一、发展情况',
      '2021 年，产业规模达到 1.2 万亿元。2021 年增速加快。2021 年结构优化。2021 年投资增加。2021 年出口增长。2021 年就业稳定。2021 年创新活跃。',
      '二、市场主体',
      '新增企业 1200 家。',
      '目前，用户规模达 3 亿户。',
    ]);
    expect(found.map((f) => [f.value, f.time])).toEqual([
      [1200000000000, '2021'],
      [1200, '2021'],
      [300000000, '2022'],
    ]);
  });

  it('a deck without a title year is about the year of its date line, unless its text speaks far more of the year before', () => {
    const deck = (dateLine: string, body: string) => factsOfDocument(['数字化转型白皮书', dateLine, '一、回顾', body, '二、现状', '用户规模达 3 亿户。']);
    expect(deck('2020.11', '2019 年，企业上云率为 30%。2019 年投入增加。').at(-1)!.time).toBe('2020');
    const onPrevious = '2019 年，企业上云率为 30%。2019 年投入增加。2019 年结构优化。2019 年出口增长。';
    expect(deck('2020 年 3 月', onPrevious).at(-1)!.time).toBe('2019');
  });

  it('a box standing first under a heading speaks of its own year, not the section\'s', () => {
    const cleaned = cleanedDocument(['产业发展报告（2021 年）', '一、概况', '2015 年，案例企业收入 3 亿元。', '用户规模达 5 亿户。'], 'zh');
    cleaned.blocks[2]!.aside = { kind: 'box', id: 1 };
    const found = facts(structure(segment(cleaned))).facts;
    expect(found.map((f) => [f.value, f.time])).toEqual([
      [300000000, '2015'],
      [500000000, '2021'],
    ]);
  });

  it('a heading naming several years dates no text under it', () => {
    const found = factsOfDocument(
      ['Annual Report 2021', '1. Results', 'Revenue grew 7% to $2.1 billion.', '(b) Plans adopted in 2015 and 2017', 'The plans cover 3,400 employees.'],
      'en',
    );
    expect(found.map((f) => f.time)).toEqual(['2021', '2021', '2021']);
  });

  it('a quarterly filing is about the period its cover names', () => {
    const found = factsOfDocument(
      [
        'FORM 10-Q',
        'For the quarterly period ended March 31, 2022',
        'Trips in 2021 were 1.4 billion. The 2021 results were restated. In 2021 the Company grew.',
        'Revenue was $6.9 billion, up 136% year-over-year.',
      ],
      'en',
    );
    expect(found.filter((f) => f.unit === 'USD' || f.unit === '%').map((f) => f.time)).toEqual(['2022', '2022']);
  });

  it('each member of a list gets its own time when the sentence says respectively', () => {
    const found = factsIn('Expense was $281 million and $359 million in the first quarter of 2021 and 2022, respectively.', 'en');
    // The second year of a list after a quarter is that quarter of it.
    expect(found.map((f) => f.time)).toEqual(['2021-01/2021-03', '2022-01/2022-03']);
    expect(factsIn('2020 年和 2021 年营收分别为 3、5 亿元。').map((f) => f.time)).toEqual(['2020', '2021']);
  });

  it('an amount after a change word, followed by what it is compared with, is a change', () => {
    const found = factsIn('Adjusted EBITDA was $168 million, up $527 million compared to the same period in 2021.', 'en');
    expect(pick(found, 'value', 'kind', 'direction')).toEqual([
      { value: 168000000, kind: 'amount', direction: undefined },
      { value: 527000000, kind: 'change', direction: 'up' },
    ]);
  });
});
