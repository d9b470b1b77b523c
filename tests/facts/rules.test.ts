import { describe, expect, it } from 'vitest';
import { factsOf, read } from './document.js';

const values = (sentence: string) => factsOf([sentence]).map((fact) => fact.value);

describe('numbers', () => {
  it('reads Arabic numbers with separators and decimals, and scale words', () => {
    expect(read('已建成 5G 基站达到 71.8 万个。', ['value', 'scale', 'unit', 'unit_text', 'text'])).toEqual([
      { value: 718000, scale: 10000, unit: 'item', unit_text: '个', text: '71.8 万个' },
    ]);
    expect(read('收入累计完成1.36万亿元。', ['value', 'scale', 'unit'])).toEqual([{ value: 1360000000000, scale: 1e12, unit: 'CNY' }]);
    expect(values('交易额达到 1,234.5 亿元。')).toEqual([123450000000]);
    expect(values('流量达 41.9 亿 GB。')).toEqual([4190000000]);
  });

  it('reads Chinese numerals with a classifier, and vague ones as lower bounds', () => {
    expect(read('三家基础电信企业推出服务。', ['value', 'unit', 'qualifier'])).toEqual([{ value: 3, unit: 'organization', qualifier: 'exact' }]);
    expect(read('与沿线十几个国家建成陆缆。', ['value', 'qualifier'])).toEqual([{ value: 10, qualifier: 'gt' }]);
    expect(read('先后两批发布新职业。', ['value', 'unit'])).toEqual([{ value: 2, unit: 'item' }]);
    expect(read('五大国家顶级节点稳定运行。', ['value', 'unit'])).toEqual([{ value: 5, unit: 'item' }]);
    expect(read('汇聚数十 PB 的科学数据。', ['value', 'unit', 'qualifier'])).toEqual([{ value: 10, unit: 'PB', qualifier: 'gt' }]);
  });

  it('reads mixed numbers with 余 and 多 around the scale word', () => {
    expect(read('共享调用服务达 540 余亿次。', ['value', 'qualifier', 'unit'])).toEqual([{ value: 54000000000, qualifier: 'gt', unit: 'times' }]);
    expect(read('覆盖 2.4 万余家医疗机构。', ['value', 'qualifier', 'unit'])).toEqual([{ value: 24000, qualifier: 'gt', unit: 'organization' }]);
    expect(read('上架农副产品 9 万多个。', ['value', 'qualifier'])).toEqual([{ value: 90000, qualifier: 'gt' }]);
    expect(read('中心 2000 多个。', ['value', 'qualifier'])).toEqual([{ value: 2000, qualifier: 'gt' }]);
  });

  it('reads percentages and fractions, in figures and in words', () => {
    expect(read('比重达到 7.8%。', ['value', 'unit', 'kind'])).toEqual([{ value: 7.8, unit: '%', kind: 'percent' }]);
    expect(read('占比为百分之三十。', ['value', 'unit'])).toEqual([{ value: 30, unit: '%' }]);
    expect(read('占比接近四分之一。', ['value', 'qualifier', 'kind'])).toEqual([{ value: 25, qualifier: 'approx', kind: 'percent' }]);
    expect(read('全球占比超过1/3。', ['value', 'qualifier'])).toEqual([{ value: 33.3333333333, qualifier: 'gt' }]);
    expect(read('一半以上省级政府网站开通热线。', ['value', 'qualifier'])).toEqual([{ value: 50, qualifier: 'gt' }]);
  });

  it('reads ranges as value and value_max', () => {
    expect(read('增速保持在 10%-15%。', ['value', 'value_max', 'unit'])).toEqual([{ value: 10, value_max: 15, unit: '%' }]);
    expect(read('用 3至5年时间完成。', ['value', 'value_max', 'unit', 'kind'])).toEqual([{ value: 3, value_max: 5, unit: 'year', kind: 'duration' }]);
  });
});

