import { describe, expect, it } from 'vitest';
import { keywords, segment, segmentWords } from '../../pipeline/segment/index.js';
import type { Language } from '../../pipeline/index.js';
import { cleanedDocument } from './document.js';

function sentencesOf(text: string, language: Language = 'zh'): string[] {
  return segment(cleanedDocument([text], language)).blocks[0]!.sentences.map((s) => s.text);
}

describe('sentences', () => {
  it('end at 。！？； with closing quotes kept, never inside a number', () => {
    expect(sentencesOf('5G 基站达到 71.8 万个。终端超过 2 亿！是否“达标？”接入率 98%；完成。')).toEqual([
      '5G 基站达到 71.8 万个。',
      '终端超过 2 亿！',
      '是否“达标？”',
      '接入率 98%；',
      '完成。',
    ]);
  });

  it('end at English . ! ? ; but not at decimals or abbreviations', () => {
    expect(sentencesOf('The rate rose to 52.6 percent. Revenue was U.S. $1.5 billion; it grew! Did it?', 'en')).toEqual([
      'The rate rose to 52.6 percent.',
      'Revenue was U.S. $1.5 billion;',
      'it grew!',
      'Did it?',
    ]);
  });

  it('carry their offsets into the block text', () => {
    const doc = segment(cleanedDocument(['甲。 乙。']));
    expect(doc.blocks[0]!.sentences.map((s) => [s.start, s.end])).toEqual([
      [0, 2],
      [3, 5],
    ]);
  });
});

describe('words', () => {
  const words = (text: string) => segmentWords(text, 'zh').map((w) => w.text);

  it('keep numbers whole, with separators, decimals and percent signs', () => {
    expect(words('收入 1,234.5 亿元，占比 52.6%')).toEqual(expect.arrayContaining(['1,234.5', '52.6%']));
    expect(words('数量为12838')).toContain('12838');
  });

  it('keep names of digits and letters whole: 5G, IPv6, 3D-NAND', () => {
    const cut = words('5G基站和IPv6、3D-NAND 闪存');
    expect(cut).toEqual(expect.arrayContaining(['5G', 'IPv6', '3D-NAND']));
  });

  it('know the report vocabulary', () => {
    expect(words('推进一网通办，互联网普及率提升，软件业务收入增长')).toEqual(
      expect.arrayContaining(['一网通办', '互联网普及率', '软件业务收入']),
    );
  });

  it('give offsets into the sentence and part-of-speech tags', () => {
    const text = '已建成 5G 基站达到 71.8 万个';
    for (const word of segmentWords(text, 'zh')) expect(text.slice(word.start, word.start + word.text.length)).toBe(word.text);
    expect(segmentWords(text, 'zh').find((w) => w.text === '71.8')?.tag).toBe('m');
    expect(segmentWords(text, 'zh').find((w) => w.text === '基站')?.tag).toMatch(/^n/);
  });
});

describe('English words', () => {
  it('keep a possessive with its noun, and leave a sentence end out of the word', () => {
    const words = segmentWords("China's revenue rose 3.6% year-on-year. The U.S. share fell.", 'en').map((word) => word.text);
    expect(words).toContain("China's");
    expect(words).toContain('year-on-year');
    expect(words).not.toContain('year-on-year.');
    expect(words).not.toContain("'s");
  });
});

describe('keywords', () => {
  it('are characteristic words of the texts, never numbers or single characters', () => {
    const found = keywords(['5G 基站建设加快，5G 网络覆盖所有地级市，5G 终端连接数超过 2 亿，基站数量全球第一。'], 5);
    expect(found.length).toBeGreaterThan(0);
    expect(found.length).toBeLessThanOrEqual(5);
    expect(found).toContain('基站');
    for (const word of found) expect(word).not.toMatch(/\d|^.$/u);
  });

  it('work for English by term frequency without function words', () => {
    expect(keywords(['Broadband users grew. Broadband speed rose. The users of broadband.'], 2, 'en')).toEqual(['broadband', 'users']);
  });

  it('leave out pronouns, auxiliaries and words every report uses', () => {
    const text = 'Your privacy team must be ready. Privacy budgets grew this year, and your year must be better. Privacy teams grew 20 percent.';
    const found = keywords([text], 5, 'en');
    expect(found[0]).toBe('privacy');
    for (const word of ['your', 'must', 'year', 'this', 'percent']) expect(found).not.toContain(word);
  });
});
