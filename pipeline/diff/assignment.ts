/**
 * One-to-one assignment of maximum total weight (the Hungarian method, O(n³)): rows and columns
 * are the metrics of two editions, a weight how surely a row and a column are the same metric.
 * Unlike a greedy pass, a strong pair is never lost because a rival took its partner first.
 */

/** A weight per row and column; null where the two may never be paired. */
export type WeightMatrix = (number | null)[][];

/**
 * The pairs [row, column] of the assignment whose weights add up the most; a row or column may
 * stay unpaired (that adds nothing), and a pair is only ever made where the weight is not null.
 * Weights must not be negative.
 */
export function maximumWeightAssignment(weights: WeightMatrix): [number, number][] {
  const rows = weights.length;
  const columns = weights[0]?.length ?? 0;
  const size = Math.max(rows, columns);
  if (size === 0) return [];
  // Square costs to minimise: a forbidden or padded cell costs 0, as leaving both unpaired does.
  const cost = (row: number, column: number) => -(weights[row]?.[column] ?? 0);
  // Potentials u (rows) and v (columns), 1-based with 0 as the free column; way[] is the path back.
  const u = new Array<number>(size + 1).fill(0);
  const v = new Array<number>(size + 1).fill(0);
  const rowOfColumn = new Array<number>(size + 1).fill(0);
  const way = new Array<number>(size + 1).fill(0);
  for (let row = 1; row <= size; row++) {
    rowOfColumn[0] = row;
    let column = 0;
    const minimum = new Array<number>(size + 1).fill(Infinity);
    const visited = new Array<boolean>(size + 1).fill(false);
    do {
      visited[column] = true;
      const currentRow = rowOfColumn[column]!;
      let delta = Infinity;
      let next = 0;
      for (let candidate = 1; candidate <= size; candidate++) {
        if (visited[candidate]) continue;
        const reduced = cost(currentRow - 1, candidate - 1) - u[currentRow]! - v[candidate]!;
        if (reduced < minimum[candidate]!) {
          minimum[candidate] = reduced;
          way[candidate] = column;
        }
        if (minimum[candidate]! < delta) {
          delta = minimum[candidate]!;
          next = candidate;
        }
      }
      for (let candidate = 0; candidate <= size; candidate++) {
        if (visited[candidate]) {
          u[rowOfColumn[candidate]!]! += delta;
          v[candidate]! -= delta;
        } else minimum[candidate]! -= delta;
      }
      column = next;
    } while (rowOfColumn[column] !== 0);
    do {
      const previous = way[column]!;
      rowOfColumn[column] = rowOfColumn[previous]!;
      column = previous;
    } while (column !== 0);
  }
  const pairs: [number, number][] = [];
  for (let column = 1; column <= size; column++) {
    const row = rowOfColumn[column]! - 1;
    const weight = weights[row]?.[column - 1];
    if (weight !== null && weight !== undefined && weight > 0) pairs.push([row, column - 1]);
  }
  return pairs.sort((a, b) => a[0] - b[0]);
}

/** The total weight of an assignment. */
export function assignmentWeight(weights: WeightMatrix, pairs: [number, number][]): number {
  return pairs.reduce((total, [row, column]) => total + (weights[row]![column] ?? 0), 0);
}
