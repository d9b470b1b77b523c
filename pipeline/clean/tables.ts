import type { Box, Line, Page, TextRun } from '../types.js';
import { runsText } from '../extract/index.js';
import { isValueCell } from '../lang/index.js';
import { cellText, joinLineTexts } from './blocks.js';
import { center, inside, near } from '../geometry.js';

/** A table rebuilt from a page's rulings. */
/** A column's extent across the page. */
export interface ColumnSpan {
  left: number;
  right: number;
}

export interface PageTable {
  box: Box;
  rows: string[][];
  headerRows: number;
  /** Where each column of rows stands, left to right: a table continued on the next page is matched by them. */
  columns: ColumnSpan[];
  /** The lines the table's cells were made of (removed from the running text). */
  lines: Set<Line>;
}

/** Rule positions closer than this (points) are one ruling. */
const snap = 3;

/**
 * Finds tables: fully ruled ones, where connected rulings with at least two horizontal and
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
    // One ruled row of cells is a table too: often the last row of a table continued from the page before.
    if (ys.length < 2 || xs.length < 3) continue;
    const table = tableOnGrid(page, xs, ys);
    if (!table) continue;
    tables.push(table);
    used.push(...grid);
  }
  tables.push(...openTables(page, used));
  const taken = new Set(tables.flatMap((table) => [...table.lines]));
  tables.push(...alignedTables(page, taken));
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
    // A cell's lines top to bottom, whatever the reading order the page's lines come in.
    .map((row) => row.map((parts) => cellText(joinLineTexts([...parts].sort((a, b) => a.line.box!.y - b.line.box!.y).map(partText)))))
    .filter((row) => row.some((cell) => cell !== ''));
  const boldRows = cells.findIndex((row) => !row.every((parts) => parts.every((p) => p.runs.every((r) => r.bold))));
  const kept = Array.from({ length: xs.length - 1 }, (_, i) => rows.some((row) => row[i] !== ''));
  return {
    box,
    rows: rows.map((row) => row.filter((_, i) => kept[i])),
    headerRows: headerRows ?? (boldRows > 0 ? boldRows : 1),
    columns: xs.slice(1).flatMap((right, i) => (kept[i] ? [{ left: xs[i]!, right }] : [])),
    lines,
  };
}

/** An open table's rules reach across at least this share of the page (a sidebar's table, a fifth of it). */
const openRuleShare = 0.2;
/** Of an open table's rows, at least this share has text in two columns or more. */
const multiColumnRows = 0.6;

/**
 * Open tables: two or more horizontal rules of the same extent with rows of text between them
 * that fall into columns (the gaps no run crosses). A row whose first cell is empty continues
 * the row above (a wrapped cell); rows above a middle rule are the header.
 */
function openTables(page: Page, used: Box[]): PageTable[] {
  const rules = joinCollinear(page.rules.filter(isHorizontal)).filter((rule) => rule.width > page.width * openRuleShare && !used.some((u) => near(u, rule, snap)));
  const byExtent = new Map<string, Box[]>();
  for (const rule of rules) {
    const key = `${Math.round(rule.x / snap)}:${Math.round(rule.width / snap)}`;
    byExtent.set(key, [...(byExtent.get(key) ?? []), rule]);
  }
  const tables: PageTable[] = [];
  for (const group of byExtent.values()) {
    const left = group[0]!.x;
    const right = left + group[0]!.width;
    for (const ys of ruleRuns(positions(group.map((rule) => rule.y)), page.lines, left, right)) {
      const table = openTable(page, ys, left, right);
      if (table) tables.push(table);
    }
  }
  return tables;
}

