import { describe, expect, it } from 'vitest';
import { alignFacts } from '../../pipeline/align/index.js';
import { goldFactsFile } from '../english/gold.js';
import { fact } from './facts.js';

describe('align on the hand annotation of chapter III and its Chinese original', () => {
  it('pairs every claim of the faithful translation with its original', () => {
    const original = goldFactsFile('zh');
    const translation = goldFactsFile('en');
    expect(translation.facts[0]!.section).toEqual(['III. The digital economy gained stronger momentum', '(I) Digital industrialization continued to grow in scale']);
    const alignment = alignFacts(original, translation);
    expect(alignment.summary).toMatchObject({ translation_facts: 33, original_facts_covered: 33, pairs: 33, differences: 0 });
    for (const { original: o, translation: t } of alignment.pairs) expect(o.id.replace('zh', 'en')).toBe(t.id);
  });

  it('reports a number the translation leaves out and one it adds, in the right sections', () => {
    const original = goldFactsFile('zh');
    const translation = goldFactsFile('en');
    const [left] = translation.facts.splice(10, 1);
    translation.facts.splice(20, 0, { ...translation.facts[20]!, id: 'added', text: '7,000', value: 7000, unit: 'km', kind: 'measure' });
    const alignment = alignFacts(original, translation);
    expect(alignment.only_in_original.map((f) => f.id)).toEqual([left!.id.replace('en', 'zh')]);
    expect(alignment.only_in_translation.map((f) => f.id)).toEqual(['added']);
    expect(alignment.summary.differences).toBe(0);
  });
});

describe('align on an excerpt that restarts its numbering', () => {
  it('finds the sections by their numbers, not by a numbering that means another section', () => {
    const original = goldFactsFile('zh');
    // Chapter 一's lead paragraph has the numbering "1" that the excerpt's "(I)" also has.
    original.facts.unshift(fact({ text: '96%', value: 96, unit: '%', kind: 'percent', section: ['一、“十三五”时期数字中国建设取得重要成就'] }));
    const translation = goldFactsFile('en');
    translation.facts = translation.facts.map((f) => ({ ...f, section: f.section.slice(1) }));
    const alignment = alignFacts(original, translation);
    expect(alignment.summary).toMatchObject({ translation_facts: 33, pairs: 33, differences: 0, only_in_original: 0 });
  });

  it('gives the same alignment for the same input', () => {
    const text = (a: unknown) => JSON.stringify(a);
    expect(text(alignFacts(goldFactsFile('zh'), goldFactsFile('en')))).toBe(text(alignFacts(goldFactsFile('zh'), goldFactsFile('en'))));
  });
});
