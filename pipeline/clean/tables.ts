import type { Box, Line, Page, TextRun } from '../types.js';
import { runsText } from '../extract/index.js';
import { cellText, joinLineTexts } from './blocks.js';
import { center, inside, near } from '../geometry.js';

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
 * Finds tables: fully ruled ones, where connected rulings with at least three horizontal and
 * three vertical positions make a grid, and open ones (a "three-line" table: rules above and
 * below, none between the columns), whose columns are the gaps its text leaves. Each text run goes
 * to the cell holding its centre, and the lines of a cell are joined like those of a paragraph.
 */
export function findTables(page: Page): PageTable[] {
  const tables: PageTable[] = [];
  const used: Box[] = [];
  for (const grid of connectedRulings(page.rules)) {
    const ys = positions(grid.filter(isHorizontal).map((r) => r.y + r.height / 2));
    const xs = positions(grid.filter((r) => !isHorizontal(r)).map((r) => r.x + r.width / 2));
    if (ys.length < 3 || xs.length < 3) continue;
    const table = tableOnGrid(page, xs, ys);
    if (!table) continue;
    tables.push(table);
    used.push(...grid);
  }
  tables.push(...openTables(page, used));
  return tables;
}

/** The table whose cells are the grid of xs by ys (each sorted), or none when no text is in it. */
function tableOnGrid(page: Page, xs: number[], ys: number[], headerRows?: number): PageTable | null {
  const box: Box = { x: xs[0]!, y: ys[0]!, width: xs.at(-1)! - xs[0]!, height: ys.at(-1)! - ys[0]! };
  const cells: { line: Line; runs: TextRun[] }[][][] = ys.slice(1).map(() => xs.slice(1).map(() => []));
  const lines = new Set<Line>();
  for (const line of page.lines) {
    if (!line.box || !inside(center(line.box), box)) continue;
    lines.add(line);
    for (const run of line.runs ?? []) {
      const { x, y } = center(run.box);
      const cell = cells[slot(ys, y)]![slot(xs, x)]!;
      const part = cell.find((p) => p.line === line);
      if (part) part.runs.push(run);
      else cell.push({ line, runs: [run] });
    }
  }
  if (lines.size === 0) return null;
  const rows = cells
    .map((row) => row.map((parts) => cellText(joinLineTexts(parts.map(partText)))))
    .filter((row) => row.some((cell) => cell !== ''));
  const boldRows = cells.findIndex((row) => !row.every((parts) => parts.every((p) => p.runs.every((r) => r.bold))));
  return { box, rows: dropEmptyColumns(rows), headerRows: headerRows ?? (boldRows > 0 ? boldRows : 1), lines };
}

/** An open table's rules reach across at least this share of the page. */
const openRuleShare = 0.3;
/** Of an open table's rows, at least this share has text in two columns or more. */
const multiColumnRows = 0.6;

/**
 * Open tables: two or more horizontal rules of the same extent with rows of text between them
 * that fall into columns (the gaps no run crosses). A row whose first cell is empty continues
 * the row above (a wrapped cell); rows above a middle rule are the header.
 */
function openTables(page: Page, used: Box[]): PageTable[] {
  const rules = page.rules.filter((rule) => isHorizontal(rule) && rule.width > page.width * openRuleShare && !used.some((u) => near(u, rule, snap)));
  const byExtent = new Map<string, Box[]>();
  for (const rule of rules) {
    const key = `${Math.round(rule.x / snap)}:${Math.round(rule.width / snap)}`;
    byExtent.set(key, [...(byExtent.get(key) ?? []), rule]);
  }
  const tables: PageTable[] = [];
  for (const group of byExtent.values()) {
    const ys = positions(group.map((rule) => rule.y));
    if (ys.length < 2 || ys.at(-1)! - ys[0]! > page.height * 0.7) continue;
    const left = group[0]!.x;
    const right = left + group[0]!.width;
    const inBand = page.lines.filter((line) => line.box && inside(center(line.box), { x: left, y: ys[0]!, width: right - left, height: ys.at(-1)! - ys[0]! }));
    const rows = textRows(inBand);
    const gaps = columnGaps(inBand);
    if (rows.length < 2 || gaps.length === 0) continue;
    const split = rows.filter((row) => gaps.some((gap) => row.some((l) => l.box!.x < gap) && row.some((l) => l.box!.x + l.box!.width > gap)));
    if (split.length < rows.length * multiColumnRows) continue;
    const rowBounds = [ys[0]!, ...rows.slice(1).map((row) => Math.min(...row.map((l) => l.box!.y)) - 0.5), ys.at(-1)!];
    const headerRows = ys.length > 2 ? rows.filter((row) => row[0]!.box!.y < ys[1]!).length : undefined;
    const table = tableOnGrid(page, [left, ...gaps, right], rowBounds, headerRows || undefined);
    if (!table || !shortCells(table.rows)) continue;
    tables.push({ ...table, rows: joinWrappedRows(table.rows, table.headerRows) });
  }
  return tables;
}

/** A table's cells are short: text between rules with long "cells" is a picture of a page or a text box. */
function shortCells(rows: string[][]): boolean {
  const cells = rows.flat().filter((cell) => cell !== '');
  return cells.reduce((sum, cell) => sum + cell.length, 0) <= cells.length * maximumMeanCellLength;
}

const maximumMeanCellLength = 60;

/** Lines grouped into rows: lines whose boxes overlap vertically share a row. */
function textRows(lines: Line[]): Line[][] {
  const rows: Line[][] = [];
  for (const line of [...lines].sort((a, b) => a.box!.y - b.box!.y)) {
    const row = rows.at(-1);
    const last = row?.at(-1);
    if (row && last && line.box!.y < last.box!.y + last.box!.height * 0.5) row.push(line);
    else rows.push([line]);
  }
  return rows;
}

/** The x of each vertical gap, at least an em wide, that no run of the lines crosses. */
function columnGaps(lines: Line[]): number[] {
  const spans = lines
    .flatMap((line) => line.runs ?? [])
    .filter((run) => run.text.trim() !== '')
    .map((run) => ({ start: run.box.x, end: run.box.x + run.box.width, em: run.fontSize }))
    .sort((a, b) => a.start - b.start);
  const gaps: number[] = [];
  let end = -Infinity;
  for (const span of spans) {
    if (end > -Infinity && span.start - end >= span.em) gaps.push((end + span.start) / 2);
    end = Math.max(end, span.end);
  }
  return gaps;
}

/** Rows below the header whose first cell is empty continue the row above. */
function joinWrappedRows(rows: string[][], headerRows: number): string[][] {
  const joined: string[][] = [];
  rows.forEach((row, index) => {
    const previous = joined.at(-1);
    if (index > headerRows && previous && row[0] === '') {
      joined[joined.length - 1] = previous.map((cell, i) => joinLineTexts([cell, row[i] ?? '']));
    } else {
      joined.push(row);
    }
  });
  return joined;
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
      if (near(rules[i]!, rules[j]!, snap)) parent[find(i)] = find(j);
    }
  }
  const groups = new Map<number, Box[]>();
  rules.forEach((rule, i) => groups.set(find(i), [...(groups.get(find(i)) ?? []), rule]));
  return [...groups.values()];
}
