import { describe, expect, it } from 'vitest';
import { changePlausibility } from '../../pipeline/diff/plausibility.js';
import type { Fact } from '../../pipeline/types.js';
import { fact } from './facts.js';

const figure = (value: number, kind: Fact['kind'], unit = 'item') => fact(String(value), String(value), { value, kind, unit });

// [old, new, kind, years apart, expected plausibility: 1 = ordinary, 0 = never]
const cases: [number, number, Fact['kind'], number, number][] = [
  [718000, 1425000, 'count', 1, 1], // 5G base stations double in a year
  [31, 42, 'count', 1, 1],
  [165600000000, 13.36, 'measure', 1, 0], // 1656 亿 GB → 13.36 GB: −100%
  [81000000, 60000000000, 'count', 1, 0], // 8100 万次 → 600 亿次: 740-fold
  [54592, 32, 'count', 1, 0],
  [11.76e12, 13.09e12, 'amount', 1, 1],
  [8, 9, 'duration', 1, 1],
  [45, 43, 'rank', 1, 1], // a rank moves a few places
  [1, 10, 'rank', 1, 0],
  [70.4, 73, 'percent', 1, 1],
  [5, 95, 'percent', 1, 0], // a share does not move 90 points in a year
  [7.8, 39.8, 'percent', 1, 0], // nor quintuple
  [15, 30, 'percent', 1, 1],
  [96, 108, 'percent', 1, 1], // 108% is no share: not judged
  [13.3, 170, 'change', 1, 1], // growth rates swing freely
];

describe('changePlausibility', () => {
  it.each(cases)('%s → %s (%s, %s year) is about %s', (old, next, kind, years, expected) => {
    const plausibility = changePlausibility(figure(old, kind), figure(next, kind), years);
    if (expected === 0) expect(plausibility).toBe(0);
    else expect(plausibility).toBeGreaterThanOrEqual(0.9);
  });

  it('believes a smaller change a little more: 10.32 亿 → 10.67 亿 before 2.84 亿 → 10.67 亿', () => {
    const near = changePlausibility(figure(1032, 'count'), figure(1067, 'count'), 1);
    const far = changePlausibility(figure(284, 'count'), figure(1067, 'count'), 1);
    expect(near).toBeGreaterThan(0.99);
    expect(far).toBeLessThan(near - 0.05);
  });

  it('falls between the free and the never-seen changes, and widens with the years apart', () => {
    const halfway = changePlausibility(figure(100, 'count'), figure(2000, 'count'), 1);
    expect(halfway).toBeGreaterThan(0);
    expect(halfway).toBeLessThan(1);
    expect(changePlausibility(figure(100, 'count'), figure(2000, 'count'), 5)).toBeGreaterThanOrEqual(0.9);
  });
});
