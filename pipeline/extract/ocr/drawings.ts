import type { Box } from '../../types.js';
import { center, inside, near, separation, union } from '../../geometry.js';
import { connectedRegions, type GrayImage, type PixelRegion } from './image.js';

/** What a scanned page draws besides its text, in pixels of its image. */
export interface ScannedDrawings {
  /** Long thin strokes: header and footnote rules, table rulings. */
  rules: Box[];
  /** Charts, diagrams and pictures: large ink shapes, merged when close. */
  figures: Box[];
}

/** Pixels darker than this are ink. */
const inkLevel = 128;
/** A rule is at most this many text heights thick, and at least this many long. */
const ruleThickness = 0.3;
const ruleLength = 4;
/** A drawing's part spans at least this many text heights one way and this many square text heights: larger than any character (a chart's bar may be narrow). */
const drawingSide = 2.5;
const drawingArea = 4;
/** A table frame: its rows or columns of ink cross at least this share of its box. */
const crossingShare = 0.9;
/** Parts of a drawing closer than this many text heights are one figure. */
const figureGap = 1;
/**
 * Ink outside every text line that is too small to be a drawing by itself: the pieces a thin
 * chart line, a light axis or a dashed series breaks into when a scan is thresholded. At least
 * this many pixels (smaller is a speck of noise)…
 */
const fragmentPixels = 3;
/** …and a figure when this many of them, each within a text height of the next, span this many text heights. */
const fragmentCount = 6;
const fragmentSpan = 4;

/**
 * Finds rules and figures among the ink components of a straightened page image, sized against
 * the height of its text lines: a component much larger than any character is a drawing,
 * unless it is the frame of a table, whose crossing rows and columns of ink are rulings.
 */
export function findDrawings(image: GrayImage, textHeight: number, textBoxes: readonly Box[] = []): ScannedDrawings {
  const rules: Box[] = [];
  const parts: Box[] = [];
  const fragments: Box[] = [];
  for (const component of inkComponents(image)) {
    const { box } = component;
    const thin = Math.min(box.width, box.height) <= textHeight * ruleThickness;
    if (thin && Math.max(box.width, box.height) >= textHeight * ruleLength) {
      rules.push(box);
      continue;
    }
    if (Math.max(box.width, box.height) < textHeight * drawingSide || box.width * box.height < textHeight * textHeight * drawingArea) {
      if (component.pixels.length >= fragmentPixels && !textBoxes.some((text) => inside(center(box), text))) fragments.push(box);
      continue;
    }
    const frame = tableFrame(image, component);
    if (frame) rules.push(...frame);
    else parts.push(box);
  }
  // A drawing's part counts as many fragments: a bar chart's axis, broken by its bars, is one figure with them.
  const clusters = mergeNear([...parts.map((box) => ({ box, count: fragmentCount })), ...fragments.map((box) => ({ box, count: 1 }))], textHeight * figureGap);
  const figures = clusters.filter((cluster) => cluster.count >= fragmentCount && Math.max(cluster.box.width, cluster.box.height) >= textHeight * fragmentSpan);
  return { rules, figures: figures.map((cluster) => cluster.box) };
}


function inkComponents(image: GrayImage): PixelRegion[] {
  return connectedRegions(image.width, image.height, (index) => image.data[index]! < inkLevel);
}

/** The rulings of a component that is a table's frame (two or more rows and columns of ink across it), or null. */
function tableFrame(image: GrayImage, { box, pixels }: PixelRegion): Box[] | null {
  const rowInk = new Int32Array(box.height);
  const columnInk = new Int32Array(box.width);
  for (const index of pixels) {
    const x = index % image.width;
    const y = (index - x) / image.width;
    rowInk[y - box.y]!++;
    columnInk[x - box.x]!++;
  }
  const rows = runsOf(rowInk, box.width * crossingShare);
  const columns = runsOf(columnInk, box.height * crossingShare);
  if (rows.length < 2 || columns.length < 2) return null;
  return [
    ...rows.map(([from, to]) => ({ x: box.x, y: box.y + from, width: box.width, height: to - from })),
    ...columns.map(([from, to]) => ({ x: box.x + from, y: box.y, width: to - from, height: box.height })),
  ];
}

