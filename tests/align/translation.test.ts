import { beforeAll, describe, expect, it } from 'vitest';
import { alignFacts, extractFacts, type Alignment, type FactsFile } from '../../pipeline/index.js';
import { isContentsEntry } from '../../pipeline/align/contents.js';
import { fixture } from '../helpers.js';
import { fact, file } from './facts.js';

// A faithful translation of sections 六（三） and 六（五）, written for this test (its planted copy
// is checked with the others in tests/english/evaluation.test.ts): English that renders 人次 and
// 次 as "person-times", "trips", "times" and "visits", and 超过 as "exceeded", "exceeding", "over".
describe('align on a faithful translation of sections 六（三） and 六（五）', () => {
  let original: FactsFile;
  let alignment: Alignment;
  beforeAll(async () => {
    original = await extractFacts(fixture('digital-china-2020.zh.txt'));
    alignment = alignFacts(original, await extractFacts(fixture('dcdr2020-ch6-3-5.en.txt')));
  });

  it('reports no difference', () => {
    expect(alignment.differences.map((d) => `${d.translation.text} ≠ ${d.original.text}: ${d.fields.join(', ')}`)).toEqual([]);
  });

  it('pairs at least 97% of the translation’s facts', () => {
    expect(alignment.summary.translation_facts).toBeGreaterThanOrEqual(35);
    expect(alignment.summary.pairs).toBeGreaterThanOrEqual(0.97 * alignment.summary.translation_facts);
  });
});

describe('times compared only where written', () => {
  it('takes no inferred year for a difference, and still reports a year written wrongly', () => {
    const zh = fact({ text: '3.6 亿张', value: 360000000, unit: 'item', kind: 'count', sentence: '2020 年电子社保卡累计签发 3.6 亿张。' });
    const en = { text: '360 million', unit: 'item', kind: 'count' as const, sentence: 'A total of 360 million cards had been issued.' };
    const inferred = alignFacts(file('zh', [zh]), file('en', [fact({ ...en, value: 360000000, time: '2019', time_inferred: true })]));
    expect(inferred.summary.differences).toBe(0);
    const written = alignFacts(file('zh', [zh]), file('en', [fact({ ...en, value: 360000000, time: '2019' })]));
    expect(written.differences.map((d) => d.fields)).toEqual([['time']]);
  });
});

describe('units of occasions', () => {
  it('lets 人次 and 次 stand for "times" and "visits"', () => {
    const zh = fact({ text: '80 亿人次', value: 8e9, unit: 'person_times', kind: 'count' });
    const alignment = alignFacts(file('zh', [zh]), file('en', [fact({ text: '8 billion times', value: 8e9, unit: 'times', kind: 'count' })]));
    expect(alignment.summary).toMatchObject({ pairs: 1, differences: 0 });
  });
});

describe('contents pages', () => {
  const headings = new Set(['74数字经济', 'iiithedigitaleconomy']);
  it.each([
    ['7.4 数字经济 ........ 23', true],
    ['7.4 数字经济 23', true],
    ['III. The digital economy 12', true],
    ['数字经济增加值达到 7.41 万亿元。', false],
  ])('%s is a contents entry: %s', (sentence, expected) => {
    expect(isContentsEntry(fact({ text: '7.4', value: 7.4, unit: '', kind: 'count', sentence }), headings)).toBe(expected);
  });

  it('aligns no number of a table of contents', () => {
    // The contents entries of section 7.4 (its number read as a figure), and a claim of the section.
    const zhEntry = fact({ text: '7.4', value: 7.4, unit: '', kind: 'count', sentence: '7.4 数字经济 ........ 23', section: [] });
    const zhClaim = fact({ text: '7.41 万亿元', value: 7.41e12, unit: 'CNY', kind: 'amount', sentence: '增加值达到 7.41 万亿元。', section: ['7.4 数字经济'] });
    const enEntry = fact({ text: '7.4', value: 7.4, unit: '', kind: 'count', sentence: '7.4 Digital economy 31', section: [] });
    const enClaim = fact({ text: '7.41 trillion yuan', value: 7.41e12, unit: 'CNY', kind: 'amount', sentence: 'Value added reached 7.41 trillion yuan.', section: ['7.4 Digital economy'] });
    const alignment = alignFacts(file('zh', [zhEntry, zhClaim]), file('en', [enEntry, enClaim]));
    expect(alignment.summary).toMatchObject({ translation_facts: 1, pairs: 1, differences: 0, only_in_translation: 0 });
  });
});
