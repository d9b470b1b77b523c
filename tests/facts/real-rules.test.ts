import { describe, expect, it } from 'vitest';
import { facts, segment, structure } from '../../pipeline/index.js';
import { cleanedDocument } from '../segment/document.js';
import { factsOf, read } from './document.js';

/* Rules found wanting on real reports the engine was not written on (tests/facts/real.test.ts), on made-up sentences. */

/** The facts of a whole text document: headings found by the structure stage, no title year. */
const factsOfDocument = (paragraphs: string[]) => facts(structure(segment(cleanedDocument(paragraphs)))).facts;

describe('the report’s own year without a title year', () => {
  it('a target year far ahead in a heading is not the year the report is written in', () => {
    const found = factsOfDocument([
      '一、2023 年发展情况',
      '2023 年，新增企业 1200 家。2023 年经济回升向好。',
      '二、面向 2035 年远景目标',
      '今年将新建基站 3 万个。',
    ]);
    expect(found.map((f) => [f.value, f.time])).toEqual([
      [1200, '2023'],
      [30000, '2023'],
    ]);
  });
});

describe('units found in real reports', () => {
  it('N 周年 is a duration in years', () => {
    expect(read('今年是协会成立 30 周年。', ['value', 'unit', 'kind'])).toEqual([{ value: 30, unit: 'year', kind: 'duration' }]);
  });

  it('地 counts places (京津冀等 8 地, 三地)', () => {
    expect(read('京津冀、长三角等 8 地启动建设枢纽节点。', ['value', 'unit'])).toEqual([{ value: 8, unit: 'item' }]);
  });

  it('场次 and 批次 count occasions', () => {
    expect(read('全年开展赛事活动 2.1 万场次。', ['value', 'unit'])).toEqual([{ value: 21000, unit: 'times' }]);
  });
});

describe('qualifiers with a linking word', () => {
  it('约为, 约占 and 超过了 qualify the number after them', () => {
    expect(read('东部地区占比约为 12%。', ['qualifier'])).toEqual([{ qualifier: 'approx' }]);
    expect(read('服务业约占 60%的份额。', ['qualifier'])).toEqual([{ qualifier: 'approx' }]);
    expect(read('终端连接数超过了 3.5 亿。', ['qualifier'])).toEqual([{ qualifier: 'gt' }]);
  });
});

describe('changes named around the percentage', () => {
  it('a rate right before the number: 涨幅 2%左右', () => {
    expect(read('物价涨幅 2%左右。', ['kind', 'qualifier'])).toEqual([{ kind: 'change', qualifier: 'approx' }]);
  });

  it('a growth named after it: 保持 15%的高位增长, 以 20%的速度增长', () => {
    expect(read('营业收入保持 15%的高位增长。', ['kind'])).toEqual([{ kind: 'change' }]);
    expect(read('市场规模将以 20%的速度增长。', ['kind'])).toEqual([{ kind: 'change' }]);
  });
});

describe('spans of time that are no claims', () => {
  it('未来五年 and 今后 3 年 name the horizon of a forecast, not a quantity', () => {
    expect(read('预计未来五年市场规模将以 20%的速度增长。', ['value'])).toEqual([{ value: 20 }]);
    expect(read('今后 3 年，新增企业 1200 家。', ['value'])).toEqual([{ value: 1200 }]);
  });

  it('the years of an average rate (近五年年均增速, 两年复合增长率) say when', () => {
    expect(read('近五年年均增速超过 30%。', ['value'])).toEqual([{ value: 30 }]);
    expect(read('收入同比增长 17.7%，两年复合增长率为 15.5%。', ['value'])).toEqual([{ value: 17.7 }, { value: 15.5 }]);
  });
});

