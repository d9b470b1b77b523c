import { center, inside } from '../geometry.js';
import type { Box, Line, Page } from '../types.js';

/** A line of at least this many characters, reaching across this share of the figure, reads as running text, not a chart's label. */
const proseLineLength = 16;
const proseLineShare = 0.5;
/** A figure area over this share of the page that holds running text is the page's background, not a figure. */
const backgroundShare = 0.6;
/** A piece of a figure area between lines of running text is a figure when at least this tall (points). */
const minimumPieceHeight = 24;

/**
 * The page's figure areas (raster images and vector drawings found at extract) where a chart or a
 * picture stands. Lines of running text across an area (not a chart's category labels, which
 * stand beside its bars) are the page's own text: the area is cut at them into the figures above,
 * between and below (drawn shapes that chained across a page); an area over most of the page that
 * holds running text is a background (a shaded page, a frame) and no figure at all.
 */
export function figureAreas(page: Page, lines: Line[]): Box[] {
  return page.images.flatMap((figure) => {
    const prose = lines
      .filter((line) => line.box && inside(center(line.box), figure, 1) && line.text.replace(/\s+/g, '').length >= proseLineLength && line.box.width >= figure.width * proseLineShare)
      .map((line) => line.box!)
      .sort((a, b) => a.y - b.y);
    if (prose.length === 0) return [figure];
    if (figure.width * figure.height > page.width * page.height * backgroundShare) return [];
    const pieces: Box[] = [];
    let top = figure.y;
    for (const line of [...prose, { x: figure.x, y: figure.y + figure.height, width: 0, height: 0 }]) {
      if (line.y - top >= minimumPieceHeight) pieces.push({ x: figure.x, y: top, width: figure.width, height: line.y - top });
      top = Math.max(top, line.y + line.height);
    }
    return pieces;
  });
}
