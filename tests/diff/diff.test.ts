import { describe, expect, it } from 'vitest';
import { diffFacts, renderDiffMarkdown } from '../../pipeline/diff/index.js';
import { edition, fact } from './facts.js';

const infrastructure = ['一、信息基础设施加快演进升级'];

describe('diffFacts', () => {
  it('pairs the same metric phrased differently, and says how it changed', () => {
    const old = fact('71.8 万个', '5G 网络建设速度和规模位居全球第一，已建成 5G 基站达到 71.8 万个，5G 终端连接数超过 2 亿。', {
      value: 718000, scale: 10000, subject: '5G 基站', time: '2020', section: ['一、“十三五”时期数字中国建设取得重要成就'],
    });
    const next = fact('142.5万个', '截至2021年底，全国累计建成5G基站142.5万个；全国超300个城市启动千兆光纤宽带网络建设。', {
      value: 1425000, scale: 10000, subject: '5G基站', time: '2021', section: infrastructure,
    });
    const diff = diffFacts(edition(2020, [old]), edition(2021, [next]));
    expect(diff.changed).toHaveLength(1);
    expect(diff.changed[0]).toMatchObject({ old: { id: old.id }, new: { id: next.id }, change: { absolute: 707000 } });
    expect(diff.changed[0]!.change.relative).toBeCloseTo(0.9847, 4);
    expect(diff.only_old).toEqual([]);
    expect(diff.only_new).toEqual([]);
  });

  it('pairs by the words around the number when the facts carry no subject', () => {
    const old = fact('37.2万亿元', '我国电子商务交易额由2015年的21.8万亿元增长到2020年的37.2万亿元。', { value: 37.2e12, unit: 'CNY', kind: 'amount', time: '2020' });
    const next = fact('42万亿元', '电子商务交易额从2017年的29万亿元增长至2021年的42万亿元。', { value: 42e12, unit: 'CNY', kind: 'amount', time: '2021' });
    expect(diffFacts(edition(2020, [old]), edition(2021, [next])).changed).toHaveLength(1);
  });

  it("compares each edition's own year: a baseline of another year is not the new value", () => {
    const sentence2020 = '我国电子商务交易额由2015年的21.8万亿元增长到2020年的37.2万亿元。';
    const sentence2021 = '电子商务交易额从2017年的29万亿元增长至2021年的42万亿元。';
    const common = { unit: 'CNY', kind: 'amount', subject: '电子商务交易额' } as const;
    const old = [
      fact('21.8万亿元', sentence2020, { ...common, value: 21.8e12, time: '2015', role: 'from' }),
      fact('37.2万亿元', sentence2020, { ...common, value: 37.2e12, time: '2020', role: 'to' }),
    ];
    const next = [
      fact('29万亿元', sentence2021, { ...common, value: 29e12, time: '2017', role: 'from' }),
      fact('42万亿元', sentence2021, { ...common, value: 42e12, time: '2021', role: 'to' }),
    ];
    const diff = diffFacts(edition(2020, old), edition(2021, next));
    expect(diff.changed.map((pair) => [pair.old.value, pair.new.value])).toEqual([[37.2e12, 42e12]]);
    expect(diff.old).toMatchObject({ reporting_year: 2020, facts_compared: 1, facts_not_compared: 1 });
    expect(diff.only_old).toEqual([]);
    expect(diff.only_new).toEqual([]);
  });

  it('does not pair the same number said of different things', () => {
    const old = fact('300 个', '我国已建成全球最大 5G 网络，独立组网（SA）率先实现规模商用，全国超 300 个城市规模部署 5G SA。', {
      value: 300, qualifier: 'gt', subject: '城市', time: '2020',
    });
    const next = fact('300个', '截至2021年底，全国累计建成5G基站142.5万个；全国超300个城市启动千兆光纤宽带网络建设，千兆用户规模达3456万户。', {
      value: 300, qualifier: 'gt', subject: '城市', time: '2021',
    });
    const diff = diffFacts(edition(2020, [old]), edition(2021, [next]));
    expect(diff.unchanged).toEqual([]);
    expect(diff.only_old).toHaveLength(1);
    expect(diff.only_new).toHaveLength(1);
  });

  it('does not pair a count with a share', () => {
    const old = fact('56.3%', '数据开放平台建设稳步推进，56.3%的省级政府已依托政府门户网站建立政府数据开放平台。', { value: 56.3, unit: '%', unit_text: '%', kind: 'percent', time: '2020' });
    const next = fact('24个', '2017年到2021年，全国省级公共数据开放平台由5个增至24个。', { value: 24, time: '2021', role: 'to' });
    const diff = diffFacts(edition(2020, [old]), edition(2021, [next]));
    expect(diff.changed).toEqual([]);
  });

  it('reports a match between look-alike indices as ambiguous instead of guessing', () => {
    const rank = (index: string) =>
      fact('前 10 位', `北京、上海等 10 个省（市）位列各省（区、市）${index}水平前 10 位。`, { value: 10, unit: 'rank', unit_text: '位', kind: 'rank', qualifier: 'lte', time: '2020', section: ['九、2020 年各地区信息化发展成效评价'] });
    const old = [rank('信息服务应用'), rank('产业数字化')];
    const next = fact('前10名', '浙江、北京、上海等地区数字化综合发展水平位居全国前10名。', { value: 10, unit: 'rank', unit_text: '名', kind: 'rank', qualifier: 'lte', time: '2021', section: ['五、各地区数字化综合发展水平'] });
    const diff = diffFacts(edition(2020, old), edition(2021, [next]));
    expect(diff.unchanged).toEqual([]);
    expect(diff.changed).toEqual([]);
  });

  it('compares a share written as a fraction with one written as a percentage', () => {
    const old = fact('37%', '我国信息领域专利申请全球占比达到37%。', { value: 37, unit: '%', unit_text: '%', kind: 'percent', subject: '专利申请 全球占比', time: '2020' });
    const next = fact('1/3', '我国信息领域专利申请全球占比超过1/3。', { value: 33.3333333333, unit: '%', unit_text: '', kind: 'percent', qualifier: 'gt', subject: '专利申请 全球占比', time: '2021' });
    const diff = diffFacts(edition(2020, [old]), edition(2021, [next]));
    expect(diff.changed).toHaveLength(1);
    expect(diff.changed[0]!.change.absolute).toBeCloseTo(-3.6667, 3);
  });

  it('counts a figure restated in another chapter once', () => {
    const first = fact('3.6 亿张', '电子社保卡累计签发 3.6 亿张，实现全部地市覆盖。', { value: 3.6e8, unit_text: '张', subject: '电子社保卡', time: '2020', section: ['一、成就'] });
    const again = fact('3.6 亿张', '电子社保卡累计签发 3.6 亿张，累计提供服务约 80 亿人次。', { value: 3.6e8, unit_text: '张', subject: '电子社保卡', time: '2020', section: ['六、数字惠民'] });
    const diff = diffFacts(edition(2020, [first, again]), edition(2021, []));
    expect(diff.only_old).toEqual([first]);
  });

  it('writes a Markdown table per chapter with both values, their years and the change', () => {
    const old = fact('71.8 万个', '已建成 5G 基站达到 71.8 万个。', { value: 718000, scale: 10000, subject: '5G 基站', time: '2020' });
    const next = fact('142.5万个', '全国累计建成5G基站142.5万个。', { value: 1425000, scale: 10000, subject: '5G基站', time: '2021', section: infrastructure });
    const markdown = renderDiffMarkdown(diffFacts(edition(2020, [old]), edition(2021, [next])));
    expect(markdown).toContain('## 一、信息基础设施加快演进升级');
    expect(markdown).toContain('| 5G 基站 | 71.8 万个 (2020) | 142.5万个 (2021) | +70.7万个 (+98.5%) |');
  });
});

