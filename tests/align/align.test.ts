import { describe, expect, it } from 'vitest';
import { alignFacts, renderAlignmentMarkdown } from '../../pipeline/align/index.js';
import { fact, file } from './facts.js';
import { headingNumeral, sectionKey } from '../../pipeline/align/sections.js';

const zhChapter = '三、数字经济发展动能更加强劲';
const zh1 = [zhChapter, '（一）数字产业化规模不断壮大'];
const zh2 = [zhChapter, '（二）产业数字化转型步伐加快'];
const en1 = ['III. The digital economy gained stronger momentum', '(I) Digital industrialization continued to grow in scale'];
const en2 = ['III. The digital economy gained stronger momentum', '(II) The digital transformation of industry accelerated'];

/** A small original with two sections, and an unrelated chapter the translation does not cover. */
function original(): FactsFile {
  return file('zh', [
    fact({ text: '1.36万亿元', value: 1.36e12, scale: 1e12, unit: 'CNY', kind: 'amount', section: zh1 }),
    fact({ text: '3.6%', value: 3.6, unit: '%', kind: 'change', section: zh1 }),
    fact({ text: '4万家', value: 40000, scale: 1e4, unit: 'enterprise', kind: 'count', qualifier: 'gt', section: zh1 }),
    fact({ text: '81616亿元', value: 8.1616e12, scale: 1e8, unit: 'CNY', kind: 'amount', section: zh1 }),
    fact({ text: '47 万家', value: 470000, scale: 1e4, unit: 'enterprise', kind: 'count', qualifier: 'gt', section: zh2 }),
    fact({ text: '85 个', value: 85, unit: 'node', kind: 'count', section: zh2 }),
    fact({ text: '第一', value: 1, unit: 'rank', kind: 'rank', section: zh2 }),
    fact({ text: '96%', value: 96, unit: '%', kind: 'percent', section: ['四、数字政府治理效能持续提升'] }),
  ]);
}

function faithful(): Fact[] {
  return [
    fact({ text: '1.36 trillion yuan', value: 1.36e12, scale: 1e12, unit: 'CNY', kind: 'amount', section: en1 }),
    fact({ text: '3.6%', value: 3.6, unit: '%', kind: 'change', section: en1 }),
    fact({ text: 'more than 40,000', value: 40000, unit: 'enterprise', kind: 'count', qualifier: 'gt', section: en1 }),
    fact({ text: 'RMB 8.16 trillion', value: 8.16e12, scale: 1e12, unit: 'CNY', kind: 'amount', section: en1 }),
    fact({ text: 'more than 470,000', value: 470000, unit: 'enterprise', kind: 'count', qualifier: 'gt', section: en2 }),
    fact({ text: '85', value: 85, unit: 'node', kind: 'count', section: en2 }),
    fact({ text: 'first', value: 1, unit: 'rank', kind: 'rank', section: en2 }),
  ];
}

describe('headings', () => {
  it('reads numerals of every scheme', () => {
    expect(['14', 'XIV', 'IX', '二十三', '十二', '十', '①', '2.3', 'b'].map(headingNumeral)).toEqual([14, 14, 9, 23, 12, 10, 1, 3, 2]);
  });
  it('gives a Chinese heading path and its translation the same key', () => {
    expect(sectionKey(zh2, 'zh')).toBe('3.2');
    expect(sectionKey(['Digital China Development Report (2020)', ...en2], 'en')).toBe('3.2');
  });
});

