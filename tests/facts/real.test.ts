import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { convert } from '../../pipeline/index.js';
import { fixture, shared } from '../helpers.js';
import { combine, evaluate, goldFiles, report } from './gold.js';

/**
 * Facts of real reports the rules were not written on (../shared/real, never committed), against
 * a hand annotation of a few pages each (tests/fixtures/real-gold: short snippets and values).
 * The annotated region is found in the document's own Markdown.
 */
const realGold = goldFiles(fixture('real-gold'));
const sources = [...new Set(realGold.map((gold) => gold.source))];
describe('facts of real reports against an independent annotation', () => {
  for (const source of sources) {
    const pdf = join(shared, 'real', source);
    it.skipIf(!existsSync(pdf))(`${source}: precision and recall ≥ 0.90; year ≥ 0.90, unit and qualifier ≥ 0.95`, async () => {
      const doc = await convert(pdf);
      const e = combine(realGold.filter((gold) => gold.source === source).map((gold) => evaluate(doc.facts, gold, doc.markdown)));
      console.log(report(source, e));
      expect(e.precision).toBeGreaterThanOrEqual(0.9);
      expect(e.recall).toBeGreaterThanOrEqual(0.9);
      expect(e.year).toBeGreaterThanOrEqual(0.9);
      expect(e.unit).toBeGreaterThanOrEqual(0.95);
      expect(e.qualifier).toBeGreaterThanOrEqual(0.95);
    }, 120_000);
  }
});
