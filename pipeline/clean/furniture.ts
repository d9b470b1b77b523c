import { pageNumberForms } from '../lang/index.js';
import { romanValue } from '../lang/numerals.js';
import { edgeBand, linesFromEdge, type EdgeLine } from '../geometry.js';
import type { Box, Furniture, Line, Page } from '../types.js';

/**
 * Recognises running headers, footers and page numbers by position and repetition across pages:
 * a page number is a number line at an edge whose value follows the page order; a header or
 * footer is an edge line whose text (digits aside) recurs on several pages at the same height.
 */
export function removeFurniture<P extends Page>(pages: P[]): { pages: P[]; furniture: Furniture } {
  const furniture: Furniture = { headers: [], footers: [], pageNumbers: 0 };
  const candidates = pages.flatMap(edgeCandidates);
  const removed = new Set<Line>();

  // Page numbers: the printed number minus the page index is the same on most pages. A page cut
  // short (a filing printed from HTML) ends with its number wherever its text stops.
  const numbered = [...candidates, ...pages.flatMap(lastLineCandidate).filter((c) => !candidates.some((e) => e.line === c.line))].flatMap((c) => {
    const value = pageNumberOf(c.line.text);
    return value === undefined ? [] : [{ ...c, offset: value - c.page.number }];
  });
  const offsets = countBy(numbered, (c) => `${c.edge}:${c.offset}`);
  for (const c of numbered) {
    const repeats = offsets.get(`${c.edge}:${c.offset}`)!;
    const decorated = /\d/.test(c.line.text) && !/^\d+$/.test(c.line.text.trim());
    if (repeats >= 2 || pages.length === 1 || (decorated && repeats >= 1)) {
      removed.add(c.line);
      furniture.pageNumbers++;
    }
  }

  // Running headers and footers: the same text (numbers aside) at about the same height on several pages.
  const minRepeats = pages.length <= 3 ? 2 : Math.min(3, Math.ceil(pages.length * 0.3));
  const byText = new Map<string, EdgeLine[]>();
  for (const c of candidates) {
    if (removed.has(c.line)) continue;
    const key = `${c.edge}:${furnitureKey(c.line.text)}`;
    byText.set(key, [...(byText.get(key) ?? []), c]);
  }
  const slots: Slot[] = [];
  const runningKeys: { edge: EdgeLine['edge']; key: string }[] = [];
  for (const group of [...byText.values()].flatMap(atOneHeight)) {
    const running = stretches(group).filter((stretch) => new Set(stretch.map((c) => c.page.number)).size >= minRepeats);
    if (running.length === 0) continue;
    for (const c of running.flat()) removed.add(c.line);
    const { edge, line } = group[0]!;
    const list = edge === 'top' ? furniture.headers : furniture.footers;
    if (!list.includes(line.text)) list.push(line.text);
    // Only a header set apart from the text in the margin makes a slot: a line that recurs inside the text (a statement's heading, boilerplate) does not.
    const apart = running.flat().filter(setApartFromText).length >= running.flat().length / 2;
    if (apart) for (const stretch of running) slots.push({ edge, y: line.box!.y, size: line.fontSize ?? line.box!.height, from: stretch[0]!.page.number, to: stretch.at(-1)!.page.number });
    runningKeys.push({ edge, key: furnitureKey(line.text) });
  }

  // In page order: a header that fills a slot carries the slot on to its page (chapter names go on to the last chapter).
  for (const c of [...candidates].sort((a, b) => a.page.number - b.page.number)) {
    if (removed.has(c.line)) continue;
    // A header that changes from page to page (the current chapter's name, on alternate pages) stands in the slot of the running ones.
    const slot = roomToText(c).gap >= (c.line.fontSize ?? c.line.box!.height) * slotGapMin ? slots.find((s) => fillsSlot(c, s)) : undefined;
    if (slot) slot.to = Math.max(slot.to, c.page.number);
    const inSlot = slot !== undefined;
    // The journal's name on a first page, set larger: the running header's start, or the header with the volume and issue after it.
    const key = furnitureKey(c.line.text);
    const sharesStart = runningKeys.some(
      (running) => running.edge === c.edge && key !== running.key && Math.min(key.length, running.key.length) >= minSharedStart && (key.startsWith(running.key) || running.key.startsWith(key)),
    );
    if (!inSlot && !sharesStart) continue;
    removed.add(c.line);
    const list = c.edge === 'top' ? furniture.headers : furniture.footers;
    if (!list.includes(c.line.text)) list.push(c.line.text);
  }

  return { pages: pages.map((page) => ({ ...page, lines: page.lines.filter((line) => !removed.has(line)) })), furniture };
}

