import { footnoteMarker } from '../lang/index.js';
import type { Box, Line, Page } from '../types.js';
import type { BodyMetrics } from './layout.js';

/**
 * Footnotes: lines in smaller type below the last line of body text at the foot of a page, from
 * the first that begins with a note marker, or all of them under a footnote separator rule. Maps
 * each such line to whether it begins a note.
 */
export function footnoteLines(page: Page, body: BodyMetrics): Map<Line, boolean> {
  const notes = new Map<Line, boolean>();
  const small = (line: Line) => (line.fontSize ?? body.fontSize) <= body.fontSize * 0.9;
  const lines = page.lines.filter((line) => line.box);
  const lastBody = Math.max(-Infinity, ...lines.filter((line) => !small(line)).map((line) => line.box!.y));
  const below = lines.filter((line) => line.box!.y > lastBody && line.box!.y > page.height * 0.5 && small(line));
  // A short rule above the notes (the footnote separator) also marks a note continued from the page before.
  const separated = below.length > 0 && page.rules.some((rule) => isSeparator(rule, below[0]!, page));
  const first = separated ? 0 : below.findIndex((line) => footnoteMarker.test(line.text));
  if (first < 0) return notes;
  for (const line of below.slice(first)) notes.set(line, footnoteMarker.test(line.text));
  return notes;
}

/** A short horizontal rule at the left, just above the first small line. */
function isSeparator(rule: Box, first: Line, page: Page): boolean {
  const above = first.box!.y - rule.y;
  return rule.width >= rule.height && rule.width < page.width * 0.4 && above > 0 && above < first.box!.height * 3 && Math.abs(rule.x - first.box!.x) < first.box!.height * 3;
}
