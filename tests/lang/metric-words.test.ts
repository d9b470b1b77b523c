import { describe, expect, it } from 'vitest';
import { canonicalSynonyms } from '../../pipeline/diff/words.js';
import { metricWordTables } from '../../pipeline/lang/index.js';
import type { Language } from '../../pipeline/types.js';

// [language, text, the same text with each synonym written as the first word of its group]
const cases: [Language, string, string][] = [
  ['zh', '电子社保卡领用人数', '电子社保卡签发用户'],
  ['zh', '农村互联网用户规模', '农村网民规模'],
  ['zh', '实名用户', '实名用户'],
  ['zh', '专利申请数量', '专利申请量'],
  ['en', 'Internet users reached 1 billion', 'internet users reached 1 billion'],
  ['en', 'netizens and subscribers', 'internet users and users'],
  ['en', 'the hits of a site, not hitsville', 'the visits of a site, not hitsville'],
];

describe('report synonyms', () => {
  it.each(cases)('%s: %s → %s', (language, text, canonical) => {
    expect(canonicalSynonyms(text, language).toLowerCase()).toBe(canonical.toLowerCase());
  });

  it('names each word in one group only, so that every word has one canonical form', () => {
    for (const language of ['zh', 'en'] as const) {
      const words = metricWordTables(language).synonyms.flat().map((word) => word.toLowerCase());
      expect(new Set(words).size).toBe(words.length);
    }
  });
});
