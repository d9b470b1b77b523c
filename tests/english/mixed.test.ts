import { describe, expect, it } from 'vitest';
import { convert } from '../../pipeline/index.js';

const paper = [
  '我国数字经济发展研究（2020 年）',
  '',
  'Abstract: By the end of 2020, China had built more than 718,000 5G base stations, and software revenue rose 13.3% year-on-year to RMB 8.16 trillion.',
  '',
  '一、发展现状',
  '',
  '2020 年，我国 5G 基站达到 71.8 万个，软件业务收入 81616 亿元，同比增长 13.3%。',
  '',
].join('\n');

describe('a Chinese paper with an English abstract', () => {
  it('reads the abstract with the English tables and the body with the Chinese ones', async () => {
    const doc = await convert({ path: 'paper.txt', bytes: new TextEncoder().encode(paper) });
    expect(doc.language).toBe('zh');
    expect(doc.blocks.map((block) => block.language)).toEqual([undefined, 'en', undefined, undefined]);
    const abstract = doc.blocks[1]!;
    expect(abstract.sentences).toHaveLength(1);
    const pick = (f: (typeof doc.facts)[number]) => [f.value, f.unit, f.kind, f.qualifier];
    const english = doc.facts.filter((f) => f.sentence.startsWith('Abstract'));
    const chinese = doc.facts.filter((f) => !f.sentence.startsWith('Abstract'));
    expect(english.map(pick)).toEqual([
      [718000, '', 'count', 'gt'],
      [13.3, '%', 'change', 'exact'],
      [8.16e12, 'CNY', 'amount', 'exact'],
    ]);
    expect(chinese.map(pick)).toEqual([
      [718000, 'item', 'count', 'exact'],
      [8.1616e12, 'CNY', 'amount', 'exact'],
      [13.3, '%', 'change', 'exact'],
    ]);
  });
});