/** Where running headers or footers stand: the edge, the height and the type size, over a stretch of pages. */
interface Slot {
  edge: EdgeLine['edge'];
  y: number;
  size: number;
  from: number;
  to: number;
}

/** The fewest characters a line shares with the start of a running header to be a form of it (a journal's name). */
const minSharedStart = 4;
/** Lines of one running header stand at one height, to within this share of their size. */
const slotTolerance = 0.3;

/** Occurrences of one text split where their heights differ: a line at the foot and one at the head are different things. */
function atOneHeight(group: EdgeLine[]): EdgeLine[][] {
  const clusters: EdgeLine[][] = [];
  for (const c of [...group].sort((a, b) => a.line.box!.y - b.line.box!.y)) {
    const cluster = clusters.at(-1);
    const size = c.line.fontSize ?? c.line.box!.height;
    if (cluster && c.line.box!.y - cluster.at(-1)!.line.box!.y <= Math.max(2, size * slotTolerance)) cluster.push(c);
    else clusters.push([c]);
  }
  return clusters.map((cluster) => cluster.sort((a, b) => a.page.number - b.page.number));
}

/** Room between a running header and the text: more than this many times the room between the text's own lines... */
const marginGapRatio = 1.5;
/** ...and at least this share of the header's type size. */
const marginGapMin = 0.5;
/** A line in a running header's slot has this share of its type size free towards the text (a heading may follow close). */
const slotGapMin = 0.8;

/**
 * The room between the line and the nearest line of text (below a header, above a footer), and
 * the room between that line and the next one further in.
 */
function roomToText(c: EdgeLine): { gap: number; textGap: number } {
  const box = c.line.box!;
  const size = c.line.fontSize ?? box.height;
  // Distances from the edge: the text lies further in.
  const inward = (b: Box) => (c.edge === 'top' ? { near: b.y, far: b.y + b.height } : { near: -(b.y + b.height), far: -b.y });
  const own = inward(box);
  const rows = c.page.lines
    .filter((other) => other !== c.line && other.box && inward(other.box).near > own.near + size / 2)
    .map((other) => inward(other.box!))
    .sort((a, b) => a.near - b.near);
  const first = rows[0];
  if (!first) return { gap: Infinity, textGap: 0 };
  const next = rows.find((row) => row.near > first.near + (first.far - first.near) / 2);
  return { gap: first.near - own.far, textGap: next ? Math.max(0, next.near - first.far) : 0 };
}

/** The line stands apart from the page's text, in the margin: more room to the text than between its lines. */
function setApartFromText(c: EdgeLine): boolean {
  const { gap, textGap } = roomToText(c);
  return gap >= (c.line.fontSize ?? c.line.box!.height) * marginGapMin && gap >= textGap * marginGapRatio;
}

/** A line at the edge, height and type size of a running header's slot, on a page of its stretch or next to it. */
function fillsSlot(c: EdgeLine, slot: Slot): boolean {
  const size = c.line.fontSize ?? c.line.box!.height;
  return (
    c.edge === slot.edge &&
    c.page.number >= slot.from - stretchGap &&
    c.page.number <= slot.to + stretchGap &&
    Math.abs(c.line.box!.y - slot.y) <= Math.max(1, slot.size * slotTolerance) &&
    Math.abs(size - slot.size) <= slot.size * 0.1
  );
}