/** [from, to) runs of consecutive entries at or above the threshold. */
function runsOf(counts: Int32Array, threshold: number): [number, number][] {
  const runs: [number, number][] = [];
  let start = -1;
  for (let i = 0; i <= counts.length; i++) {
    const full = i < counts.length && counts[i]! >= threshold;
    if (full && start < 0) start = i;
    else if (!full && start >= 0) {
      runs.push([start, i]);
      start = -1;
    }
  }
  return runs;
}

/** Boxes chained by gaps under gap, merged, their counts summed. */
function mergeNear(boxes: { box: Box; count: number }[], gap: number): { box: Box; count: number }[] {
  const clusters: { box: Box; count: number }[] = [];
  for (const item of boxes) {
    let current = item;
    for (let i = clusters.length - 1; i >= 0; i--) {
      if (near(clusters[i]!.box, current.box, gap)) {
        current = { box: union(clusters[i]!.box, current.box), count: clusters[i]!.count + current.count };
        clusters.splice(i, 1);
        i = clusters.length;
      }
    }
    clusters.push(current);
  }
  return clusters;
}

/** A line narrower than this share of the page's widest line is a label, a tick or a legend, not prose. */
const labelShare = 0.6;
/** A label this many text heights or less from a figure (or from its labels) belongs to it. */
const labelReach = 2.5;
/** A line centred under a figure (within this share of its width) and wider than this share of it is its caption or source line. */
const captionOffCentre = 0.1;
const captionWidth = 0.25;
/** A paragraph's first line is indented by at most this many text heights. */
const paragraphIndent = 3;

/**
 * A scan's figures grown over their labels (axis ticks, data labels, legends, category labels),
 * as a chart image's box holds them on a page with a text layer: short lines within reach of the
 * figure, nearest first, but not a caption centred under it, not a paragraph's short last line
 * and nothing behind a rule (a running header's).
 */
export function figuresWithLabels(figures: Box[], lines: readonly Box[], rules: readonly Box[], textHeight: number): Box[] {
  const widest = Math.max(0, ...lines.map((line) => line.width));
  const prose = lines.filter((line) => line.width >= widest * labelShare);
  const labels = lines.filter((line) => line.width < widest * labelShare && !endsParagraph(line, prose, textHeight));
  const free = new Set(labels);
  // Figures that meet once grown are one, and may reach labels neither reached alone.
  for (let boxes = figures; ; ) {
    const merged = mergeNear(boxes.map((box) => ({ box: growOverLabels(box, free, rules, textHeight), count: 1 })), 0).map((cluster) => cluster.box);
    if (merged.length === boxes.length) return merged;
    boxes = merged;
  }
}

/** The figure grown over the free labels within reach, nearest first; the labels taken leave free. */
function growOverLabels(figure: Box, free: Set<Box>, rules: readonly Box[], textHeight: number): Box {
  let box = figure;
  for (;;) {
    let nearest: Box | undefined;
    let nearestDistance = Infinity;
    for (const label of free) {
      const { dx, dy } = separation(label, box);
      const distance = Math.hypot(dx, dy);
      if (dx > textHeight * labelReach || dy > textHeight * labelReach || distance >= nearestDistance) continue;
      if (captionUnder(label, box) || ruleBetween(label, box, rules)) continue;
      nearest = label;
      nearestDistance = distance;
    }
    if (!nearest) return box;
    free.delete(nearest);
    box = union(box, nearest);
  }
}

/** A short line right under a line of prose, starting where it starts or left of its indent: a paragraph's last line. */
function endsParagraph(line: Box, prose: Box[], textHeight: number): boolean {
  return prose.some((above) => {
    const gap = line.y - (above.y + above.height);
    return gap >= -textHeight / 2 && gap < textHeight && line.x - above.x < textHeight && above.x - line.x < textHeight * paragraphIndent;
  });
}

function captionUnder(line: Box, figure: Box): boolean {
  const below = line.y >= figure.y + figure.height;
  const offCentre = Math.abs(center(line).x - center(figure).x);
  return below && line.width > figure.width * captionWidth && offCentre < figure.width * captionOffCentre;
}

function ruleBetween(line: Box, figure: Box, rules: readonly Box[]): boolean {
  return rules.some((rule) => {
    const across = rule.x < Math.max(line.x + line.width, figure.x + figure.width) && rule.x + rule.width > Math.min(line.x, figure.x);
    const top = Math.min(line.y + line.height, figure.y + figure.height);
    const bottom = Math.max(line.y, figure.y);
    const inGap = rule.y + rule.height <= bottom && rule.y >= top;
    return across && inGap && rule.width > rule.height;
  });
}
