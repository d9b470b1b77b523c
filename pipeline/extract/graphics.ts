import { contains, near, union } from '../geometry.js';
import type { Box } from '../types.js';

export type Matrix = [number, number, number, number, number, number];

export interface OperatorList {
  fnArray: number[];
  argsArray: unknown[][];
}

/** The pdf.js operator codes this module reads. */
interface Ops {
  save: number;
  restore: number;
  transform: number;
  constructPath: number;
  paintImageXObject: number;
  paintInlineImageXObject: number;
  paintImageMaskXObject: number;
  paintImageXObjectRepeat: number;
  paintFormXObjectBegin: number;
  paintFormXObjectEnd: number;
  endPath: number;
  fill: number;
  eoFill: number;
  stroke: number;
  closeStroke: number;
  fillStroke: number;
  eoFillStroke: number;
  closeFillStroke: number;
  closeEOFillStroke: number;
}

/** pdf.js path opcodes inside constructPath data (DrawOPS). */
const moveTo = 0;
const lineTo = 1;
const curveTo = 2;
const quadraticCurveTo = 3;
const closePath = 4;

/** A painted path, in page space. */
interface Shape {
  box: Box;
  /** An axis-aligned rectangle (table cell, shading, bar) rather than a curve or polyline. */
  rectangle: boolean;
}

export interface PageGraphics {
  /** Thin lines and thin filled rectangles: table rulings, header rules, underlines. */
  rules: Box[];
  /** Raster images and clusters of drawn shapes (vector charts, diagrams). */
  figures: Box[];
  /** Filled rectangles that could hold lines of text (a shaded box, a shaded table row). */
  fills: Box[];
  /** Share of the page's area that raster images paint (a scanned page: close to 1). */
  rasterShare: number;
}

/** A filled rectangle at least this tall (points) could hold a line of text. */
const minimumFillHeight = 12;

/** A rule is at most this thick (points). */
const ruleThickness = 2.5;
/** Raster images smaller than this (points) are icons or bullets, not figures. */
const minimumImageSide = 24;
/** Shapes closer than this (points) belong to one drawing. */
const drawingGap = 6;

/** Reads rulings, images and vector drawings from a page's operator list. */
export function readGraphics(operators: OperatorList, ops: Ops, toPage: Matrix, page: { width: number; height: number }, text: Box[]): PageGraphics {
  const rules: Box[] = [];
  const images: Box[] = [];
  let rasterArea = 0;
  const shapes: Shape[] = [];
  const fills: Box[] = [];
  const stack: Matrix[] = [];
  let ctm = toPage;
  const paintOps = new Set([ops.fill, ops.eoFill, ops.stroke, ops.closeStroke, ops.fillStroke, ops.eoFillStroke, ops.closeFillStroke, ops.closeEOFillStroke]);
  const strokeOps = new Set([ops.stroke, ops.closeStroke]);

  for (let i = 0; i < operators.fnArray.length; i++) {
    const fn = operators.fnArray[i]!;
    const args = operators.argsArray[i]!;
    if (fn === ops.save) stack.push(ctm);
    else if (fn === ops.restore) ctm = stack.pop() ?? toPage;
    else if (fn === ops.transform) ctm = multiply(ctm, args as Matrix);
    else if (fn === ops.paintFormXObjectBegin) {
      stack.push(ctm);
      const matrix = args[0] as Matrix | null;
      if (matrix) ctm = multiply(ctm, matrix);
    } else if (fn === ops.paintFormXObjectEnd) ctm = stack.pop() ?? toPage;
    else if (fn === ops.paintImageXObject || fn === ops.paintInlineImageXObject || fn === ops.paintImageMaskXObject || fn === ops.paintImageXObjectRepeat) {
      const box = transformBox(ctm, [0, 0, 1, 1]);
      rasterArea += Math.max(0, Math.min(box.x + box.width, page.width) - Math.max(box.x, 0)) * Math.max(0, Math.min(box.y + box.height, page.height) - Math.max(box.y, 0));
      if (box.width >= minimumImageSide && box.height >= minimumImageSide && !coversPage(box, page)) images.push(box);
    } else if (fn === ops.constructPath) {
      const [paint, data, minMax] = args as [number, (Float32Array | number[] | null)[], number[] | null];
      if (!paintOps.has(paint) || !minMax) continue;
      const path = data[0] ?? [];
      const box = transformBox(ctm, minMax);
      if (coversPage(box, page)) continue;
      if (Math.min(box.width, box.height) <= ruleThickness) {
        if (Math.max(box.width, box.height) > ruleThickness) rules.push(box);
        continue;
      }
      const rectangle = isRectangle(path);
      // An outlined rectangle is four rulings (a table cell, a frame), not a drawing.
      if (rectangle && strokeOps.has(paint)) {
        rules.push(
          { x: box.x, y: box.y, width: box.width, height: 0 },
          { x: box.x, y: box.y + box.height, width: box.width, height: 0 },
          { x: box.x, y: box.y, width: 0, height: box.height },
          { x: box.x + box.width, y: box.y, width: 0, height: box.height },
        );
        continue;
      }
      if (rectangle && box.height >= minimumFillHeight) fills.push(box);
      shapes.push({ box, rectangle });
    }
  }
  const drawn = drawings([...shapes, ...barSeries(shapes)], text).map((box) => withAxes(box, rules));
  return { rules, figures: [...images, ...drawn], fills, rasterShare: Math.min(1, rasterArea / (page.width * page.height || 1)) };
}

