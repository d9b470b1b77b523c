import { edgeBand, linesFromEdge, type EdgeLine } from '../../geometry.js';
import type { Page } from '../../types.js';

/** Two readings of one printed line differ in at most this share of their characters (digits aside). */
const maximumDifference = 0.34;
/** …and stand at most this many line heights apart. */
const maximumDrift = 1.5;
/** A running line recurs on at least this share of the OCR'd pages (a book's even and odd pages may differ). */
const minimumShare = 0.3;

/**
 * OCR reads the same running header a little differently on every page ("数字中国发展报告",
 * "数宁中国发展报告", "救宇中国发展报行") and a little higher or lower as the scan drifts, and
 * then no repetition shows it as furniture. Edge lines of OCR'd pages that read nearly alike at
 * about the same height on several pages are one printed line: each takes the reading most of
 * them agree with (keeping its own digits: a page number in it stays its own) and their usual height.
 */
export function harmoniseRunningLines(pages: Page[]): void {
  const read = pages.filter((page) => page.ocr);
  // As often as a running line recurs (on a share of the pages), not as seldom as chapter titles.
  const minRepeats = read.length <= 3 ? 2 : Math.max(3, Math.ceil(read.length * minimumShare));
  if (read.length < minRepeats) return;
  const groups: EdgeLine[][] = [];
  for (const candidate of read.flatMap(edgeLines)) {
    const group = groups.find((members) => sameLine(members[0]!, candidate));
    if (group) group.push(candidate);
    else groups.push([candidate]);
  }
  for (const group of groups) {
    if (new Set(group.map((member) => member.page.number)).size < minRepeats) continue;
    const reading = consensus(group.map((member) => member.line.text));
    const ys = group.map((member) => member.line.box!.y).sort((a, b) => a - b);
    const y = ys[Math.floor(ys.length / 2)]!;
    for (const { line } of group) {
      line.text = withDigitsOf(reading, line.text);
      line.box = { ...line.box!, y };
      // A line of one run (as OCR gives them) keeps its run in step.
      if (line.runs?.length === 1) line.runs = [{ ...line.runs[0]!, text: line.text, box: { ...line.runs[0]!.box, y } }];
    }
  }
}

function edgeLines(page: Page): EdgeLine[] {
  const placed = page.lines.filter((line) => line.box);
  const top = placed.filter((line) => line.box!.y < page.height * edgeBand).slice(0, linesFromEdge);
  const bottom = placed.filter((line) => line.box!.y + line.box!.height > page.height * (1 - edgeBand)).slice(-linesFromEdge);
  return [...top.map((line) => ({ page, line, edge: 'top' as const })), ...bottom.map((line) => ({ page, line, edge: 'bottom' as const }))];
}

function sameLine(a: EdgeLine, b: EdgeLine): boolean {
  if (a.edge !== b.edge || a.page === b.page) return false;
  const height = Math.max(a.line.box!.height, b.line.box!.height);
  if (Math.abs(a.line.box!.y - b.line.box!.y) > height * maximumDrift) return false;
  const x = [...digitsMasked(a.line.text)];
  const y = [...digitsMasked(b.line.text)];
  return editDistance(x, y) <= Math.max(x.length, y.length) * maximumDifference;
}

const digitsMasked = (text: string) => text.replace(/\s+/g, '').replace(/\d+/g, '#');

/** The reading most members share; failing that, the one nearest all the others. */
function consensus(texts: string[]): string {
  const counts = new Map<string, number>();
  for (const text of texts) counts.set(text, (counts.get(text) ?? 0) + 1);
  const [mostCommon, count] = [...counts].sort((a, b) => b[1] - a[1])[0]!;
  if (count > 1) return mostCommon;
  const spread = (text: string) => texts.reduce((sum, other) => sum + editDistance([...text], [...other]), 0);
  return texts.reduce((best, text) => (spread(text) < spread(best) ? text : best));
}

/** The reading with its runs of digits replaced by those of own, when both have as many. */
function withDigitsOf(reading: string, own: string): string {
  const ownDigits = own.match(/\d+/g) ?? [];
  if ((reading.match(/\d+/g) ?? []).length !== ownDigits.length) return reading;
  let index = 0;
  return reading.replace(/\d+/g, () => ownDigits[index++]!);
}

/** Levenshtein distance between two short character sequences. */
function editDistance(a: string[], b: string[]): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) current[j] = Math.min(previous[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1), previous[j]! + 1, current[j - 1]! + 1);
    previous = current;
  }
  return previous[b.length]!;
}
