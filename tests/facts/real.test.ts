import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { convert } from '../../pipeline/index.js';
import { fixture, shared } from '../helpers.js';
import { combine, type Evaluation, evaluate, goldFiles } from './gold.js';

/**
 * Facts of real reports the rules were not written on (../shared/real, never committed), against
 * a hand annotation of a few pages each (tests/fixtures/real-gold: short snippets and values).
 * The annotated region is found in the document's own Markdown.
 */
const realGold = goldFiles(fixture('real-gold'));
const sources = [...new Set(realGold.map((gold) => gold.source))];
const pct = (x: number) => (x * 100).toFixed(1);

function report(label: string, e: Evaluation): string {
  return [
    `${label}: gold ${e.gold}, extracted ${e.extracted}, matched ${e.matched}; P ${pct(e.precision)} R ${pct(e.recall)}; ` +
      `year ${pct(e.year)} unit ${pct(e.unit)} qualifier ${pct(e.qualifier)} kind ${pct(e.kind)}`,
    ...e.missed.map((g) => `  missed: ${g.sentence} = ${g.value}`),
    ...e.spurious.map((f) => `  spurious: ${f.text} (${f.value} ${f.unit}) in ${f.sentence.slice(0, 40)}`),
    ...e.wrong.map((w) => `  wrong ${w.field}: ${w.gold.sentence} gold ${JSON.stringify(w.gold[w.field as 'unit'])} got ${JSON.stringify(w.fact[w.field as 'unit'])}`),
  ].join('\n');
}

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
