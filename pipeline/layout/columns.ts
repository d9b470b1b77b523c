import type { Line, Page } from '../types.js';

/** Each side of a gutter must hold at least this many lines and this share of the page width. */
const minimumLinesPerColumn = 4;
const minimumColumnShare = 0.25;
/** The long lines of a column are at least this share of the page width. */
const minimumLineShare = 0.2;
/** A page whose own gutter is too little used (a first page under a full-width abstract) needs this many pairs of lines side by side at the document's gutter. */
const minimumBesidePairs = 2;

/**
 * Puts a page's lines in reading order. On a page set in two columns (a vertical gutter that no
 * line crosses, with enough text on both sides) the lines between two full-width lines or wide
 * bands of white are read left column first, and each is marked with its column; otherwise lines
 * go top to bottom. documentGutter is where the document's other pages have their gutter: a page
 * with only a few lines in columns (under a full-width title and abstract) is read by it.
 */
export function readingOrder(lines: Line[], pageWidth: number, documentGutter?: number): Line[] {
  const byTop = [...lines].sort((a, b) => a.box!.y - b.box!.y || a.box!.x - b.box!.x);
  const gutter = findGutter(byTop, pageWidth) ?? (documentGutter !== undefined && columnsAt(byTop, documentGutter, pageWidth) ? documentGutter : undefined);
  if (gutter === undefined) return byTop;
  const ordered: Line[] = [];
  let left: Line[] = [];
  let right: Line[] = [];
  // A band with lines on one side only is no pair of columns (the short last line of a full-width paragraph).
  const flush = () => {
    const paired = left.length > 0 && right.length > 0;
    ordered.push(...left.map((line) => (paired ? { ...line, column: 0 } : line)), ...right.map((line) => (paired ? { ...line, column: 1 } : line)));
    left = [];
    right = [];
  };
  const sectionGap = sectionGapOf(byTop);
  let bottom = -Infinity;
  for (const line of byTop) {
    const box = line.box!;
    // A full-width line, or a band of white across both columns, ends one set of columns.
    if (box.y - bottom > sectionGap) flush();
    bottom = Math.max(bottom, box.y + box.height);
    if (box.x + box.width <= gutter) left.push(line);
    else if (box.x >= gutter) right.push(line);
    else {
      flush();
      ordered.push(line);
    }
  }
  flush();
  return ordered;
}

/**
 * The gutter most pages of a two-column document share (the median of the pages' own gutters),
 * when at least two pages have one.
 */
export function documentGutter(pages: Page[]): number | undefined {
  const gutters = pages
    .map((page) => (page.lines.length > 0 ? findGutter([...page.lines].sort((a, b) => a.box!.y - b.box!.y), page.width) : undefined))
    .filter((gutter): gutter is number => gutter !== undefined)
    .sort((a, b) => a - b);
  if (gutters.length < 2) return undefined;
  return gutters[Math.floor(gutters.length / 2)];
}

/** Whether lines of running text stand side by side on both sides of x: a band of two columns. */
function columnsAt(lines: Line[], x: number, pageWidth: number): boolean {
  const long = (line: Line) => line.box!.width >= pageWidth * minimumLineShare;
  const left = lines.filter((line) => line.box!.x + line.box!.width <= x && long(line));
  const right = lines.filter((line) => line.box!.x >= x && long(line));
  return besidePairs(left, right) >= minimumBesidePairs;
}

/** Lines of the left side that have a line of the right side at the same height. */
function besidePairs(left: Line[], right: Line[]): number {
  return left.filter((l) => right.some((r) => Math.abs(r.box!.y - l.box!.y) < l.box!.height)).length;
}

/**
 * White space across both columns this tall (1.4 usual line heights: more than the leading between
 * lines, which lines of the two columns share on one baseline grid) separates one band of columns
 * from the next (two sections' columns, each balanced).
 */
function sectionGapOf(lines: Line[]): number {
  const heights = lines.map((line) => line.box!.height).sort((a, b) => a - b);
  return 1.4 * (heights[Math.floor(heights.length / 2)] ?? 0);
}

/** The x of a gutter between two columns, if the page has one. */
function findGutter(lines: Line[], pageWidth: number): number | undefined {
  let best: { x: number; score: number } | undefined;
  for (let x = Math.round(pageWidth * 0.3); x <= pageWidth * 0.7; x += 2) {
    let crossing = 0;
    const left: Line[] = [];
    const right: Line[] = [];
    for (const line of lines) {
      const box = line.box!;
      if (box.x + box.width <= x) left.push(line);
      else if (box.x >= x) right.push(line);
      else crossing++;
    }
    if (left.length < minimumLinesPerColumn || right.length < minimumLinesPerColumn) continue;
    if (crossing > (left.length + right.length) * 0.25) continue;
    if (spread(left) < pageWidth * minimumColumnShare || spread(right) < pageWidth * minimumColumnShare) continue;
    // Columns hold lines of running text; a table's narrow cells (numbers, ticks) are not a column.
    if (longLineWidth(left) < pageWidth * minimumLineShare || longLineWidth(right) < pageWidth * minimumLineShare) continue;
    // Side-by-side lines: text at the same height on both sides of the gutter.
    const beside = besidePairs(left, right);
    if (beside < minimumLinesPerColumn) continue;
    const score = beside - crossing * 2;
    if (!best || score > best.score) best = { x, score };
  }
  return best?.x;
}

/** The width most lines of running text reach: the upper quartile (labels beside them are short). */
function longLineWidth(lines: Line[]): number {
  const widths = lines.map((line) => line.box!.width).sort((a, b) => a - b);
  return widths[Math.floor(widths.length * 0.75)]!;
}

/** How wide the lines reach from the leftmost start to the rightmost end. */
function spread(lines: Line[]): number {
  return Math.max(...lines.map((l) => l.box!.x + l.box!.width)) - Math.min(...lines.map((l) => l.box!.x));
}
