import type { Box, Line, Page } from '../types.js';

/** The body text's measures, from the lines that carry most characters. */
export interface BodyMetrics {
  fontSize: number;
  /** Usual distance between the tops of consecutive body lines. */
  lineStep: number;
  /** Per page: the body column's left and right edges. */
  columns: Map<number, { left: number; right: number }>;
}

export function measureBody(pages: Page[]): BodyMetrics {
  const sizes = new Map<number, number>();
  for (const line of pages.flatMap((page) => page.lines)) {
    const size = Math.round((line.fontSize ?? 0) * 2) / 2;
    sizes.set(size, (sizes.get(size) ?? 0) + line.text.length);
  }
  const fontSize = mode(sizes) ?? 12;
  const isBody = (line: Line) => Math.abs((line.fontSize ?? 0) - fontSize) <= fontSize * 0.1;

  const steps = new Map<number, number>();
  const allLefts = new Map<number, number>();
  const allRights = new Map<number, number>();
  const columns = new Map<number, { left: number; right: number }>();
  for (const page of pages) {
    const body = page.lines.filter((line) => line.box && isBody(line));
    const lefts = new Map<number, number>();
    const rights = new Map<number, number>();
    for (let i = 0; i < body.length; i++) {
      const box = body[i]!.box!;
      increment(lefts, Math.round(box.x));
      increment(rights, Math.round(box.x + box.width));
      const next = body[i + 1]?.box;
      if (next) {
        const step = Math.round(next.y - box.y);
        if (step > fontSize * 0.9 && step < fontSize * 3) increment(steps, step);
      }
    }
    for (const [k, v] of lefts) allLefts.set(k, (allLefts.get(k) ?? 0) + v);
    for (const [k, v] of rights) allRights.set(k, (allRights.get(k) ?? 0) + v);
    const left = mode(lefts);
    const right = maxFrequent(rights);
    if (left !== undefined && right !== undefined && right > left) columns.set(page.number, { left, right });
  }
  // Pages with too little body text take the document's column.
  const left = mode(allLefts) ?? 0;
  const right = maxFrequent(allRights) ?? 0;
  for (const page of pages) {
    const column = columns.get(page.number);
    if (!column || column.right - column.left < (right - left) * 0.7) columns.set(page.number, { left, right });
  }
  return { fontSize, lineStep: mode(steps) ?? fontSize * 1.5, columns };
}

/** The right edge most full lines reach: the most frequent of the right edges near the largest. */
function maxFrequent(rights: Map<number, number>): number | undefined {
  if (rights.size === 0) return undefined;
  const widest = Math.max(...rights.keys());
  const near = new Map([...rights].filter(([edge]) => edge >= widest - 30));
  return mode(near);
}

function increment(map: Map<number, number>, key: number): void {
  map.set(key, (map.get(key) ?? 0) + 1);
}

export function mode(counts: Map<number, number>): number | undefined {
  let best: number | undefined;
  let bestCount = 0;
  for (const [key, count] of counts) {
    if (count > bestCount) {
      best = key;
      bestCount = count;
    }
  }
  return best;
}

export function center(box: Box): { x: number; y: number } {
  return { x: box.x + box.width / 2, y: box.y + box.height / 2 };
}

export function inside(point: { x: number; y: number }, box: Box, margin = 0): boolean {
  return point.x >= box.x - margin && point.x <= box.x + box.width + margin && point.y >= box.y - margin && point.y <= box.y + box.height + margin;
}