/**
 * A running header or footer recurs on nearby pages (every page, or every other one): the
 * occurrences of a text split into stretches where each is at most this many pages after the
 * previous. A line that recurs once per chapter, or once per edition in a file that binds several
 * editions, is body text however often the file repeats it.
 */
const stretchGap = 5;

/** The candidates (in page order) split where the next occurrence is more than stretchGap pages on. */
function stretches(group: EdgeLine[]): EdgeLine[][] {
  const result: EdgeLine[][] = [];
  for (const c of group) {
    const current = result.at(-1);
    if (current && c.page.number - current.at(-1)!.page.number <= stretchGap) current.push(c);
    else result.push([c]);
  }
  return result;
}

/** The printed page number of a page-number line (roman numerals of front matter too). */
export function pageNumberOf(text: string): number | undefined {
  const normalized = text.replace(/\s+/g, ' ').trim();
  for (const form of pageNumberForms) {
    const match = form.pattern.exec(normalized);
    if (match) return form.numerals === 'roman' ? romanValue(match[1]!) : Number(match[1]);
  }
  return undefined;
}

/**
 * Header text with its numbers blanked, so "Chapter 3 · 12" on every page compares equal; a line
 * with hardly any words ("22%", a chart label) must repeat as it is.
 */
function furnitureKey(text: string): string {
  const squeezed = text.replace(/\s+/g, '');
  const words = squeezed.match(/[\p{L}]/gu)?.length ?? 0;
  return words >= 2 ? squeezed.replace(/\d+/g, '#') : squeezed;
}

/** The last line of a page, low on it or not. */
function lastLineCandidate(page: Page): EdgeLine[] {
  const last = page.lines.filter((line) => line.box).reduce<Line | undefined>((low, line) => (!low || line.box!.y > low.box!.y ? line : low), undefined);
  return last ? [{ page, line: last, edge: 'bottom' }] : [];
}

function edgeCandidates(page: Page): EdgeLine[] {
  const placed = page.lines.filter((line) => line.box);
  if (placed.length === 0 || page.height === 0) return [];
  const byTop = [...placed].sort((a, b) => a.box!.y - b.box!.y);
  const top = byTop.slice(0, linesFromEdge).filter((line) => line.box!.y < page.height * edgeBand);
  const bottom = byTop
    .slice(-linesFromEdge)
    .filter((line) => line.box!.y + line.box!.height > page.height * (1 - edgeBand) && !top.includes(line));
  return [...top.map((line) => ({ page, line, edge: 'top' as const })), ...bottom.map((line) => ({ page, line, edge: 'bottom' as const }))];
}

function countBy<T>(items: T[], key: (item: T) => string): Map<string, number> {
  const counts = new Map<string, number>();
  for (const item of items) counts.set(key(item), (counts.get(key(item)) ?? 0) + 1);
  return counts;
}

/** Height given to each line of a text page, so that furniture is found there as on a PDF page. */
const textLineHeight = 10;

/**
 * Page furniture of text pages (split at form feeds): each non-blank line is placed one line
 * height below the previous, then found by position and repetition as on PDF pages.
 */
export function removeTextFurniture<P extends Page>(pages: P[]): { pages: P[]; furniture: Furniture } {
  const placed = pages.map((page) => {
    const lines = page.lines.filter((line) => line.text.trim() !== '');
    return {
      ...page,
      height: Math.max(1, lines.length) * textLineHeight,
      lines: lines.map((line, i) => ({ ...line, box: { x: 0, y: i * textLineHeight, width: 0, height: textLineHeight } })),
    };
  });
  const { pages: cleaned, furniture } = removeFurniture(placed);
  const kept = new Set(cleaned.flatMap((page) => page.lines.map((line) => line.box!.y + ':' + line.page)));
  return {
    pages: pages.map((page) => {
      let index = 0;
      return {
        ...page,
        lines: page.lines.filter((line) => line.text.trim() === '' || kept.has(index++ * textLineHeight + ':' + line.page)),
      };
    }),
    furniture,
  };
}