describe('qualifiers', () => {
  it.each([
    ['5G 终端连接数超过 2 亿。', 'gt'],
    ['规模以上企业超4万家。', 'gt'],
    ['交易规模突破 99.7 亿元。', 'gt'],
    ['通光纤比例均在 98% 以上。', 'gt'],
    ['比例近 70%。', 'approx'],
    ['提供服务约 80 亿人次。', 'approx'],
    ['用时 7 分钟左右。', 'approx'],
    ['占比接近 25%。', 'approx'],
    ['比例不到 70%。', 'lt'],
    ['失业率控制在 5%以内。', 'lt'],
    ['比例低于 3%。', 'lt'],
    ['投资不少于 100 亿元。', 'gte'],
    ['审批时间不超过 5 天。', 'lte'],
    ['建成 5G 基站 71.8 万个。', 'exact'],
  ])('%s → %s', (sentence, qualifier) => {
    expect(read(sentence, ['qualifier'])).toEqual([{ qualifier }]);
  });
});

describe('kinds and units', () => {
  it.each([
    ['电信业务收入同比增长 3.6%。', 'change', '%'],
    ['可再生能源消费占比提高 0.5 个百分点。', 'change', 'percentage_point'],
    ['高新技术企业较上年增加3.3万家。', 'change', 'organization'],
    ['资费水平下降幅度超过 95%。', 'change', '%'],
    ['平均网络速率提升 7 倍以上。', 'multiple', 'fold'],
    ['专利申请量以68720件位列世界第一。', 'count', 'item'],
    ['实名用户已超过 4 亿人。', 'count', 'person'],
    ['服务 776 万人次。', 'count', 'person_times'],
    ['惠及 1200 万户贫困群众。', 'count', 'household'],
    ['软件业务收入 81616 亿元。', 'amount', 'CNY'],
    ['知识产权使用费出口额为 74.7 亿美元。', 'amount', 'USD'],
    ['光缆线路总长度达 5169 万公里。', 'measure', 'km'],
    ['系统容量超过 100Tbps。', 'measure', 'Tbps'],
    ['连续 8 年位居世界第一。', 'duration', 'year'],
  ])('%s → %s %s', (sentence, kind, unit) => {
    expect(read(sentence, ['kind', 'unit'])[0]).toEqual({ kind, unit });
  });

  it('a change records whether it is a rise or a fall', () => {
    expect(read('支出下降 4.8%。', ['direction'])).toEqual([{ direction: 'down' }]);
    expect(read('收入增长 4.8%。', ['direction'])).toEqual([{ direction: 'up' }]);
  });

  it('a change word before a count that qualifies a noun does not make it a change', () => {
    expect(read('提升 656 公里公交专用道使用效率。', ['kind'])).toEqual([{ kind: 'measure' }]);
  });

  it('reads ranks: 第N位, 世界第一, 前三', () => {
    expect(read('排名从2015年的第29位跃升至2020年的第14位。', ['value', 'kind', 'unit', 'time'])).toEqual([
      { value: 29, kind: 'rank', unit: 'rank', time: '2015' },
      { value: 14, kind: 'rank', unit: 'rank', time: '2020' },
    ]);
    expect(read('数字经济总量跃居世界第二。', ['value', 'kind'])).toEqual([{ value: 2, kind: 'rank' }]);
    expect(read('在专利声明排名中位居世界前三。', ['value', 'kind', 'qualifier'])).toEqual([{ value: 3, kind: 'rank', qualifier: 'lte' }]);
    expect(read('国家域名数量保持全球第一位。', ['value', 'text'])).toEqual([{ value: 1, text: '第一位' }]);
    expect(read('我国是全球第二大经济体。', ['value', 'kind'])).toEqual([{ value: 2, kind: 'rank' }]);
  });
});