/** The open table between rules at ys from left to right, when the text there falls into columns. */
function openTable(page: Page, ys: number[], left: number, right: number): PageTable | null {
  if (ys.length < 2 || ys.at(-1)! - ys[0]! > page.height * 0.7) return null;
  const inBand = page.lines.filter((line) => line.box && inside(center(line.box), { x: left, y: ys[0]!, width: right - left, height: ys.at(-1)! - ys[0]! }));
  const rows = textRows(inBand);
  const gaps = columnGaps(inBand);
  if (rows.length < 2 || gaps.length === 0) return null;
  const split = rows.filter((row) => gaps.some((gap) => row.some((l) => l.box!.x < gap) && row.some((l) => l.box!.x + l.box!.width > gap)));
  if (split.length < rows.length * multiColumnRows) return null;
  const rowBounds = [ys[0]!, ...rows.slice(1).map((row) => Math.min(...row.map((l) => l.box!.y)) - 0.5), ys.at(-1)!];
  const headerRows = ys.length > 2 ? rows.filter((row) => row[0]!.box!.y < ys[1]!).length : undefined;
  const table = tableOnGrid(page, [left, ...gaps, right], rowBounds, headerRows || undefined);
  if (!table || !shortCells(table.rows)) return null;
  return { ...table, rows: joinWrappedRows(table.rows, table.headerRows) };
}

/** A line across more than this share of a rule's width is running text: no table row. */
const proseLineShare = 0.6;

/**
 * Rules of one extent split into runs that may each bound a table: a band between two rules
 * that holds running text (a page banner's rule above the prose, then a table's rules) parts them.
 */
function ruleRuns(ys: number[], lines: Line[], left: number, right: number): number[][] {
  const runs: number[][] = [];
  let run: number[] = [];
  ys.forEach((y, i) => {
    const above = ys[i - 1];
    const prose =
      above !== undefined &&
      lines.some((line) => line.box && line.box.width > (right - left) * proseLineShare && inside(center(line.box), { x: left, y: above, width: right - left, height: y - above }));
    if (prose) {
      runs.push(run);
      run = [];
    }
    run.push(y);
  });
  return [...runs, run];
}

