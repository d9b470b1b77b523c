import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { convert, type RenderedDocument } from '../../pipeline/index.js';
import { fixture, shared } from '../helpers.js';
import { goldTables, scoreTable } from './gold.js';

/**
 * Tables of real documents (../shared/real2, never committed) against a hand annotation of their
 * cells (tests/fixtures/real-tables: row and column labels, values, units, periods). One
 * conversion per document, shared by its tables.
 */
const tables = goldTables(fixture('real-tables'));
const conversions = new Map<string, Promise<RenderedDocument>>();
const converted = (document: string) => {
  if (!conversions.has(document)) conversions.set(document, convert(join(shared, 'real2', document)));
  return conversions.get(document)!;
};
const pct = (x: number) => (x * 100).toFixed(1);

describe('numeric cells of real tables against an independent annotation', () => {
  for (const table of tables) {
    it.skipIf(!existsSync(join(shared, 'real2', table.document)))(`${table.name}: cell recall ≥ 0.95, value right on every found cell, year ≥ 0.95`, async () => {
      const doc = await converted(table.document);
      const score = scoreTable(doc.facts, table);
      console.log(`${table.name}: cells ${score.cells}, found ${score.found}; recall ${pct(score.recall)} value ${pct(score.valueRight)} year ${pct(score.yearRight)}\n  ${score.problems.join('\n  ')}`);
      expect(score.recall).toBeGreaterThanOrEqual(0.95);
      expect(score.valueRight).toBe(1);
      expect(score.yearRight).toBeGreaterThanOrEqual(0.95);
    }, 300_000);
  }
});