describe('from-to pairs', () => {
  it('gives both numbers the same subject, their own years, and links them', () => {
    const pair = factsOf(['固定宽带家庭普及率由 2015 年底的 52.6% 提升到 2020 年底的 96%。']);
    expect(pair.map((f) => [f.value, f.time, f.role])).toEqual([
      [52.6, '2015', 'from'],
      [96, '2020', 'to'],
    ]);
    expect(pair[0]!.subject).toBe(pair[1]!.subject);
    expect(pair[0]!.subject).toContain('普及率');
    expect(pair[0]!.linked_to).toBe(pair[1]!.id);
    expect(pair[1]!.linked_to).toBe(pair[0]!.id);
  });

  it('pairs lists member by member', () => {
    const facts = factsOf(['关键工序数控化率、数字化研发设计工具普及率分别由2016年的45.7%和61.8%增长至2020年的52.1%和73%。']);
    const byValue = new Map(facts.map((f) => [f.value, f]));
    expect(byValue.get(45.7)!.linked_to).toBe(byValue.get(52.1)!.id);
    expect(byValue.get(61.8)!.linked_to).toBe(byValue.get(73)!.id);
    expect(facts.map((f) => f.time)).toEqual(['2016', '2016', '2020', '2020']);
  });

  it('a pair without years of its own takes the period before it, or the pair before it', () => {
    expect(read('2015年至2020年，我国信息消费规模由3.4万亿元增长到5.8万亿元。', ['time', 'role'])).toEqual([
      { time: '2015', role: 'from' },
      { time: '2020', role: 'to' },
    ]);
    expect(read('网民规模由 2015 年底的 6.88 亿增长到 2020 年底的 9.89 亿，互联网普及率由 50.3% 提升到 70.4%。', ['time']).map((f) => f.time)).toEqual([
      '2015',
      '2020',
      '2015',
      '2020',
    ]);
  });
});

describe('time', () => {
  it('takes years, months and days written in the sentence', () => {
    expect(read('截至 2020 年 11 月，系统总访问量达到 1132 万次。', ['time', 'time_inferred'])).toEqual([{ time: '2020-11', time_inferred: false }]);
    expect(read('截至 2020 年 12 月 6 日，累计服务 776 万人次。', ['time'])).toEqual([{ time: '2020-12-06' }]);
    expect(read('2020 年 1 月至 11 月，出口额为 74.7 亿美元。', ['time'])).toEqual([{ time: '2020-11' }]);
  });

  it('reads periods: “十三五”时期, N 年以来, N 年至 M 年', () => {
    expect(read('“十三五”时期，累计建成 5G 基站 71.8 万个。', ['time'])).toEqual([{ time: '2016/2020' }]);
    expect(read('2019年以来，专利申请量全球第一。', ['time'])).toEqual([{ time: '2019/2020' }]);
    expect(read('2017年到2021年，研发投入增长227%。', ['time'])).toEqual([{ time: '2017/2021' }]);
  });

  it('a comparison base is not the time of the number', () => {
    expect(factsOf(['2020 年，用户 9.89 亿。', '资费水平相比 2015 年下降幅度超过 95%。'])[1]).toMatchObject({ time: '2020', time_inferred: true });
  });

  it('falls back on the paragraph, then the report year, and marks the time inferred', () => {
    const [, second] = factsOf(['截至 2019 年底，用户达 8 亿。5G 终端连接数超过 2 亿。']);
    expect(second).toMatchObject({ time: '2019', time_inferred: true });
    expect(factsOf(['5G 终端连接数超过 2 亿。'], { editionYear: 2021 })[0]).toMatchObject({ time: '2021', time_inferred: true });
  });
});

describe('subjects', () => {
  it('takes the words naming what is measured', () => {
    expect(read('已建成 5G 基站达到 71.8 万个。', ['subject'])).toEqual([{ subject: '5G 基站' }]);
    expect(read('我国已与 16 个国家签署备忘录。', ['subject'])).toEqual([{ subject: '国家' }]);
    expect(read('中国裁判文书网文书总量达到1.1亿份。', ['subject'])[0]!.subject).toContain('文书总量');
  });
});