describe('the year of a number', () => {
  it('a plan’s name (“十四五”规划) gives no time to the numbers after it', () => {
    const [fact] = factsOf(['今年是实现“十四五”规划目标的关键一年，也是协会成立 10 周年。'], { editionYear: 2024 });
    expect(fact).toMatchObject({ value: 10, time: '2024' });
  });

  it('without a title year, a later year in a heading is the report’s: its “this year” and its targets', () => {
    const found = factsOfDocument([
      '一、2023 年工作回顾',
      '全市地区生产总值增长 5.2%，新增就业 28 万人。2023 年是开局之年。2023 年经济回升向好。',
      '二、2024 年重点任务',
      '今年的主要预期目标是：地区生产总值增长 5%左右。',
    ]);
    expect(found.map((f) => [f.value, f.time])).toEqual([
      [5.2, '2023'],
      [280000, '2023'],
      [5, '2024'],
    ]);
  });
});

describe('subjects made of whole words', () => {
  it('a classifier that begins a noun leaves the noun whole (四部门 → 部门)', () => {
    expect(read('国家网信办等四部门开展专项治理。', ['value', 'subject'])).toEqual([{ value: 4, subject: '部门' }]);
  });

  it('a scale word and classifier jieba glued to the next word are words of their own (万人, 项稳)', () => {
    expect(read('城镇新增就业 28.1 万人。', ['value', 'unit'])).toEqual([{ value: 281000, unit: 'person' }]);
    expect(read('集中推出 15 项稳就业措施。', ['subject'])[0]!.subject).toContain('措施');
  });

  it('a measure jieba would cut is one noun (人均可支配收入)', () => {
    expect(read('城镇居民人均可支配收入增长 5%。', ['subject'])).toEqual([{ subject: '城镇居民人均可支配收入' }]);
  });

  it('a jump is a change word, never the subject', () => {
    expect(read('数字经济占比跃升至 40%。', ['subject'])[0]!.subject).not.toContain('跃升');
  });
});

describe('units and codes of technical reports', () => {
  it('a bandwidth per second keeps its /s', () => {
    expect(read('网络带宽达到 400GB/s。', ['value', 'unit'])).toEqual([{ value: 400, unit: 'GB/s' }]);
  });

  it('a postal code or telephone number is no claim', () => {
    expect(read('地址：北京市海淀区花园北路 52 号，邮编：100191。', ['value'])).toEqual([]);
    expect(read('联系电话：010-62300000。', ['value'])).toEqual([]);
  });
});

describe('half a unit', () => {
  it('半 before a unit is a half: 为期半年, 半个月', () => {
    expect(read('启动为期半年的专项整治。', ['value', 'unit', 'kind'])).toEqual([{ value: 0.5, unit: 'year', kind: 'duration' }]);
    expect(read('用药量放宽至半个月。', ['value', 'unit'])).toEqual([{ value: 0.5, unit: 'month' }]);
  });

  it('上半年 and 下半年 are times, 半导体 and 半年报 are words', () => {
    expect(read('2022 年下半年实现量产，上半年增长 5%。', ['value'])).toEqual([{ value: 5 }]);
    expect(read('聚焦半导体产业，发布半年报 3 份。', ['value'])).toEqual([{ value: 3 }]);
  });
});

describe('the noun a count counts', () => {
  it('may follow a modifier: 34.4 万名受灾群众', () => {
    expect(read('妥善安置 34.4 万名受灾群众。', ['value', 'subject'])).toEqual([{ value: 344000, subject: '受灾群众' }]);
  });
});

describe('model numbers', () => {
  it('a bare number right after a product name is no claim (思睿 290)', () => {
    expect(read('已形成训练芯片思睿 290、推理芯片思睿 270 的产品线。', ['value'])).toEqual([]);
  });

  it('a bare number after a verb stays a claim', () => {
    expect(read('综合指数为 290。', ['value'])).toEqual([{ value: 290 }]);
  });
});

describe('tenths in words', () => {
  it('八成 is 80 %, qualified like any share (超八成, 近七成)', () => {
    expect(read('4G 用户渗透率超八成，近七成民宿已正常运营。', ['value', 'unit', 'kind', 'qualifier'])).toEqual([
      { value: 80, unit: '%', kind: 'percent', qualifier: 'gt' },
      { value: 70, unit: '%', kind: 'percent', qualifier: 'approx' },
    ]);
  });

  it('一成不变 and 成为 hold no share', () => {
    expect(read('政策一成不变，三成为企业。', ['value'])).toEqual([]);
  });
});
