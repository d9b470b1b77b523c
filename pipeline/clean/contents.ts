import { contentsEntry, contentsLeader, contentsTitles } from '../lang/index.js';
import type { Line, Message, Page } from '../types.js';

/** The fewest entries a page needs to be a contents page (or to go on with one). */
const minimumEntries = 3;
/** Contents are the lines from a title to its last entry, or a page, where entries are at least this share of the lines. */
const entryShare = 0.5;
/** Entries wrapped over lines or set in two columns leave at most this many other lines between two entries. */
const maximumEntryGap = 4;

/**
 * Leaves out the contents (the headings are the contents; their page numbers are no facts): the
 * lines from a "目录" / "Contents" / "List of Figures" title through its entries ending in page
 * numbers, a page most of whose lines are entries with dot leaders, and the pages right after
 * either that go on with entries with dot leaders. Page furniture must be gone already.
 */
export function removeContents<P extends Page>(pages: P[]): { pages: P[]; messages: Message[] } {
  const messages: Message[] = [];
  let previousWasContents = false;
  const kept = pages.map((page) => {
    const lines = inked(page.lines);
    const contents = contentsLines(lines) ?? (previousWasContents && continuesContents(lines) ? lines : undefined);
    previousWasContents = contents !== undefined;
    if (!contents) return page;
    messages.push({ severity: 'info', stage: 'clean', page: page.number, text: `page ${page.number}: contents left out of the body` });
    const dropped = new Set(contents);
    return { ...page, lines: page.lines.filter((line) => !dropped.has(line)) };
  });
  return { pages: kept, messages };
}

/** Lines with text: a text file's blank lines are no lines of the page. */
const inked = (lines: Line[]) => lines.filter((line) => line.text.trim() !== '');

/**
 * The lines of a page's contents, if it has any: from a contents title through its last entry,
 * when entries are most of the lines in between (a title page may carry the contents below its
 * abstract); or the whole page, when most of its lines are entries with dot leaders.
 */
function contentsLines(lines: Line[]): Line[] | undefined {
  const texts = lines.map((line) => line.text.trim());
  const title = texts.findIndex((text) => contentsTitles.some((pattern) => pattern.test(text)));
  if (title >= 0) {
    // The contents end at their last entry before a stretch of other lines (the notes under them).
    let last = title;
    let entries = 0;
    for (let index = title + 1; index < texts.length && index - last <= maximumEntryGap; index++) {
      if (!isEntry(texts[index]!)) continue;
      last = index;
      entries++;
    }
    if (entries >= minimumEntries && entries >= (last - title) * entryShare) return lines.slice(title, last + 1);
  }
  const leaders = texts.filter(hasLeader).length;
  return leaders >= minimumEntries * 2 && leaders >= texts.length * entryShare ? lines : undefined;
}

/** Entries with dot leaders, and most lines entries: not a table of figures that a contents page happens to precede. */
function continuesContents(lines: Line[]): boolean {
  const texts = lines.map((line) => line.text.trim());
  return texts.filter(hasLeader).length >= minimumEntries && texts.filter(isEntry).length >= texts.length * entryShare;
}

/** An entry with dot leaders before its page number. */
function hasLeader(text: string): boolean {
  return contentsLeader.test(text) && contentsEntry.test(text);
}

/**
 * An entry ends in its page number, after dot leaders or a gap; a gap may split it in two, an
 * entry's title with its leaders and a lone page number.
 */
function isEntry(text: string): boolean {
  return contentsEntry.test(text) || contentsLeader.test(text) || /^\d{1,4}$/.test(text);
}
