import { describe, expect, it } from 'vitest';
import { figuresWithLabels, findDrawings } from '../../pipeline/extract/ocr/drawings.js';
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

describe('a scanned chart drawn in thin lines', () => {
  const textHeight = 20;
  // A light axis that thresholding broke into short dashes, and a thin dashed data series: no piece larger than a character.
  const axis = Array.from({ length: 30 }, (_, i): [number, number, number, number] => [100 + i * 12, 300, 8, 2]);
  const series = Array.from({ length: 20 }, (_, i): [number, number, number, number] => [110 + i * 16, 280 - i * 6, 6, 3]);
  const specks: [number, number, number, number][] = [[40, 500, 2, 2], [500, 40, 2, 1], [300, 520, 2, 2]];
  const text = { x: 30, y: 560, width: 500, height: 24 };

  it('is a figure, its pieces chained; scattered specks and the ink inside text lines are not', () => {
    const letters = Array.from({ length: 30 }, (_, i): [number, number, number, number] => [34 + i * 16, 564, 4, 4]);
    const found = findDrawings(image(600, 600, [...axis, ...series, ...specks, ...letters]), textHeight, [text]);
    expect(found.figures).toEqual([{ x: 100, y: 166, width: 356, height: 136 }]);
  });

  const figure = { x: 100, y: 166, width: 356, height: 136 };
  const prose = (y: number, x = 30, width = 500) => ({ x, y, width, height: 24 });
  const label = (x: number, y: number, width = 40) => ({ x, y, width, height: 18 });

  it('grows over its ticks, data labels and legend, chained label to label', () => {
    const ticks = [label(60, 290), label(60, 240), label(60, 190), label(60, 140)];
    const legend = label(200, 110, 160);
    const [grown] = figuresWithLabels([figure], [prose(20), ...ticks, legend, label(150, 310), label(400, 310)], [], textHeight);
    expect(grown).toEqual({ x: 60, y: 110, width: 396, height: 218 });
  });

  it('leaves out the caption centred under it, a paragraph’s last line above it and a header behind a rule', () => {
    const caption = { x: 178, y: 335, width: 200, height: 20 };
    const lastLine = { x: 30, y: 134, width: 200, height: 24 };
    const header = { x: 200, y: 80, width: 160, height: 18 };
    const rule = { x: 30, y: 104, width: 500, height: 2 };
    const [grown] = figuresWithLabels([figure], [prose(106, 70, 460), lastLine, header, caption], [rule], textHeight);
    expect(grown).toEqual(figure);
  });
});
