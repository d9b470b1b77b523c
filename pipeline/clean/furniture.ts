import { pageNumberForms } from '../lang/index.js';
import { romanValue } from '../lang/numerals.js';
import type { Furniture, Line, Page } from '../types.js';

/** How far from the top and bottom edges (share of the page height) running headers and footers sit. */
const edgeBand = 0.14;
/** Only the few lines nearest an edge can be furniture. */
const linesFromEdge = 3;

interface Candidate {
  page: Page;
  line: Line;
  edge: 'top' | 'bottom';
}

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
  const groups = new Map<string, Candidate[]>();
  for (const c of candidates) {
    if (removed.has(c.line)) continue;
    const key = `${c.edge}:${Math.round(c.line.box!.y / 6)}:${furnitureKey(c.line.text)}`;
    groups.set(key, [...(groups.get(key) ?? []), c]);
  }
  for (const group of groups.values()) {
    const running = stretches(group).filter((stretch) => new Set(stretch.map((c) => c.page.number)).size >= minRepeats);
    if (running.length === 0) continue;
    for (const c of running.flat()) removed.add(c.line);
    const list = group[0]!.edge === 'top' ? furniture.headers : furniture.footers;
    const text = group[0]!.line.text;
    if (!list.includes(text)) list.push(text);
  }

  return { pages: pages.map((page) => ({ ...page, lines: page.lines.filter((line) => !removed.has(line)) })), furniture };
}

/**
 * A running header or footer recurs on nearby pages (every page, or every other one): the
 * occurrences of a text split into stretches where each is at most this many pages after the
 * previous. A line that recurs once per chapter, or once per edition in a file that binds several
 * editions, is body text however often the file repeats it.
 */
const stretchGap = 5;

/** The candidates (in page order) split where the next occurrence is more than stretchGap pages on. */
function stretches(group: Candidate[]): Candidate[][] {
  const result: Candidate[][] = [];
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
function lastLineCandidate(page: Page): Candidate[] {
  const last = page.lines.filter((line) => line.box).reduce<Line | undefined>((low, line) => (!low || line.box!.y > low.box!.y ? line : low), undefined);
  return last ? [{ page, line: last, edge: 'bottom' }] : [];
}

function edgeCandidates(page: Page): Candidate[] {
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