/** Horizontal rules drawn in pieces (one per column, end to end) joined into one rule. */
function joinCollinear(rules: Box[]): Box[] {
  const joined: Box[] = [];
  for (const rule of [...rules].sort((a, b) => a.y - b.y || a.x - b.x)) {
    const last = joined.at(-1);
    if (last && Math.abs(last.y - rule.y) <= 1 && rule.x <= last.x + last.width + snap) {
      joined[joined.length - 1] = { ...last, width: Math.max(last.x + last.width, rule.x + rule.width) - last.x };
    } else {
      joined.push(rule);
    }
  }
  return joined;
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

/**
 * Rows below the header whose first cell is empty continue the row above, unless they hold values
 * (a row under a group label centred on its rows: '| | 多头 | 15.45% |').
 */
function joinWrappedRows(rows: string[][], headerRows: number): string[][] {
  const joined: string[][] = [];
  rows.forEach((row, index) => {
    const previous = joined.at(-1);
    if (index > headerRows && previous && row[0] === '' && !row.some((cell) => cell !== '' && isValueCell(cell))) {
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

/** A piece of a visual row: runs set close together, apart from the next piece by a column gap. */
interface Fragment {
  text: string;
  left: number;
  right: number;
  middle: number;
  size: number;
  line: Line;
}

/** Pieces of one line further apart than this many ems stand in different columns. */
const columnGapEms = 1;
const currencySign = /^[$¥€£]$/u;
const yearLike = /^(?:19|20)\d{2}[A-Z]?$/u;
/** A contents line: a title, dot leaders, a page number. */
const dotLeaders = /(?:[.·…]\s*){4,}$/u;

function fragmentsOf(line: Line): Fragment[] {
  const runs = (line.runs ?? []).filter((run) => run.text.trim() !== '').sort((a, b) => a.box.x - b.box.x);
  const fragments: Fragment[] = [];
  let pending: TextRun[] = [];
  const flush = () => {
    if (pending.length === 0) return;
    const left = pending[0]!.box.x;
    const right = Math.max(...pending.map((run) => run.box.x + run.box.width));
    const top = Math.min(...pending.map((run) => run.box.y));
    const bottom = Math.max(...pending.map((run) => run.box.y + run.box.height));
    fragments.push({ text: runsText(pending).text.trim(), left, right, middle: (top + bottom) / 2, size: Math.max(...pending.map((run) => run.fontSize)), line });
    pending = [];
  };
  for (const run of runs) {
    const previous = pending.at(-1);
    const gap = previous ? run.box.x - (previous.box.x + previous.box.width) : 0;
    // A currency sign stands apart: it belongs to the number on its right, not to the cell on its left.
    if (previous && (gap >= columnGapEms * run.fontSize || currencySign.test(run.text.trim()) || currencySign.test(previous.text.trim()))) flush();
    pending.push(run);
  }
  flush();
  return fragments;
}

/** Fragments grouped into visual rows, top to bottom, each row left to right. */
function visualRows(fragments: Fragment[]): Fragment[][] {
  const rows: Fragment[][] = [];
  for (const fragment of [...fragments].sort((a, b) => a.middle - b.middle)) {
    const row = rows.at(-1);
    if (row && Math.abs(row[0]!.middle - fragment.middle) <= fragment.size * 0.4) row.push(fragment);
    else rows.push([fragment]);
  }
  return rows.map((row) => row.sort((a, b) => a.left - b.left));
}

const isValue = (fragment: Fragment) => isValueCell(fragment.text) && !currencySign.test(fragment.text);

/** A row with values set apart to the right of its label (or values alone). */
function isValueRow(row: Fragment[]): boolean {
  const values = row.filter(isValue);
  if (values.length === 0 || dotLeaders.test(row[0]!.text)) return false;
  const firstValue = row.indexOf(values[0]!);
  return row.slice(firstValue).every((f) => isValue(f) || currencySign.test(f.text)) || values.length >= 2;
}

/** At most this many rows without values (group labels, wrapped labels) stand between value rows of one table. */
const textRowsBetween = 2;
/** Rows of one table are at most this many ems apart. */
const rowGapEms = 2.4;
/** A table set without rules has at least this many rows of values and two columns of them. */
const minimumValueRows = 3;
/** A table without rules has at most this share (per value row) of cells holding two values. */
const crowdedShare = 0.1;
/** Header rows of words over a table's columns: at most this many. */
const maximumHeaderRows = 6;

/**
 * Tables set without rules, as financial statements are: rows whose values stand in columns to
 * the right of their labels, the columns found where the value pieces of the rows overlap. A
 * currency sign in its own column joins the number on its right ('$ 2,903'); header rows above
 * (years, 'Three Months Ended March 31,') stand over the columns; a label row without values
 * heads the rows under it, unless it is the wrapped end of a label that filled its column.
 */
function alignedTables(page: Page, taken: Set<Line>): PageTable[] {
  // On a page set in columns each column has its own tables (a table beside prose of the other column), and so has a sidebar.
  const free = page.lines.filter((line) => line.box && !taken.has(line));
  const place = (line: Line) => `${line.column}:${line.region}`;
  return [...new Set(free.map(place))].flatMap((key) => alignedTablesOf(free.filter((line) => place(line) === key)));
}

function alignedTablesOf(lines: Line[]): PageTable[] {
  const rows = visualRows(lines.flatMap(fragmentsOf));
  const tables: PageTable[] = [];
  let start = 0;
  while (start < rows.length) {
    if (!isValueRow(rows[start]!)) {
      start++;
      continue;
    }
    let end = start + 1;
    let lastValue = start;
    while (end < rows.length) {
      const gap = rows[end]![0]!.middle - rows[end - 1]![0]!.middle;
      if (gap > rowGapEms * rows[end]![0]!.size) break;
      if (isValueRow(rows[end]!)) lastValue = end;
      else if (end - lastValue > textRowsBetween) break;
      end++;
    }
    const table = alignedTable(rows, start, lastValue + 1);
    if (table) tables.push(table);
    start = lastValue + 1;
  }
  return tables;
}

function alignedTable(rows: Fragment[][], start: number, end: number): PageTable | null {
  const region = rows.slice(start, end);
  const valueRows = region.filter(isValueRow);
  if (valueRows.length < minimumValueRows) return null;
  const columns = valueColumns(valueRows.flatMap((row) => row.filter(isValue)), valueRows.length);
  if (columns.length < 2 && !(columns.length === 1 && keyValueRows(valueRows))) return null;
  const boundary = columns[0]!.left - 0.5 * valueRows[0]![0]!.size;
  // Most rows of values have a label: values alone in columns are a chart's labels.
  const labelled = valueRows.filter((row) => row[0]!.left < boundary && !isValue(row[0]!)).length;
  if (labelled < valueRows.length * 0.6) return null;

  const labelLeft = Math.min(...valueRows.map((row) => row[0]!.left));
  const labelRight = Math.max(...region.map((row) => (row[0]!.left < boundary ? row[0]!.right : labelLeft)));
  const labelCentre = (labelLeft + labelRight) / 2;
  const centreOf = (f: Fragment) => (f.left + f.right) / 2;
  // Header rows: the rows of years at the top (no label at the left), and rows of words over the columns just above.
  let bodyStart = start;
  while (bodyStart < end && rows[bodyStart]![0]!.left > labelLeft + 2 * rows[bodyStart]![0]!.size && rows[bodyStart]!.every((f) => yearLike.test(f.text) || !isValue(f))) bodyStart++;
  let headerStart = start;
  while (headerStart > 0 && headerStart > start - maximumHeaderRows) {
    const above = rows[headerStart - 1]!;
    const gap = rows[headerStart]![0]!.middle - above[0]!.middle;
    if (gap > rowGapEms * above[0]!.size || !above.every((f) => centreOf(f) >= boundary && !isValue(f))) break;
    headerStart--;
  }
  let crowded = 0;
  const cellsOf = (row: Fragment[], header: boolean): string[] => {
    const cells = Array.from({ length: columns.length + 1 }, () => [] as string[]);
    let sign = '';
    for (const fragment of row) {
      if (currencySign.test(fragment.text)) {
        sign = fragment.text;
        continue;
      }
      const text = sign ? `${sign} ${fragment.text}` : fragment.text;
      sign = '';
      const centre = centreOf(fragment);
      const nearest = nearestColumn(columns, centre);
      // A header stands over its column, often centred on it; a body row's label starts at the left.
      const label = header ? Math.abs(centre - labelCentre) < spanDistance(columns[nearest]!, centre) : fragment.left < boundary && centre < boundary;
      const target = cells[label ? 0 : 1 + nearest]!;
      if (!label && !header && target.length > 0 && isValue(fragment)) crowded++;
      target.push(text);
    }
    return cells.map((parts) => parts.join(' '));
  };
  const written = rows.slice(headerStart, bodyStart).map((row) => cellsOf(row, true));
  // A Markdown table has a header row: an empty one when the table has none.
  const header = written.length > 0 ? written : [Array.from({ length: columns.length + 1 }, () => '')];
  const body: string[][] = [];
  let previous: { label?: Fragment; valueless: boolean } | undefined;
  const fillsColumn = (label: Fragment | undefined) => label !== undefined && label.right > labelRight - 2 * label.size;
  for (const row of rows.slice(bodyStart, end)) {
    const cells = cellsOf(row, false);
    const label = row[0]!.left < boundary ? row[0] : undefined;
    const valueless = cells.slice(1).every((cell) => cell === '');
    const last = body.at(-1);
    // A label that filled its column wraps: its end (not capitalised) on a row without values joins the row
    // above; a first part without values, not a group label ending in ':', joins the row below.
    const endOfLabel = valueless && previous && fillsColumn(previous.label) && !/^[A-Z]/u.test(cells[0]!);
    const startOfLabel = !valueless && previous?.valueless && fillsColumn(previous.label) && !/[:：]$/u.test(last?.[0] ?? '');
    if (last && (endOfLabel || startOfLabel)) {
      body[body.length - 1] = startOfLabel ? [joinLineTexts([last[0]!, cells[0]!]), ...cells.slice(1)] : [joinLineTexts([last[0]!, cells[0]!]), ...last.slice(1)];
    } else {
      body.push(cells);
    }
    previous = { label, valueless: valueless && !endOfLabel };
  }
  // Values that do not fall one to a cell are no table's: a chart's data labels, numbers in prose.
  if (crowded > valueRows.length * crowdedShare) return null;
  const lines = new Set(rows.slice(headerStart, end).flat().map((f) => f.line));
  const all = [...lines].map((line) => line.box!);
  const left = Math.min(...all.map((b) => b.x));
  const top = Math.min(...all.map((b) => b.y));
  const box: Box = { x: left, y: top, width: Math.max(...all.map((b) => b.x + b.width)) - left, height: Math.max(...all.map((b) => b.y + b.height)) - top };
  return { box, rows: [...header, ...body], headerRows: header.length, columns: [{ left: labelLeft, right: boundary }, ...columns], lines };
}

/**
 * For each column of a table, the column of an earlier table it stands under (the one it overlaps
 * most), when each stands under a different one in the same order, the first under the first:
 * the table continues the earlier one, whose empty columns it may have dropped (附注 with no
 * notes). Undefined otherwise.
 */
export function continuedColumns(earlier: ColumnSpan[], later: ColumnSpan[]): number[] | undefined {
  const overlap = (a: ColumnSpan, b: ColumnSpan) => Math.min(a.right, b.right) - Math.max(a.left, b.left);
  const map = later.map((column) => {
    const best = earlier.reduce((found, candidate, i) => (overlap(candidate, column) > overlap(earlier[found]!, column) ? i : found), 0);
    return overlap(earlier[best]!, column) > 0 ? best : -1;
  });
  // Its first column is the earlier one's: the row labels go on.
  return map[0] === 0 && map.every((index, i) => index >= 0 && (i === 0 || index > map[i - 1]!)) ? map : undefined;
}

/**
 * Rows of a label and one measured value each (a broker's 基础数据: 总股本（百万股） 1,200.00):
 * a table of one value column. Page numbers of a contents list and numbers of a list are bare
 * integers, so most values here must have decimals, thousands or a percent sign.
 */
function keyValueRows(valueRows: Fragment[][]): boolean {
  const values = valueRows.flatMap((row) => row.filter(isValue));
  const oneEach = valueRows.every((row) => row.filter(isValue).length === 1 && !isValue(row[0]!));
  return oneEach && values.filter((value) => /[.,%]/u.test(value.text)).length * 2 >= values.length;
}

/** Columns of values: the spans where value pieces of different rows overlap, kept when enough rows have one there. */
function valueColumns(values: Fragment[], rowCount: number): { left: number; right: number }[] {
  const spans: { left: number; right: number; count: number }[] = [];
  for (const value of [...values].sort((a, b) => a.left - b.left)) {
    const last = spans.at(-1);
    if (last && value.left <= last.right) {
      last.right = Math.max(last.right, value.right);
      last.count++;
    } else {
      spans.push({ left: value.left, right: value.right, count: 1 });
    }
  }
  return spans.filter((span) => span.count >= Math.max(2, rowCount * 0.3));
}

/** How far x lies outside a column's span (0 inside). */
function spanDistance(column: { left: number; right: number }, x: number): number {
  return x < column.left ? column.left - x : x > column.right ? x - column.right : 0;
}

function nearestColumn(columns: { left: number; right: number }[], x: number): number {
  let best = 0;
  columns.forEach((column, i) => {
    if (spanDistance(column, x) < spanDistance(columns[best]!, x)) best = i;
  });
  return best;
}