describe('alignFacts', () => {
  it('pairs a faithful translation of part of the original, rounding allowed', () => {
    const alignment = alignFacts(original(), file('en', faithful()));
    expect(alignment.summary).toEqual({ translation_facts: 7, original_facts_covered: 7, pairs: 7, differences: 0, only_in_translation: 0, only_in_original: 0 });
    expect(alignment.pairs.map((p) => p.original.text)).toEqual(original().facts.slice(0, 7).map((f) => f.text));
  });

  it('reports a wrong value, scale, rank, year and qualifier as differences of that field', () => {
    const facts = faithful();
    facts[0] = { ...facts[0]!, text: '1.36 billion yuan', value: 1.36e9, scale: 1e9 };
    facts[1] = { ...facts[1]!, time: '2019' };
    facts[2] = { ...facts[2]!, qualifier: 'approx' };
    facts[3] = { ...facts[3]!, text: 'RMB 8.61 trillion', value: 8.61e12 };
    facts[6] = { ...facts[6]!, text: 'second', value: 2 };
    const alignment = alignFacts(original(), file('en', facts));
    expect(alignment.differences.map((d) => [d.translation.text, d.fields])).toEqual([
      ['1.36 billion yuan', ['value']],
      ['3.6%', ['time']],
      ['more than 40,000', ['qualifier']],
      ['RMB 8.61 trillion', ['value']],
      ['second', ['value']],
    ]);
    expect(alignment.summary.pairs).toBe(2);
    expect(alignment.only_in_translation).toEqual([]);
  });

  it('reports numbers added and left out, counting only the sections translated', () => {
    const facts = faithful();
    facts.splice(5, 1);
    facts.push(fact({ text: '12 million', value: 12e6, scale: 1e6, unit: 'device', kind: 'count', section: en2 }));
    const alignment = alignFacts(original(), file('en', facts));
    expect(alignment.only_in_translation.map((f) => f.text)).toEqual(['12 million']);
    expect(alignment.only_in_original.map((f) => f.text)).toEqual(['85 个']);
  });

  it('follows numbers the translator reordered', () => {
    const facts = faithful();
    [facts[0], facts[1]] = [facts[1]!, facts[0]!];
    const alignment = alignFacts(original(), file('en', facts));
    expect(alignment.summary.pairs).toBe(7);
  });

  it('aligns a translation without numbered headings by order and value', () => {
    const facts = faithful().map((f) => ({ ...f, section: ['Digital economy'] }));
    const alignment = alignFacts(original(), file('en', facts));
    expect(alignment.summary.pairs).toBe(7);
    expect(alignment.only_in_original).toEqual([]);
  });

  it('writes a Markdown report with the differences first', () => {
    const facts = faithful();
    facts[5] = { ...facts[5]!, text: '58', value: 58 };
    const markdown = renderAlignmentMarkdown(alignFacts(original(), file('en', facts)));
    expect(markdown).toMatch(/## Differences\n\n\| fields \| translation \| original \|.*\n.*\n\| value \| 58 = 58 \(count, node, 2020\) \| 85 个 = 85/);
  });
});

describe('units', () => {
  it('lets a classifier stand for an English count without one, but not for a real unit', () => {
    const zh = file('zh', [
      fact({ text: '超过 80 家', value: 80, unit: 'organization', kind: 'count', qualifier: 'gt', section: zh2 }),
      fact({ text: '85 个', value: 85, unit: 'item', kind: 'count', section: zh2 }),
      fact({ text: '335亿元', value: 33.5e9, scale: 1e8, unit: 'CNY', kind: 'amount', section: zh2 }),
    ]);
    const en = file('en', [
      fact({ text: 'more than 80', value: 80, unit: '', kind: 'count', qualifier: 'gt', section: en2 }),
      fact({ text: '85', value: 85, unit: '', kind: 'count', section: en2 }),
      fact({ text: '33.5 billion US dollars', value: 33.5e9, scale: 1e9, unit: 'USD', kind: 'amount', section: en2 }),
    ]);
    const alignment = alignFacts(zh, en);
    expect(alignment.summary.pairs).toBe(2);
    expect(alignment.differences.map((d) => d.fields)).toEqual([['unit']]);
  });
});

describe('rounding', () => {
  it('accepts a translation rounded to the digits it writes, not one more precise than the original', () => {
    const zh = file('zh', [
      fact({ text: '81616亿元', value: 8.1616e12, scale: 1e8, unit: 'CNY', kind: 'amount', section: zh1 }),
      fact({ text: '4万家', value: 40000, scale: 1e4, unit: 'organization', kind: 'count', qualifier: 'gt', section: zh1 }),
    ]);
    const en = file('en', [
      fact({ text: 'RMB 8.16 trillion', value: 8.16e12, scale: 1e12, unit: 'CNY', kind: 'amount', section: en1 }),
      fact({ text: 'more than 41,000', value: 41000, unit: 'organization', kind: 'count', qualifier: 'gt', section: en1 }),
    ]);
    const alignment = alignFacts(zh, en);
    expect(alignment.pairs.map((p) => p.translation.text)).toEqual(['RMB 8.16 trillion']);
    expect(alignment.differences.map((d) => [d.translation.text, d.fields])).toEqual([['more than 41,000', ['value']]]);
  });
});

describe('reordered and wrong', () => {
  it('pairs a number both reordered and rendered wrongly with the leftover of the same sort in the sentences rendered', () => {
    const sentence = '2020 年，全国网上零售额达到 11.76 万亿元，连续 8 年位居世界第一。';
    const english = 'In 2020, national online retail sales reached 11.76 trillion yuan, ranking second in the world for the eighth consecutive year.';
    const zh = file('zh', [
      fact({ text: '11.76 万亿元', value: 11.76e12, scale: 1e12, unit: 'CNY', kind: 'amount', sentence, section: zh2 }),
      fact({ text: '8 年', value: 8, unit: 'year', kind: 'duration', sentence, section: zh2 }),
      fact({ text: '第一', value: 1, unit: 'rank', kind: 'rank', sentence, section: zh2 }),
    ]);
    const en = file('en', [
      fact({ text: '11.76 trillion yuan', value: 11.76e12, scale: 1e12, unit: 'CNY', kind: 'amount', sentence: english, section: en2 }),
      fact({ text: 'second in the world', value: 2, unit: 'rank', kind: 'rank', sentence: english, section: en2 }),
      fact({ text: 'eighth consecutive year', value: 8, unit: 'year', kind: 'duration', sentence: english, section: en2 }),
    ]);
    const alignment = alignFacts(zh, en);
    expect(alignment.differences.map((d) => [d.translation.text, d.original.text, d.fields])).toEqual([['second in the world', '第一', ['value']]]);
    expect(alignment.summary.pairs).toBe(2);
  });
});

describe('qualifiers', () => {
  it('reports "at least" for 超过 (more than) as a changed qualifier', () => {
    const zh = file('zh', [fact({ text: '500 余项', value: 500, unit: 'item', kind: 'count', qualifier: 'gt', section: zh2 })]);
    const en = file('en', [fact({ text: '500', value: 500, unit: '', kind: 'count', qualifier: 'gte', section: en2 })]);
    expect(alignFacts(zh, en).differences.map((d) => d.fields)).toEqual([['qualifier']]);
  });
});
