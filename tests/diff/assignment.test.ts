import { describe, expect, it } from 'vitest';
import { assignmentWeight, maximumWeightAssignment, type WeightMatrix } from '../../pipeline/diff/assignment.js';

/** Every one-to-one assignment, tried in turn: the reference the Hungarian method must equal. */
function bruteForceBest(weights: WeightMatrix): number {
  const columns = weights[0]?.length ?? 0;
  const best = (row: number, used: Set<number>): number => {
    if (row === weights.length) return 0;
    let total = best(row + 1, used);
    for (let column = 0; column < columns; column++) {
      const weight = weights[row]![column];
      if (used.has(column) || weight === null || weight === undefined) continue;
      used.add(column);
      total = Math.max(total, weight + best(row + 1, used));
      used.delete(column);
    }
    return total;
  };
  return best(0, new Set());
}

/** A small deterministic generator, so that the random cases are the same on every run. */
function generator(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state * 1103515245 + 12345) % 2147483648;
    return state / 2147483648;
  };
}

describe('maximumWeightAssignment', () => {
  it('gives a strong pair its partner even when a greedy pass would take it away', () => {
    // Greedy takes (0,0) = 0.9 first and leaves row 1 with nothing: 0.9. The best is 0.85 + 0.8.
    const weights: WeightMatrix = [
      [0.9, 0.85],
      [0.8, null],
    ];
    expect(maximumWeightAssignment(weights)).toEqual([
      [0, 1],
      [1, 0],
    ]);
  });

  it('never pairs where the weight is null, and leaves rows and columns unpaired', () => {
    expect(maximumWeightAssignment([[null, null], [null, 0.5], [null, 0.7]])).toEqual([[2, 1]]);
    expect(maximumWeightAssignment([])).toEqual([]);
    expect(maximumWeightAssignment([[null]])).toEqual([]);
  });

  it('equals the best of every assignment on random rectangular matrices', () => {
    const random = generator(7);
    for (let trial = 0; trial < 60; trial++) {
      const rows = 1 + Math.floor(random() * 5);
      const columns = 1 + Math.floor(random() * 5);
      const weights: WeightMatrix = Array.from({ length: rows }, () =>
        Array.from({ length: columns }, () => (random() < 0.35 ? null : Math.round(random() * 100) / 100)),
      );
      const pairs = maximumWeightAssignment(weights);
      expect(new Set(pairs.map(([row]) => row)).size).toBe(pairs.length);
      expect(new Set(pairs.map(([, column]) => column)).size).toBe(pairs.length);
      expect(pairs.every(([row, column]) => weights[row]![column] !== null)).toBe(true);
      expect(assignmentWeight(weights, pairs)).toBeCloseTo(bruteForceBest(weights), 9);
    }
  });
});
