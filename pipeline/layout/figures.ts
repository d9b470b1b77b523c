import { center, inside } from '../geometry.js';
import type { Box, Line, Page } from '../types.js';

/** A line of at least this many characters, reaching across this share of the figure, reads as running text, not a chart's label. */
const proseLineLength = 16;
const proseLineShare = 0.5;
/** A figure area over this share of the page that holds running text is the page's background, not a figure. */
const backgroundShare = 0.6;

/**
 * The page's figure areas (raster images and vector drawings found at extract) where a chart or a
 * picture stands. An area over most of the page that holds lines of running text across it (not
 * a chart's category labels, which stand beside its bars) is a background (drawn shapes that
 * chained over the page, a shaded page, a frame) and no figure: its text is the page's own.
 */
export function figureAreas(page: Page, lines: Line[]): Box[] {
  return page.images.filter((figure) => {
    if (figure.width * figure.height <= page.width * page.height * backgroundShare) return true;
    return !lines.some((line) => line.box && inside(center(line.box), figure, 1) && line.text.replace(/\s+/g, '').length >= proseLineLength && line.box.width >= figure.width * proseLineShare);
  });
}