/**
 * Clusters of shapes that make a chart or diagram: a lone filled rectangle is a shaded box or a
 * table's shaded row; a curve, a polyline, or three shapes together are a drawing.
 */
function drawings(shapes: Shape[], text: Box[]): Box[] {
  const clusters: { box: Box; shapes: Shape[] }[] = [];
  for (const shape of shapes) {
    const touching = clusters.filter((cluster) => near(cluster.box, shape.box, drawingGap));
    const merged = { box: shape.box, shapes: [shape] };
    for (const cluster of touching) {
      merged.box = union(merged.box, cluster.box);
      merged.shapes.push(...cluster.shapes);
      clusters.splice(clusters.indexOf(cluster), 1);
    }
    clusters.push(merged);
  }
  return clusters
    .filter((cluster) => cluster.shapes.length >= 3 || cluster.shapes.some((shape) => !shape.rectangle))
    .filter((cluster) => !isTextBackground(cluster, text))
    .map((cluster) => cluster.box);
}

/**
 * Shaded rectangles that hold text over much of their area are backgrounds (a shaded box, table
 * rows), not a chart: a chart's labels cover little of it.
 */
function isTextBackground(cluster: { box: Box; shapes: Shape[] }, text: Box[]): boolean {
  const holding = cluster.shapes.filter((shape) => shape.rectangle && text.some((box) => contains(shape.box, box)));
  if (holding.length === 0) return false;
  const covered = text.filter((box) => contains(cluster.box, box)).reduce((sum, box) => sum + box.width * box.height, 0);
  return covered > cluster.box.width * cluster.box.height * textShare;
}

/** Share of a cluster's area covered by text above which shaded rectangles are a background. */
const textShare = 0.3;

/**
 * Bars of a bar chart stand apart from one another: three or more rectangles on a common base
 * line (or with a common left edge, for horizontal bars) make one shape.
 */
function barSeries(shapes: Shape[]): Shape[] {
  const rectangles = shapes.filter((shape) => shape.rectangle);
  const series: Shape[] = [];
  for (const edge of [(b: Box) => b.y + b.height, (b: Box) => b.x]) {
    const groups = new Map<number, Shape[]>();
    for (const shape of rectangles) {
      const key = Math.round(edge(shape.box));
      groups.set(key, [...(groups.get(key) ?? []), shape]);
    }
    for (const group of groups.values()) {
      if (group.length < 3) continue;
      series.push({ box: group.map((shape) => shape.box).reduce(union), rectangle: false });
    }
  }
  return series;
}

/** A chart's axes and grid lines are rulings that touch its drawing: the figure spans them too. */
function withAxes(drawing: Box, rules: Box[]): Box {
  return rules.filter((rule) => near(rule, drawing, ruleThickness)).reduce(union, drawing);
}

function isRectangle(path: ArrayLike<number>): boolean {
  let points = 0;
  for (let i = 0; i < path.length; ) {
    const op = path[i]!;
    if (op === moveTo || op === lineTo) {
      points++;
      i += 3;
    } else if (op === curveTo) return false;
    else if (op === quadraticCurveTo) return false;
    else if (op === closePath) i += 1;
    else return false;
  }
  return points >= 4 && points <= 5;
}

function coversPage(box: Box, page: { width: number; height: number }): boolean {
  return box.width * box.height > page.width * page.height * 0.6;
}

export function transformBox(m: Matrix, [x0, y0, x1, y1]: number[]): Box {
  const xs: number[] = [];
  const ys: number[] = [];
  for (const [x, y] of [[x0!, y0!], [x1!, y0!], [x0!, y1!], [x1!, y1!]] as [number, number][]) {
    xs.push(m[0] * x + m[2] * y + m[4]);
    ys.push(m[1] * x + m[3] * y + m[5]);
  }
  const left = Math.min(...xs);
  const top = Math.min(...ys);
  return { x: left, y: top, width: Math.max(...xs) - left, height: Math.max(...ys) - top };
}

/** pdf.js's Util.transform: m2 applied first, then m1. */
export function multiply(m1: Matrix, m2: Matrix): Matrix {
  return [
    m1[0] * m2[0] + m1[2] * m2[1],
    m1[1] * m2[0] + m1[3] * m2[1],
    m1[0] * m2[2] + m1[2] * m2[3],
    m1[1] * m2[2] + m1[3] * m2[3],
    m1[0] * m2[4] + m1[2] * m2[5] + m1[4],
    m1[1] * m2[4] + m1[3] * m2[5] + m1[5],
  ];
}
