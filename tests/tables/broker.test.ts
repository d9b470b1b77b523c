import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { convert } from '../../pipeline/index.js';
import { fixture } from '../helpers.js';
import { type GoldTable, scoreTable } from './gold.js';

/**
 * A made-up broker note's first page (tests/fixtures/broker: HTML printed by Chromium): prose
 * beside a sidebar of a key-value table and a three-line price table, a forecast table under
 * both. Every cell must be a fact with its value, unit and period; forecast columns say so.
 */
describe('a broker note’s stock-data, price and forecast tables', () => {
  const gold = { name: 'broker-note', ...(parse(readFileSync(join(fixture('broker'), 'note.yaml'), 'utf8')) as Omit<GoldTable, 'name'>) };
  const converted = convert(join(fixture('broker'), gold.document));

  it('every cell a fact: value, scale, sign, unit and period right', async () => {
    const doc = await converted;
    const score = scoreTable(doc.facts, gold);
    expect(score.problems).toEqual([]);
    expect(score.recall).toBe(1);
    const table = doc.facts.filter((fact) => fact.table);
    for (const cell of gold.cells) {
      const fact = table.find((f) => f.table!.row.includes(cell.row) && f.table!.column === cell.column && Math.abs(f.value - cell.value) < 1e-6);
      expect(fact?.unit, `${cell.row} @ ${cell.column}`).toBe(cell.unit);
    }
  }, 120_000);

  it('forecast columns are marked; the 2020A column is not', async () => {
    const doc = await converted;
    const revenue = doc.facts.filter((fact) => fact.table?.row === '营业收入（百万元）');
    expect(revenue.map((fact) => [fact.table!.column, fact.forecast ?? false])).toEqual([
      ['2020A', false],
      ['2021E', true],
      ['2022E', true],
      ['2023E', true],
    ]);
  }, 120_000);
});
