import { describe, expect, it } from 'vitest';
import { estimateSkew } from '../../pipeline/extract/ocr/deskew.js';
import { rotate, type GrayImage } from '../../pipeline/extract/ocr/image.js';
import { straighten } from '../../pipeline/extract/ocr/index.js';

/** A page of dark bars like lines of text: 12 rows, 8 pixels tall, 30 apart, with word gaps. */
function textLikePage(): GrayImage {
  const width = 600;
  const height = 420;
  const data = new Uint8Array(width * height).fill(255);
  for (let row = 0; row < 12; row++) {
    for (let y = 30 + row * 30; y < 38 + row * 30; y++) {
      for (let x = 40; x < 560; x++) if ((x + row * 7) % 50 < 42) data[y * width + x] = 0;
    }
  }
  return { width, height, data };
}

const degrees = (radians: number) => (radians * 180) / Math.PI;

describe('straightening a tilted scan', () => {
  it.each([-2, -1, -0.5, 0.5, 1.2, 3])('finds a tilt of %s° within 0.1°', (tilt) => {
    const tilted = rotate(textLikePage(), (tilt * Math.PI) / 180);
    expect(Math.abs(degrees(estimateSkew(tilted)) - tilt)).toBeLessThanOrEqual(0.1);
  });

  it('levels the lines of a tilted page and leaves a level page alone', () => {
    const level = textLikePage();
    expect(Math.abs(degrees(estimateSkew(level)))).toBeLessThan(0.05);
    expect(straighten(level)).toBe(level);
    const straightened = straighten(rotate(level, (1.5 * Math.PI) / 180));
    expect(Math.abs(degrees(estimateSkew(straightened)))).toBeLessThanOrEqual(0.1);
  });
});
