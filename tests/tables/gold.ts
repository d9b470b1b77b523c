import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import type { Fact } from '../../pipeline/index.js';

/** One hand-annotated cell: its row, column, value with sign and scale, unit and period. */
export interface GoldCell {
  row: string;
  parent?: string;
  column: string;
  value: number;
  unit: string;
  /** The year ('2020') or span ('2020-01/2020-03') the cell is about; null when the table names none. */
  period: string | null;
  kind?: 'change';
}

export interface GoldTable {
  name: string;
  document: string;
  pages: number[];
  cells: GoldCell[];
}

export interface TableScore {
  cells: number;
  found: number;
  /** Of the found cells, the share whose value (sign and scale applied) is right. */
  valueRight: number;
  /** Of the found cells that have a period, the share whose time names it. */
  yearRight: number;
  recall: number;
  problems: string[];
}

export function goldTables(directory: string): GoldTable[] {
  return readdirSync(directory)
    .filter((name) => name.endsWith('.yaml'))
    .sort()
    .map((name) => ({ name: name.replace(/\.yaml$/, ''), ...(parse(readFileSync(join(directory, name), 'utf8')) as Omit<GoldTable, 'name'>) }));
}

const normal = (text: string) => text.normalize('NFKC').replace(/\s+/g, '').toLowerCase();
const close = (a: number, b: number) => Math.abs(a - b) <= Math.abs(b) * 1e-9 + 1e-9;
/** Scales a number may have been read with, right or wrong: the cell is found whichever. */
const scales = [1, 1e3, 1e4, 1e6, 1e8, 1e9];

/**
 * Scores the facts of a document against one annotated table. A cell is found by a fact on the
 * table's pages whose row (its table row, or else its sentence) holds the cell's row label and whose
 * number is the cell's, at any scale and sign; facts whose column names the cell's are preferred.
 */
export function scoreTable(facts: Fact[], gold: GoldTable): TableScore {
  const pool = facts.filter((fact) => fact.page !== undefined && gold.pages.includes(fact.page));
  const used = new Set<Fact>();
  let found = 0;
  let valueRight = 0;
  let withPeriod = 0;
  let yearRight = 0;
  const problems: string[] = [];
  for (const cell of gold.cells) {
    const magnitude = Math.abs(cell.value);
    const rowOf = (fact: Fact) => normal(fact.table ? [fact.table.row, fact.sentence].join(' ') : fact.sentence);
    const candidates = pool.filter(
      (fact) =>
        !used.has(fact) &&
        rowOf(fact).includes(normal(cell.row)) &&
        scales.some((scale) => close(Math.abs(fact.value), magnitude / scale) || close(Math.abs(fact.value) / fact.scale, magnitude / scale)),
    );
    const fact =
      candidates.find((f) => close(f.value, cell.value) && f.table && normal(f.table.column).includes(normal(cell.column))) ??
      candidates.find((f) => f.table && normal(f.table.column).includes(normal(cell.column))) ??
      candidates.find((f) => close(f.value, cell.value)) ??
      candidates[0];
    const label = `${cell.parent ? `${cell.parent} / ` : ''}${cell.row} @ ${cell.column}`;
    if (!fact) {
      problems.push(`missed: ${label} = ${cell.value}`);
      continue;
    }
    used.add(fact);
    found++;
    if (close(fact.value, cell.value)) valueRight++;
    else problems.push(`value: ${label}: ${cell.value}, got ${fact.value} (${fact.text})`);
    if (cell.period === null) continue;
    withPeriod++;
    // A year is right when the fact's time is in it (2020, 2020-12-31); a month or a span must be the same.
    const rightTime = /^\d{4}$/.test(cell.period) ? fact.time?.slice(0, 4) === cell.period && !fact.time.includes('/') : fact.time === cell.period;
    if (rightTime) yearRight++;
    else problems.push(`period: ${label}: ${cell.period}, got ${fact.time}`);
  }
  return {
    cells: gold.cells.length,
    found,
    recall: found / gold.cells.length,
    valueRight: found ? valueRight / found : 0,
    yearRight: withPeriod ? yearRight / withPeriod : 1,
    problems,
  };
}
