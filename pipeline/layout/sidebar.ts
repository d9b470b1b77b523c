import { toLine } from '../extract/index.js';
import type { Line } from '../types.js';

/** A sidebar holds at least this many lines... */
const minimumSidebarLines = 5;
/** ...within at most this share of the page width, at one side of the page... */
const maximumSidebarShare = 0.36;
/** ...beside main text at least this many times as wide... */
const mainToSidebarWidth = 1.6;
/** ...whose long lines (upper quartile) reach this share of the page width: running text, not a chart's or table's cells. */
const mainLineShare = 0.4;
/** Lines crossing the gutter beside the sidebar (not above or below it) may be at most this share of its lines. */
const crossingShare = 0.1;

/**
 * The lines of a sidebar: a narrow column at the left or right of the page, beside a much wider
 * column of running text, with no line crossing the gutter between them where they stand side by
 * side (the page's title, a disclaimer or a footer may span both above or below). A broker's note
 * sets its analysts, stock data and related reports there. None when the page has no sidebar.
 */
export function findSidebar(lines: Line[], pageWidth: number): { lines: Set<Line>; gutter: number } | undefined {
  let best: { lines: Line[]; score: number; gutter: number } | undefined;
  for (let x = Math.round(pageWidth * 0.12); x <= pageWidth * 0.88; x += 2) {
    const left: Line[] = [];
    const right: Line[] = [];
    const crossing: Line[] = [];
    for (const line of lines) {
      const box = line.box!;
      if (box.x + box.width <= x) left.push(line);
      else if (box.x >= x) right.push(line);
      else crossing.push(line);
    }
    for (const [side, main] of [
      [left, right],
      [right, left],
    ] as const) {
      if (side.length < minimumSidebarLines || main.length < minimumSidebarLines) continue;
      const sideWidth = extent(side);
      if (sideWidth > pageWidth * maximumSidebarShare || extent(main) < sideWidth * mainToSidebarWidth) continue;
      if (upperQuartileWidth(main) < pageWidth * mainLineShare) continue;
      const top = Math.min(...side.map((line) => line.box!.y));
      const bottom = Math.max(...side.map((line) => line.box!.y + line.box!.height));
      const besideSidebar = crossing.filter((line) => line.box!.y + line.box!.height > top && line.box!.y < bottom).length;
      if (besideSidebar > Math.max(1, side.length * crossingShare)) continue;
      const score = side.length - besideSidebar * 3;
      if (!best || score > best.score) best = { lines: side, score, gutter: x };
    }
  }
  return best && { lines: new Set(best.lines), gutter: best.gutter };
}

/**
 * A line that runs across the gutter because a sidebar's line and a main line stand close on one
 * row, cut into its two parts; a line whose runs do not part at the gutter is kept whole.
 */
export function splitAtGutter(line: Line, gutter: number): Line[] {
  const runs = line.runs ?? [];
  const left = runs.filter((run) => run.box.x + run.box.width <= gutter);
  const right = runs.filter((run) => run.box.x >= gutter);
  if (left.length === 0 || right.length === 0 || left.length + right.length < runs.length) return [line];
  return [toLine(left, line.page), toLine(right, line.page)].filter((part): part is Line => part !== null);
}

/** From the leftmost start to the rightmost end of the lines. */
function extent(lines: Line[]): number {
  return Math.max(...lines.map((l) => l.box!.x + l.box!.width)) - Math.min(...lines.map((l) => l.box!.x));
}

function upperQuartileWidth(lines: Line[]): number {
  const widths = lines.map((line) => line.box!.width).sort((a, b) => a - b);
  return widths[Math.floor(widths.length * 0.75)]!;
}
