import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { convert } from '../../pipeline/index.js';
import { fixture } from '../helpers.js';
import { combine, goldFiles, report, scored } from './gold.js';

/**
 * Facts of documents made here in the manner of genres no real copy of which is at hand (a
 * consulting slide deck: landscape slides, key-figure callouts, charts with ticks and data labels),
 * against their annotation in tests/fixtures/made-gold. Every fact of the document counts, tables too.
 */
const gold = goldFiles(fixture('made-gold'));

const floors: Record<string, { precision: number; recall: number; year: number }> = {
  'deck-zh.pdf': { precision: 0.9, recall: 0.95, year: 0.95 },
};

describe('facts of made documents of genres we hold no real copy of', () => {
  for (const [source, floor] of Object.entries(floors)) {
    it(`${source}: P ≥ ${floor.precision}, R ≥ ${floor.recall}, year ≥ ${floor.year}`, async () => {
      const doc = await convert(join(fixture('made'), source));
      const e = combine(gold.filter((g) => g.source === source).map((g) => scored(doc.facts, g, doc.markdown)));
      console.log(report(source, e));
      expect(e.gold).toBeGreaterThan(0);
      expect(e.precision).toBeGreaterThanOrEqual(floor.precision);
      expect(e.recall).toBeGreaterThanOrEqual(floor.recall);
      expect(e.year).toBeGreaterThanOrEqual(floor.year);
    }, 120_000);
  }
});
