import { describe, expect, it } from 'vitest';
import { nameBeforeNumber } from '../../pipeline/diff/names.js';

// [the text of a clause before its number, the metric's name]
const cases: [string, string][] = [
  ['全国网上零售额达到 ', '网上零售额'],
  ['已建成 5G 基站达到 ', '5G 基站'],
  ['累计建成5G基站', '5G 基站'],
  ['我国网民规模由 2015 年底的 6.88 亿增长到 2020 年底的 ', '网民规模'],
  ['互联网普及率由 50.3% 提升到 ', '互联网普及率'],
  ['我国电子政务发展指数国际排名从 2018 年的第 65 位上升到 2020 年的', '电子政务发展指数'],
  ['2020年我国全球专利申请量同比增长', '专利申请量'],
  ['截至 2020 年底，IPv6 活跃用户数达 ', 'IPv6 活跃用户数'],
  ['电子社保卡累计签发 ', '电子社保卡'],
  ['累计提供共享调用服务超过', '调用服务'],
  ['以', ''],
  ['连续 ', ''],
];

describe('nameBeforeNumber', () => {
  it.each(cases)('%s → %s', (text, name) => {
    expect(nameBeforeNumber(text, 'zh')).toBe(name);
  });
});
