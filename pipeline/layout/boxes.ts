import { center, contains, inside } from '../geometry.js';
import type { Box, Line, Page } from '../types.js';

/** Rule ends closer than this (points) meet. */
const snap = 3;
/** A box holds at least this many lines of text... */
const minimumBoxLines = 2;
/** ...most of its characters in lines reaching this share of its width (running text, not a chart's labels)... */
const proseLineShare = 0.5;
const proseCharShare = 0.6;
/** ...and at most this share of the page's lines (a frame round the whole page is no box). */
const maximumPageShare = 0.8;
/** A box is at least this share of the page wide (a chart's bar holding its labels is no box)... */
const minimumWidthShare = 0.3;
/** ...and its running text has lines of this many characters at least. */
const proseLineLength = 10;

/**
 * Text boxes (a 专栏 or 案例 box, a framed note): rectangles drawn as four rulings or filled as
 * shading, holding lines of running text and no ruling inside (a ruled table has them), each with
 * the lines it holds. A box inside another box is part of it.
 */
export function findBoxes(page: Page, lines: Line[]): { box: Box; lines: Line[] }[] {
  const frames = [...ruledFrames(page.rules), ...(page.fills ?? [])];
  const boxes: { box: Box; lines: Line[] }[] = [];
  for (const frame of frames) {
    if (frame.width < page.width * minimumWidthShare) continue;
    const held = lines.filter((line) => line.box && inside(center(line.box), frame, 1));
    if (held.length < minimumBoxLines || held.length > lines.length * maximumPageShare) continue;
    if (page.rules.some((rule) => crossesInside(rule, frame))) continue;
    const chars = (line: Line) => line.text.replace(/\s+/g, '').length;
    const total = held.reduce((sum, line) => sum + chars(line), 0);
    const prose = held.filter((line) => line.box!.width >= frame.width * proseLineShare && chars(line) >= proseLineLength).reduce((sum, line) => sum + chars(line), 0);
    if (prose < total * proseCharShare) continue;
    boxes.push({ box: frame, lines: held });
  }
  // Of a frame drawn twice (a border and its background), the first stands.
  return boxes.filter((candidate, i) => !boxes.some((other, j) => other !== candidate && contains(other.box, candidate.box, snap) && (j < i || !contains(candidate.box, other.box, snap))));
}

/**
 * Rectangles whose four sides are rulings: a horizontal rule joined at both ends by vertical ones
 * down to the nearest horizontal rule of the same extent.
 */
function ruledFrames(rules: Box[]): Box[] {
  const horizontal = rules.filter((rule) => rule.width > rule.height).sort((a, b) => a.y - b.y);
  const vertical = rules.filter((rule) => rule.height > rule.width);
  const sameExtent = new Map<string, Box[]>();
  for (const rule of horizontal) {
    const key = `${Math.round(rule.x / snap)}:${Math.round((rule.x + rule.width) / snap)}`;
    sameExtent.set(key, [...(sameExtent.get(key) ?? []), rule]);
  }
  const frames: Box[] = [];
  for (const group of sameExtent.values()) {
    for (let i = 0; i < group.length; i++) {
      const upper = group[i]!;
      const top = upper.y + upper.height / 2;
      const sides = vertical.filter((rule) => rule.y <= top + snap && rule.y + rule.height > top + snap * 4);
      const side = (x: number) => sides.filter((rule) => Math.abs(rule.x + rule.width / 2 - x) <= snap);
      const left = side(upper.x);
      const right = side(upper.x + upper.width);
      if (left.length === 0 || right.length === 0) continue;
      const lower = group.slice(i + 1).find((rule) => rule.y + rule.height / 2 - top >= snap * 4);
      if (!lower) continue;
      const bottom = lower.y + lower.height / 2;
      const reaches = (edge: Box[]) => edge.some((rule) => rule.y + rule.height >= bottom - snap);
      if (reaches(left) && reaches(right)) frames.push({ x: upper.x, y: top, width: upper.width, height: bottom - top });
    }
  }
  return frames;
}

/** A ruling inside the frame, away from its edges: the frame is a table's grid, not a box. */
function crossesInside(rule: Box, frame: Box): boolean {
  if (!contains(frame, rule, snap)) return false;
  const horizontal = rule.width > rule.height;
  const middle = center(rule);
  return horizontal ? middle.y > frame.y + snap && middle.y < frame.y + frame.height - snap : middle.x > frame.x + snap && middle.x < frame.x + frame.width - snap;
}
