import type { Box, Line, Page, TextRun } from '../types.js';
import { runsText } from '../extract/index.js';
import { joinLineTexts } from './blocks.js';
import { center, inside } from './layout.js';

/** A table rebuilt from a page's rulings. */
export interface PageTable {
  box: Box;
  rows: string[][];
  headerRows: number;
  /** The lines the table's cells were made of (removed from the running text). */
  lines: Set<Line>;
}

/** Rule positions closer than this (points) are one ruling. */
const snap = 3;

/**
 * Finds ruled tables: connected rulings with at least three horizontal and three vertical
 * positions make a grid; each text run goes to the cell holding its centre, and the lines of a
 * cell are joined like the lines of a paragraph.
 */
export function findTables(page: Page): PageTable[] {
  const tables: PageTable[] = [];
  for (const grid of connectedRulings(page.rules)) {
    const ys = positions(grid.filter(isHorizontal).map((r) => r.y + r.height / 2));
    const xs = positions(grid.filter((r) => !isHorizontal(r)).map((r) => r.x + r.width / 2));
    if (ys.length < 3 || xs.length < 3) continue;
    const box: Box = { x: xs[0]!, y: ys[0]!, width: xs.at(-1)! - xs[0]!, height: ys.at(-1)! - ys[0]! };
    const cells: { line: Line; runs: TextRun[] }[][][] = ys.slice(1).map(() => xs.slice(1).map(() => []));
    const lines = new Set<Line>();
    for (const line of page.lines) {
      if (!line.box || !inside(center(line.box), box)) continue;
      lines.add(line);
      for (const run of line.runs ?? []) {
        const { x, y } = center(run.box);
        const row = slot(ys, y);
        const column = slot(xs, x);
        const cell = cells[row]![column]!;
        const part = cell.find((p) => p.line === line);
        if (part) part.runs.push(run);
        else cell.push({ line, runs: [run] });
      }
    }
    if (lines.size === 0) continue;
    const rows = cells
      .map((row) => row.map((parts) => joinLineTexts(parts.map(partText)).replace(/、\s+/g, '、')))
      .filter((row) => row.some((cell) => cell !== ''));
    const boldRows = cells.findIndex((row) => !row.every((parts) => parts.every((p) => p.runs.every((r) => r.bold))));
    tables.push({ box, rows: dropEmptyColumns(rows), headerRows: boldRows > 0 ? boldRows : 1, lines });
  }
  return tables;
}

/** A cell's part of one line: the whole line when the line lies in the cell, else its runs there. */
function partText(part: { line: Line; runs: TextRun[] }): string {
  if (part.runs.length === (part.line.runs ?? []).length) return part.line.text;
  return runsText(part.runs).text;
}

function dropEmptyColumns(rows: string[][]): string[][] {
  const width = rows[0]?.length ?? 0;
  const keep = Array.from({ length: width }, (_, i) => rows.some((row) => row[i] !== ''));
  return rows.map((row) => row.filter((_, i) => keep[i]));
}

function isHorizontal(rule: Box): boolean {
  return rule.width >= rule.height;
}

/** Index of the interval between consecutive positions that holds value (clamped to the ends). */
function slot(bounds: number[], value: number): number {
  for (let i = 1; i < bounds.length; i++) if (value < bounds[i]!) return i - 1;
  return bounds.length - 2;
}

function positions(values: number[]): number[] {
  const sorted = [...values].sort((a, b) => a - b);
  const merged: number[] = [];
  for (const value of sorted) {
    if (merged.length > 0 && value - merged.at(-1)! <= snap) continue;
    merged.push(value);
  }
  return merged;
}

/** Groups rulings that touch one another (within snap points). */
function connectedRulings(rules: Box[]): Box[][] {
  const parent = rules.map((_, i) => i);
  const find = (i: number): number => (parent[i] === i ? i : (parent[i] = find(parent[i]!)));
  for (let i = 0; i < rules.length; i++) {
    for (let j = i + 1; j < rules.length; j++) {
      if (touch(rules[i]!, rules[j]!)) parent[find(i)] = find(j);
    }
  }
  const groups = new Map<number, Box[]>();
  rules.forEach((rule, i) => groups.set(find(i), [...(groups.get(find(i)) ?? []), rule]));
  return [...groups.values()];
}

function touch(a: Box, b: Box): boolean {
  return a.x - snap <= b.x + b.width && b.x - snap <= a.x + a.width && a.y - snap <= b.y + b.height && b.y - snap <= a.y + a.height;
}
