import type { LaidOutPage, Line } from '../types.js';
import { figureAreas } from './figures.js';

/** The body text's measures, from the lines that carry most characters. */
export interface BodyMetrics {
  fontSize: number;
  /** Usual distance between the tops of consecutive body lines. */
  lineStep: number;
  /** The left and right edges of the text column a line stands in. */
  column(line: Line): { left: number; right: number };
  /** The column's edges, or a narrower right edge where the line's neighbours stop short of it (text beside a chart). */
  textBlock(line: Line): { left: number; right: number };
}

/** A column with this many body lines has edges of its own. */
const enoughLines = 6;

/** Lines are measured per page and per column (pages set in columns) or region (a sidebar, a box), keyed by columnKey. */
function columnKey(line: Line): string {
  return `${line.page}:${line.region !== undefined ? `r${line.region}` : (line.column ?? '')}`;
}

export function measureBody(pages: LaidOutPage[]): BodyMetrics {
  const fontSize = dominantSize(pages.flatMap((page) => page.lines)) ?? 12;
  const isBody = (line: Line) => line.box !== undefined && Math.abs((line.fontSize ?? 0) - fontSize) <= fontSize * 0.1;

  const steps = new Map<number, number>();
  const groups = new Map<string, Line[]>();
  for (const page of pages) {
    const body = page.lines.filter(isBody);
    for (let i = 0; i < body.length; i++) {
      const line = body[i]!;
      const next = body[i + 1];
      if (next && next.column === line.column && next.region === line.region) {
        const step = Math.round(next.box!.y - line.box!.y);
        if (step > fontSize * 0.9 && step < fontSize * 3) increment(steps, step);
      }
    }
    const placed = new Map<string, Line[]>();
    for (const line of page.lines) if (line.box) placed.set(columnKey(line), [...(placed.get(columnKey(line)) ?? []), line]);
    for (const [key, lines] of placed) {
      const text = textOf(lines, isBody);
      if (text.length > 0) groups.set(key, text);
    }
  }
  // The document's usual column edges, per column position, for pages with too little body text.
  const usual = new Map<string, { lefts: Map<number, number>; rights: Map<number, number> }>();
  const columns = new Map<string, { left: number; right: number; lines: number }>();
  for (const [key, lines] of groups) {
    const position = key.split(':')[1]!;
    const edges = usual.get(position) ?? { lefts: new Map(), rights: new Map() };
    usual.set(position, edges);
    const lefts = new Map<number, number>();
    const rights = new Map<number, number>();
    for (const line of lines) {
      increment(lefts, Math.round(line.box!.x));
      increment(rights, Math.round(line.box!.x + line.box!.width));
      increment(edges.lefts, Math.round(line.box!.x));
      increment(edges.rights, Math.round(line.box!.x + line.box!.width));
    }
    columns.set(key, { left: mode(lefts)!, right: maxFrequent(rights)!, lines: lines.length });
  }
  const usualColumn = (position: string) => {
    const edges = usual.get(position) ?? usual.get('');
    return edges ? { left: mode(edges.lefts)!, right: maxFrequent(edges.rights)! } : undefined;
  };
  const pageWide = (page: number) => {
    const width = pages.find((p) => p.number === page)?.width ?? 0;
    return { left: 0, right: width };
  };
  const lineStep = mode(steps) ?? fontSize * 1.5;
  const figures = new Map(pages.map((page) => [page.number, figureAreas(page)]));
  const pageColumn = (line: Line) => {
    const position = columnKey(line).split(':')[1]!;
    const own = columns.get(columnKey(line));
    const reference = usualColumn(position) ?? own ?? pageWide(line.page);
    // A column with few lines may hold only short ones: its edges are the document's usual ones then.
    if (!own || (own.lines < enoughLines && own.right - own.left < (reference.right - reference.left) * 0.7)) return reference;
    return { left: own.left, right: own.right };
  };
  return {
    fontSize,
    lineStep,
    column: pageColumn,
    textBlock(line: Line) {
      const column = pageColumn(line);
      if (!line.box) return column;
      // A narrow block of text beside a chart or a picture has its own right edge: the one its
      // neighbouring lines (about the same left edge, a few lines up or down) reach.
      const near = (groups.get(columnKey(line)) ?? []).filter(
        (other) => Math.abs(other.box!.y - line.box!.y) <= lineStep * neighbourLines && Math.abs(other.box!.x - line.box!.x) <= fontSize * 3,
      );
      const localRight = Math.max(line.box.x + line.box.width, ...near.map((other) => other.box!.x + other.box!.width));
      if (localRight >= column.right - fontSize * 3) return column;
      // Only a figure standing to the right makes the text narrower (a list of short lines is not).
      const top = line.box.y - lineStep * neighbourLines;
      const bottom = line.box.y + lineStep * neighbourLines;
      const figureBeside = (figures.get(line.page) ?? []).some((figure) => figure.x >= localRight - fontSize && figure.y < bottom && figure.y + figure.height > top);
      return figureBeside ? { left: column.left, right: localRight } : column;
    },
  };
}

/**
 * The lines of a column that measure its edges: its body-size lines, or, where it has too few of
 * them (a first page, a sidebar set in smaller type), its lines of text in their most common size.
 */
function textOf(lines: Line[], isBody: (line: Line) => boolean): Line[] {
  const body = lines.filter(isBody);
  if (body.length >= enoughLines) return body;
  // Lines of text, not a chart's ticks and labels.
  const text = lines.filter((line) => line.text.replace(/\s+/g, '').length >= textLineLength);
  const own = dominantSize(text);
  const ownSize = text.filter((line) => sizeStep(line) === own);
  return ownSize.length >= 2 ? ownSize : body;
}

/** A line of at least this many characters is a line of text, not a label. */
const textLineLength = 10;

/** Font sizes are compared in half points. */
function sizeStep(line: Line): number {
  return Math.round((line.fontSize ?? 0) * 2) / 2;
}

/** The font size that carries most characters of the lines. */
function dominantSize(lines: Line[]): number | undefined {
  const sizes = new Map<number, number>();
  for (const line of lines) sizes.set(sizeStep(line), (sizes.get(sizeStep(line)) ?? 0) + line.text.length);
  return mode(sizes);
}

/** How many lines up and down count as a line's neighbours. */
const neighbourLines = 5;

/** The right edge full lines reach: where most lines end (justified text), else the most frequent edge near the largest. */
function maxFrequent(rights: Map<number, number>): number | undefined {
  if (rights.size === 0) return undefined;
  // Justified text: one edge most lines end at (margin notes beyond it do not count).
  const justified = mode(rights)!;
  const lines = [...rights.values()].reduce((sum, count) => sum + count, 0);
  if (rights.get(justified)! >= lines * 0.3) return justified;
  const widest = Math.max(...rights.keys());
  const near = new Map([...rights].filter(([edge]) => edge >= widest - 30));
  return mode(near);
}

function increment(map: Map<number, number>, key: number): void {
  map.set(key, (map.get(key) ?? 0) + 1);
}

function mode(counts: Map<number, number>): number | undefined {
  let best: number | undefined;
  let bestCount = 0;
  for (const [key, count] of counts) {
    if (count > bestCount) {
      best = key;
      bestCount = count;
    }
  }
  return best;
}
