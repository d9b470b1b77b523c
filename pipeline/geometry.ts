import type { Box, Line, Page } from './types.js';

/** Small helpers on page boxes (top-left origin), shared by the extract and clean stages. */

export function center(box: Box): { x: number; y: number } {
  return { x: box.x + box.width / 2, y: box.y + box.height / 2 };
}

/** Whether a point lies in the box grown by margin on every side. */
export function inside(point: { x: number; y: number }, box: Box, margin = 0): boolean {
  return point.x >= box.x - margin && point.x <= box.x + box.width + margin && point.y >= box.y - margin && point.y <= box.y + box.height + margin;
}

/** Whether inner lies within outer, give or take slack points. */
export function contains(outer: Box, inner: Box, slack = 1): boolean {
  return inner.x >= outer.x - slack && inner.y >= outer.y - slack && inner.x + inner.width <= outer.x + outer.width + slack && inner.y + inner.height <= outer.y + outer.height + slack;
}

/** Whether two boxes overlap or come within gap points of each other. */
export function near(a: Box, b: Box, gap: number): boolean {
  return a.x - gap <= b.x + b.width && b.x - gap <= a.x + a.width && a.y - gap <= b.y + b.height && b.y - gap <= a.y + a.height;
}

export function union(a: Box, b: Box): Box {
  const x = Math.min(a.x, b.x);
  const y = Math.min(a.y, b.y);
  return { x, y, width: Math.max(a.x + a.width, b.x + b.width) - x, height: Math.max(a.y + a.height, b.y + b.height) - y };
}

/** Horizontal and vertical gaps between two boxes (0 where they overlap). */
export function separation(a: Box, b: Box): { dx: number; dy: number } {
  return {
    dx: Math.max(0, a.x - (b.x + b.width), b.x - (a.x + a.width)),
    dy: Math.max(0, a.y - (b.y + b.height), b.y - (a.y + a.height)),
  };
}

/** Running headers and footers stand within this share of the page height from its top or bottom… */
export const edgeBand = 0.14;
/** …among the few lines nearest that edge. */
export const linesFromEdge = 3;

/** A line near the top or bottom edge of its page: a running header or footer, maybe. */
export interface EdgeLine {
  page: Page;
  line: Line;
  edge: 'top' | 'bottom';
}
