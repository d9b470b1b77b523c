import { describe, expect, it } from 'vitest';
import { findDrawings } from '../../pipeline/extract/ocr/drawings.js';
import type { GrayImage } from '../../pipeline/extract/ocr/image.js';

/** A white image with black rectangles [x, y, width, height]. */
function image(width: number, height: number, rectangles: [number, number, number, number][]): GrayImage {
  const data = new Uint8Array(width * height).fill(255);
  for (const [x0, y0, w, h] of rectangles) for (let y = y0; y < y0 + h; y++) for (let x = x0; x < x0 + w; x++) data[y * width + x] = 0;
  return { width, height, data };
}

/** A table frame: 3 ruled rows and 3 ruled columns, 2 pixels thick. */
const frame: [number, number, number, number][] = [
  [300, 200, 200, 2], [300, 250, 200, 2], [300, 300, 200, 2],
  [300, 200, 2, 102], [400, 200, 2, 102], [498, 200, 2, 102],
];

describe('rules and figures of a scanned page', () => {
  const textHeight = 20;
  const found = findDrawings(
    image(600, 400, [
      [20, 20, 500, 2], // a header rule
      [40, 100, 14, 16], [60, 100, 14, 16], [80, 100, 14, 16], // characters
      [40, 200, 40, 120], [100, 240, 40, 80], // two bars of a chart, close together
      ...frame,
    ]),
    textHeight,
  );

  it('takes a long thin stroke for a rule and leaves characters alone', () => {
    expect(found.rules).toContainEqual({ x: 20, y: 20, width: 500, height: 2 });
    expect(found.figures.some((figure) => figure.y < 150)).toBe(false);
  });

  it('merges a chart’s close bars into one figure', () => {
    expect(found.figures).toEqual([{ x: 40, y: 200, width: 100, height: 120 }]);
  });

  it('reads a table frame as its rulings, not as a figure', () => {
    expect(found.rules).toEqual(expect.arrayContaining([
      { x: 300, y: 200, width: 200, height: 2 },
      { x: 300, y: 300, width: 200, height: 2 },
      { x: 300, y: 200, width: 2, height: 102 },
      { x: 498, y: 200, width: 2, height: 102 },
    ]));
  });
});
