import { toLine } from '../extract/index.js';
import type { Line, TextRun } from '../types.js';

/** A stack of at least this many single glyphs, one under another, is text set vertically. */
const minimumStackGlyphs = 3;
/** Glyphs of one stack follow each other within this many ems (top to top). */
const stackStep = 1.6;
/** A glyph of a stack has no other glyph within this many ems beside it on its row. */
const isolation = 0.6;

/**
 * Drops text set vertically one glyph per line (a side tab "金融工程研究" down the page edge): it is
 * a navigation label, not a line of the text, and read line by line it makes one-glyph
 * paragraphs (or glues a glyph to the line it shares a row with). Lines losing a glyph are rebuilt
 * from their other runs.
 */
export function withoutSideTabs(lines: Line[], page: number): Line[] {
  const runs = lines.flatMap((line) => line.runs ?? []);
  const tabs = verticalStacks(runs);
  if (tabs.size === 0) return lines;
  return lines.flatMap((line) => {
    const kept = (line.runs ?? []).filter((run) => !tabs.has(run));
    if (kept.length === (line.runs ?? []).length) return [line];
    const rebuilt = toLine(kept, page);
    return rebuilt ? [{ ...rebuilt, ...(line.column !== undefined ? { column: line.column } : {}) }] : [];
  });
}

/** The runs of glyph stacks: single glyphs, each alone on its row, one under another at one x. */
function verticalStacks(runs: TextRun[]): Set<TextRun> {
  const rows = rowIndex(runs);
  const glyphs = runs.filter((run) => [...run.text.trim()].length === 1 && alone(run, rows));
  const stacks = new Set<TextRun>();
  const byX = [...glyphs].sort((a, b) => a.box.x - b.box.x || a.box.y - b.box.y);
  const used = new Set<TextRun>();
  for (const start of byX) {
    if (used.has(start)) continue;
    const column = byX.filter((run) => Math.abs(run.box.x - start.box.x) < start.fontSize * 0.3 && Math.abs(run.fontSize - start.fontSize) < start.fontSize * 0.2).sort((a, b) => a.box.y - b.box.y);
    for (const run of column) used.add(run);
    let stack: TextRun[] = [];
    const flush = () => {
      if (stack.length >= minimumStackGlyphs) for (const run of stack) stacks.add(run);
      stack = [];
    };
    for (const run of column) {
      const previous = stack.at(-1);
      if (previous && run.box.y - previous.box.y > run.fontSize * stackStep) flush();
      stack.push(run);
    }
    flush();
  }
  return stacks;
}

/** Runs bucketed by their baseline (4-point bands), to find a run's row neighbours quickly. */
function rowIndex(runs: TextRun[]): Map<number, TextRun[]> {
  const rows = new Map<number, TextRun[]>();
  for (const run of runs) {
    const key = Math.floor((run.box.y + run.box.height) / 4);
    rows.set(key, [...(rows.get(key) ?? []), run]);
  }
  return rows;
}

/** No other inked run stands within `isolation` ems left or right of the run on its row. */
function alone(run: TextRun, rows: Map<number, TextRun[]>): boolean {
  const gap = run.fontSize * isolation;
  const key = Math.floor((run.box.y + run.box.height) / 4);
  const reach = Math.ceil(run.fontSize / 8);
  const near: TextRun[] = [];
  for (let k = key - reach; k <= key + reach; k++) near.push(...(rows.get(k) ?? []));
  return !near.some(
    (other) =>
      other !== run &&
      other.text.trim() !== '' &&
      Math.abs(other.box.y + other.box.height - (run.box.y + run.box.height)) < run.fontSize * 0.5 &&
      other.box.x < run.box.x + run.box.width + gap &&
      other.box.x + other.box.width > run.box.x - gap,
  );
}
