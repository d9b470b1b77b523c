import { bareNumber, type LayoutTables } from '../lang/index.js';
import type { Box, LaidOutPage, Line } from '../types.js';
import type { BodyMetrics } from './layout.js';
import { center, inside, separation } from '../geometry.js';

/** A line shorter than this share of the column is a label, a tick or a legend, not a line of prose. */
const labelWidth = 0.6;

/**
 * The lines that belong to a figure: axis ticks, data labels and legends inside an image or a
 * drawing, and small short lines just around it. Captions and source lines are never figure text,
 * nor are full-width lines of body text that happen to overlap a drawing, nor lines in the
 * drawing of a table.
 */
export function figureLines(page: LaidOutPage, body: BodyMetrics, layout: LayoutTables, background: Set<string>, tables: Box[] = []): Set<Line> {
  const found = new Set<Line>();
  // The drawing around a rebuilt table (a statement's rules and shading) is the table's, not a chart: its other lines are text.
  const figures = figureAreas(page).filter((figure) => !background.has(figureKey(figure)) && !tables.some((table) => inside(center(table), figure, 2)));
  if (figures.length === 0) return found;
  const labels: Line[] = [];
  for (const line of page.lines) {
    if (!line.box || layout.caption.test(line.text) || layout.source.test(line.text)) continue;
    // Larger type than the body is a heading, never a chart label, unless it is a bare number.
    if ((line.fontSize ?? body.fontSize) > body.fontSize * 1.15 && !bareNumber.test(line.text)) continue;
    const column = body.column(line);
    const short = line.box.width < (column.right - column.left) * labelWidth;
    const small = (line.fontSize ?? body.fontSize) < body.fontSize * 0.95;
    // A sidebar's or a box's lines are their own text: only a figure set inside it has labels there.
    const region = line.region === undefined ? undefined : page.regions[line.region]!;
    const aside = region !== undefined && region.kind !== 'figure';
    if (short && small && !aside) labels.push(line);
    const middle = center(line.box);
    for (const figure of figures) {
      if (aside && !inside(center(figure), region.box, 2)) continue;
      const within = inside(middle, figure, 2);
      // Legends and category labels sit beside a chart more often than above or below it.
      const { dx, dy } = separation(line.box, figure);
      // A line centred under or over the figure, not a mere tick, is its caption (whatever its wording).
      const centredOnFigure =
        dx === 0 && dy > 0 && line.box.width > figure.width * 0.25 && Math.abs(middle.x - (figure.x + figure.width / 2)) < figure.width * 0.1;
      const around = dx < body.lineStep * 2 && dy < body.lineStep * 1.2 && !centredOnFigure;
      if ((within && (short || small)) || (around && short && small)) {
        found.add(line);
        break;
      }
    }
  }
  // A legend or an axis title stands beside other labels of the figure, a little outside its drawing.
  for (let grown = true; grown; ) {
    grown = false;
    for (const label of labels) {
      if (found.has(label)) continue;
      if ([...found].some((line) => distance(line.box!, label.box!) < body.lineStep)) {
        found.add(label);
        grown = true;
      }
    }
  }
  return found;
}

function distance(a: Box, b: Box): number {
  const { dx, dy } = separation(a, b);
  return Math.hypot(dx, dy);
}

/**
 * Images and drawings at the same place on many pages are a watermark, a logo or a page frame,
 * not figures: the text over them is the page's own.
 */
export function backgroundFigures(pages: LaidOutPage[]): Set<string> {
  const pagesWith = new Map<string, number>();
  for (const page of pages) {
    for (const key of new Set(figureAreas(page).map(figureKey))) pagesWith.set(key, (pagesWith.get(key) ?? 0) + 1);
  }
  const minRepeats = Math.max(3, Math.ceil(pages.length * 0.2));
  return new Set([...pagesWith].filter(([, count]) => count >= minRepeats).map(([key]) => key));
}

/** Where the layout stage found the page's charts, diagrams and pictures. */
export function figureAreas(page: LaidOutPage): Box[] {
  return page.regions.filter((region) => region.kind === 'figure').map((region) => region.box);
}

function figureKey(box: Box): string {
  return [box.x, box.y, box.width, box.height].map((v) => Math.round(v / 4)).join(',');
}
