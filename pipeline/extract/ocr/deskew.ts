import type { GrayImage } from './image.js';

/** Scans are straightened when tilted by at least this much (radians, ≈ 0.1°); less does not hurt reading. */
export const minimumSkew = (0.1 * Math.PI) / 180;
/** The tilt searched: ± this many degrees, first coarsely then finely around the best. */
const searchDegrees = 5;
const coarseStepDegrees = 0.25;
const fineStepDegrees = 0.025;
/** Pixels darker than this are ink. */
const inkLevel = 128;
/** At most this many ink pixels are scored (a regular sample of them): enough for a tenth of a degree. */
const sampledInk = 60_000;

/**
 * The tilt of a page's text lines, in radians (positive: lines fall to the right, y down).
 * Projection profile: along the true line direction the ink gathers into few rows, so the
 * profile's sum of squares peaks there.
 */
export function estimateSkew(image: GrayImage): number {
  const xs: number[] = [];
  const ys: number[] = [];
  let inkCount = 0;
  for (let i = 0; i < image.data.length; i++) if (image.data[i]! < inkLevel) inkCount++;
  const stride = Math.max(1, Math.floor(inkCount / sampledInk));
  let seen = 0;
  for (let y = 0; y < image.height; y++) {
    for (let x = 0; x < image.width; x++) {
      if (image.data[y * image.width + x]! >= inkLevel) continue;
      if (seen++ % stride === 0) {
        xs.push(x - image.width / 2);
        ys.push(y);
      }
    }
  }
  if (xs.length === 0) return 0;
  const score = (degrees: number) => {
    const slope = Math.tan((degrees * Math.PI) / 180);
    const rows = new Map<number, number>();
    for (let i = 0; i < xs.length; i++) {
      const row = Math.round(ys[i]! - xs[i]! * slope);
      rows.set(row, (rows.get(row) ?? 0) + 1);
    }
    let sum = 0;
    for (const count of rows.values()) sum += count * count;
    return sum;
  };
  const best = (from: number, to: number, step: number) => {
    let bestDegrees = 0;
    let bestScore = -1;
    for (let degrees = from; degrees <= to + 1e-9; degrees += step) {
      const value = score(degrees);
      // Ties go to the smaller tilt.
      if (value > bestScore || (value === bestScore && Math.abs(degrees) < Math.abs(bestDegrees))) {
        bestScore = value;
        bestDegrees = degrees;
      }
    }
    return bestDegrees;
  };
  const coarse = best(-searchDegrees, searchDegrees, coarseStepDegrees);
  return (best(coarse - coarseStepDegrees, coarse + coarseStepDegrees, fineStepDegrees) * Math.PI) / 180;
}
