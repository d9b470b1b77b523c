import type { Box } from '../../types.js';
import { near, union } from '../../geometry.js';
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
 * Finds rules and figures among the ink components of a straightened page image, sized against
 * the height of its text lines: a component much larger than any character is a drawing,
 * unless it is the frame of a table, whose crossing rows and columns of ink are rulings.
 */
export function findDrawings(image: GrayImage, textHeight: number): ScannedDrawings {
  const rules: Box[] = [];
  const parts: Box[] = [];
  for (const component of inkComponents(image)) {
    const { box } = component;
    const thin = Math.min(box.width, box.height) <= textHeight * ruleThickness;
    if (thin && Math.max(box.width, box.height) >= textHeight * ruleLength) {
      rules.push(box);
      continue;
    }
    if (Math.max(box.width, box.height) < textHeight * drawingSide || box.width * box.height < textHeight * textHeight * drawingArea) continue;
    const frame = tableFrame(image, component);
    if (frame) rules.push(...frame);
    else parts.push(box);
  }
  return { rules, figures: mergeNear(parts, textHeight * figureGap) };
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

function mergeNear(boxes: Box[], gap: number): Box[] {
  const merged: Box[] = [];
  for (const box of boxes) {
    let current = box;
    for (let i = merged.length - 1; i >= 0; i--) {
      if (near(merged[i]!, current, gap)) {
        current = union(merged[i]!, current);
        merged.splice(i, 1);
        i = merged.length;
      }
    }
    merged.push(current);
  }
  return merged;
}