describe('diffFacts on ranks', () => {
  it('does not compare a top-N bound with a position', () => {
    const old = fact('第一', '北京、浙江等 10 个省（市）信息化发展水平位于全国第一梯队。', { value: 1, unit: 'rank', unit_text: '', kind: 'rank', subject: '信息化发展水平', time: '2020' });
    const next = fact('前10名', '浙江、北京等地区信息化发展水平位居全国前10名。', { value: 10, unit: 'rank', unit_text: '名', kind: 'rank', qualifier: 'lte', subject: '信息化发展水平', time: '2021' });
    expect(diffFacts(edition(2020, [old]), edition(2021, [next])).changed).toEqual([]);
  });
});

describe('diffFacts on English editions', () => {
  it('pairs the same metric phrased differently', () => {
    const english = (file: ReturnType<typeof edition>) => ({ ...file, document: { ...file.document, language: 'en' as const } });
    const old = fact('718,000', 'China has built 718,000 5G base stations, and 5G terminal connections exceed 200 million.', { value: 718000, unit: '', unit_text: '', subject: '5G base stations', time: '2020' });
    const connections = fact('200 million', old.sentence, { value: 2e8, scale: 1e6, unit: '', unit_text: '', subject: '5G terminal connections', time: '2020' });
    const next = fact('1.425 million', 'The number of 5G base station reached 1.425 million by the end of 2021.', { value: 1425000, scale: 1e6, unit: '', unit_text: '', subject: '5G base station', time: '2021' });
    const diff = diffFacts(english(edition(2020, [old, connections])), english(edition(2021, [next])));
    expect(diff.changed.map((pair) => [pair.old.text, pair.new.text])).toEqual([['718,000', '1.425 million']]);
  });
});
