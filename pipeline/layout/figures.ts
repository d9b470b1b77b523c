import { center, inside } from '../geometry.js';
import type { Box, Line, Page } from '../types.js';

/** A line of at least this many characters reads as a sentence of running text, not a chart label. */
const proseLineLength = 16;
/** A figure area holding at least this many such lines is a page's text over a background drawing, not a chart. */
const minimumProseLines = 6;

/**
 * The page's figure areas (raster images and vector drawings found at extract) where a chart or a
 * picture stands. An area over which most lines are running text is the background of text (a
 * shaded page band, drawn shapes that chained across the page), not a figure: its text is the
 * page's own.
 */
export function figureAreas(page: Page, lines: Line[]): Box[] {
  return page.images.filter((figure) => {
    const held = lines.filter((line) => line.box && inside(center(line.box), figure, 1));
    const prose = held.filter((line) => line.text.replace(/\s+/g, '').length >= proseLineLength).length;
    return prose < minimumProseLines;
  });
}