describe('not claims', () => {
  it.each([
    ['years used as dates', '2020 年，我国数字经济发展迅速。'],
    ['technology names', '5G、4G、IPv6 和 G20 领域，3D-NAND 闪存、25G 激光器芯片和 10G PON 网络加快发展。'],
    ['COVID-19', '应对 COVID-19 疫情。'],
    ['model and standard names', '通过 ISO 27001 认证，支持 Wi-Fi 6。'],
    ['a version', '教育信息化 2.0 行动成效明显。'],
    ['hotline and platform names', '全国 12315 平台持续优化，12309 中国检察网上线运行。'],
    ['a quoted code', '增设“9710”跨境电商监管代码。'],
    ['plan and period names', '“十三五”时期成就显著，《国民经济和社会发展第十四个五年规划和 2035 年远景目标纲要》发布。'],
    ['a figure or table reference', '评价指标如表 1 所示，结果见图 2。'],
    ['indefinite and ordinal numerals', '取得一批重大成果，向第二个百年奋斗目标进军，第一时间发布信息，行政办公区二期建成。'],
    ['party congresses', '深入贯彻党的十九大和十九届二中、三中、四中、五中全会精神，迎接二十大。'],
    ['numerals inside words', '推进一网通办和一体化平台，进一步落实十九届五中全会精神，北斗三号开通，千兆光网和千万门级 FPGA 量产。'],
    ['a few', '要着重把握好以下几个方面。'],
    ['list enumerators', '一是更加注重服务大局；二是加强协同。'],
    ['citations and links', '相关研究[4,5]见 DOI:10.5281/zenodo.154440 和 https://example.org/2021/12。'],
    ['decades', '上世纪 80 年代末排版语言兴起。'],
    ['page numbers in a table of contents', '3.3 具体措施 . . . . . . . . . 18'],
  ])('%s', (_label, sentence) => {
    expect(factsOf([sentence]).map((f) => f.text)).toEqual([]);
  });
});

describe('ids', () => {
  it('are stable and unique: block, sentence and place in the sentence', () => {
    const first = factsOf(['用户达 8 亿，增长 5%。', '基站 71.8 万个。']);
    expect(first.map((f) => f.id)).toEqual(['f1-1-1', 'f1-1-2', 'f2-1-1']);
    expect(factsOf(['用户达 8 亿，增长 5%。', '基站 71.8 万个。'])).toEqual(first);
  });
});

describe('durations', () => {
  it('近 N 年 is the last N years, not about N years; a plan named by its years is no claim', () => {
    expect(read('近 5 年我国基础算力快速增长。', ['value', 'qualifier'])).toEqual([{ value: 5, qualifier: 'exact' }]);
    expect(read('为旅客平均节约近 7 分钟。', ['qualifier'])).toEqual([{ qualifier: 'approx' }]);
    expect(factsOf(['实施核心区控规新一轮三年行动计划。'])).toEqual([]);
  });
});

describe('rates', () => {
  it('a growth rate is a change even with a to-word before its number', () => {
    expect(read('年均复合增长率达 13.1%。', ['kind'])).toEqual([{ kind: 'change' }]);
    expect(read('产业增速为 9.7%。', ['kind'])).toEqual([{ kind: 'change' }]);
    expect(read('比重提升至 41.5%。', ['kind'])).toEqual([{ kind: 'percent' }]);
    expect(read('出口带宽达到 100M 的学校比例为 99.92%。', ['value'])).toEqual([{ value: 99.92 }]);
  });
});

describe('full-width digits', () => {
  it('read as digits, the fact text as written', () => {
    expect(read('截至２０２０年底，接入率达９６．５％。', ['text', 'value', 'unit', 'time'])).toEqual([
      { text: '９６．５％', value: 96.5, unit: '%', time: '2020' },
    ]);
  });
});
