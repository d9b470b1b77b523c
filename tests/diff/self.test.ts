import { describe, expect, it } from 'vitest';
import { diffFacts, extractFacts } from '../../pipeline/index.js';
import { fixture } from '../helpers.js';

describe('diff of an edition with itself', () => {
  it('pairs every compared fact with itself: nothing changed, ambiguous or left over', async () => {
    const facts = await extractFacts(fixture('digital-china-2020.zh.txt'));
    const diff = diffFacts(facts, facts);
    expect(diff.summary).toEqual({ changed: 0, unchanged: diff.old.facts_compared, ambiguous: 0, only_old: 0, only_new: 0 });
    expect(diff.unchanged.filter((pair) => pair.old !== pair.new).map((pair) => `${pair.old.text} ↔ ${pair.new.text}`)).toEqual([]);
  });
});
