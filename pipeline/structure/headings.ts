import { bareNumber, type HeadingScheme, type LayoutTables } from '../lang/index.js';
import type { Block, OutlineEntry } from '../types.js';
import { comparable, joinedText, joinLines } from './text.js';

/** A block decided to be a heading, with its level in the document's hierarchy (1 = chapter). */
export interface HeadingPlacement {
  block: number;
  level: number;
  /** The last block of a heading set on several lines, when it is not `block`. */
  last?: number;
}

interface Candidate {
  block: number;
  scheme: HeadingScheme;
  /** The block holding the rest of a heading broken after a comma, when there is one. */
  last?: number;
}

/**
 * Marks a title never ends with, in any language: a lead-in to a list ("…如下："), a clause
 * cut short (a line of a paragraph), a period.
 */
const notTitleEnd = '：:，,、.';
/** Lines set in one size differ by less than this (relative to the body). */
const sameSizeTolerance = 0.05;
/** A table-of-contents line: dot leaders, then the page number if any. */
const contentsLine = /(?:\.{4,}|…{2,}|·{4,}|．{3,})\s*\d{0,4}$/;

/**
 * The headings among the blocks after `start` (the title's last block + 1). Numbered lines shaped
 * like titles, less the entries of a table of contents, lists and lines the typeface contradicts;
 * their levels from the PDF bookmarks when those name the headings, otherwise from the place of
 * their numbering scheme in the document's own hierarchy (the order the schemes nest in), with
 * unnumbered chapters set like the numbered ones. A document with next to no numbered lines gets
 * its headings from type size.
 */
export function placeHeadings(blocks: Block[], start: number, layout: LayoutTables, outline: OutlineEntry[], title: string): HeadingPlacement[] {
  // A sidebar's or a box's title is part of it, never a heading that would own the text after it.
  const placements = placeCandidates(blocks, start, layout, outline, title).filter(({ block, last }) => !blocks[block]!.aside && !blocks[last ?? block]!.aside);
  return withoutRepeats(blocks, placements);
}

function placeCandidates(blocks: Block[], start: number, layout: LayoutTables, outline: OutlineEntry[], title: string): HeadingPlacement[] {
  const candidates = withoutListRuns(withoutContents(blocks, numberedCandidates(blocks, start, layout)));
  const styled = agreeWithTypeface(blocks, candidates);
  const byOutline = placeByOutline(blocks, start, styled, outline, title);
  if (byOutline) return byOutline;
  const numbered = placeBySchemeNesting(styled);
  // A numbered line or two in a designed report are labels; its headings are told by size.
  if (numbered.length < sizeHeadingMinCount) {
    const bySize = placeBySize(blocks, start, layout);
    if (bySize.length > numbered.length) return bySize;
  }
  return withUnnumberedChapters(blocks, start, numbered, layout);
}

/**
 * A heading said again before the next heading of its level or above is a running header the
 * page furniture kept (a chapter's title atop each of its pages), not a new heading.
 */
function withoutRepeats(blocks: Block[], placements: HeadingPlacement[]): HeadingPlacement[] {
  const currentAt: string[] = [];
  return placements.filter(({ block, level, last }) => {
    const text = comparable(joinedText(blocks, block, last ?? block));
    if (currentAt[level] === text) return false;
    currentAt[level] = text;
    currentAt.length = level + 1;
    return true;
  });
}

function numberedCandidates(blocks: Block[], start: number, layout: LayoutTables): Candidate[] {
  const candidates: Candidate[] = [];
  for (let index = start; index < blocks.length; index++) {
    const block = blocks[index]!;
    if (block.kind !== 'text') continue;
    const text = block.text.trim();
    const scheme = layout.headingSchemes.find((s) => s.pattern.test(text));
    if (!scheme || (scheme.setApart && !setApart(block))) continue;
    if (isTitleShaped(text, scheme, layout)) {
      candidates.push({ block: index, scheme });
    } else if (continuesHeading(block, blocks[index + 1], layout) && isTitleShaped(joinLines([text, blocks[index + 1]!.text]), scheme, layout)) {
      candidates.push({ block: index, scheme, last: index + 1 });
      index++;
    }
  }
  return candidates;
}

/** Marks after which a heading too long for its line goes on in the next one. */
const clauseEnd = '，,、';

/**
 * The next block goes on with a heading the layout broke after a comma: short, not numbered
 * itself, set in the same type.
 */
function continuesHeading(heading: Block, next: Block | undefined, layout: LayoutTables): boolean {
  if (!next || next.kind !== 'text' || !clauseEnd.includes(heading.text.trim().at(-1)!)) return false;
  const text = next.text.trim();
  if (text.length > layout.headingMaxLength / 2 || layout.headingSchemes.some((s) => s.pattern.test(text))) return false;
  return isBold(heading) === isBold(next) && Math.abs((heading.relativeSize ?? 1) - (next.relativeSize ?? 1)) < sameSizeTolerance;
}

/**
 * A heading is one short line: no sentence inside it, not ending as a sentence or as a lead-in
 * to a list ("…如下："), not a table-of-contents line.
 */
function isTitleShaped(text: string, scheme: HeadingScheme, layout: LayoutTables): boolean {
  if (text.length > layout.headingMaxLength || contentsLine.test(text)) return false;
  return readsAsTitle(text.slice(scheme.pattern.exec(text)![0].length), layout);
}

/** Words that do not end or hold a sentence. */
function readsAsTitle(title: string, layout: LayoutTables): boolean {
  return title !== '' && !(layout.sentenceEnd + notTitleEnd).includes(title.at(-1)!) && !sentenceBreak(layout).test(title);
}

/** Larger than the body by this much, a line is set apart from it. */
const setApartSize = 1.1;

/** Set apart from the body by its type: bold, or larger. */
function setApart(block: Block): boolean {
  return isBold(block) || (block.relativeSize ?? 1) >= setApartSize;
}

/** More than this share (of a block's characters, of a scheme's lines) is most of them. */
const most = 0.5;

/** Set in bold: the whole block, or most of it (a Latin word in a bold heading may come in a plain font). */
function isBold(block: Block): boolean {
  if (block.bold) return true;
  const boldLength = (block.boldSpans ?? []).reduce((sum, [start, end]) => sum + end - start, 0);
  return boldLength > block.text.trim().length * most;
}

const sentenceBreaks = new Map<string, RegExp>();

/** A sentence end followed by the start of another sentence: a capital or a Han character. */
function sentenceBreak(layout: LayoutTables): RegExp {
  let pattern = sentenceBreaks.get(layout.sentenceEnd);
  if (!pattern) {
    const ends = layout.sentenceEnd.replace(/[\\\]^-]/g, '\\$&');
    pattern = new RegExp(`[${ends}]\\s*[\\p{Lu}\\p{Script=Han}“"]`, 'u');
    sentenceBreaks.set(layout.sentenceEnd, pattern);
  }
  return pattern;
}

/** A page number standing alone, as a table of contents sets it after an entry. */
const pageNumberBlock = /^(?:\d{1,4}|[ivxlc]{1,6})$/i;
/** A page number after an entry of a table of contents, with its leaders. */
const pageNumberTail = /[\s.．…·]*\d{1,4}$/;
/** The fewest entries a table of contents has. */
const contentsMinEntries = 3;

/**
 * A table of contents: numbered lines one after another (page numbers aside) naming headings
 * that come again later. Its entries are not headings.
 */
function withoutContents(blocks: Block[], candidates: Candidate[]): Candidate[] {
  const entryTitle = (c: Candidate) => comparable(blocks[c.block]!.text.replace(pageNumberTail, ''));
  const lastOccurrence = new Map<string, number>();
  candidates.forEach((c, index) => lastOccurrence.set(entryTitle(c), index));
  const repeatedLater = (index: number) => lastOccurrence.get(entryTitle(candidates[index]!))! > index;
  const adjacent = (from: number, to: number) => blocks.slice(from + 1, to).every((b) => pageNumberBlock.test(b.text.trim()));

  const contents = new Set<number>();
  let runStart = 0;
  for (let index = 1; index <= candidates.length; index++) {
    const continues = index < candidates.length && adjacent(candidates[index - 1]!.block, candidates[index]!.block);
    if (continues) continue;
    // A run may go on into the body's first headings, which do not come again.
    const entries = candidates.slice(runStart, index).map((_, offset) => runStart + offset).filter(repeatedLater);
    if (entries.length >= contentsMinEntries) entries.forEach((i) => contents.add(i));
    runStart = index;
  }
  return candidates.filter((_, index) => !contents.has(index));
}

/**
 * Two numbered lines of one scheme with nothing between them are items of a list (or a table of
 * contents), not headings: a heading has its text under it before its next sibling.
 */
function withoutListRuns(candidates: Candidate[]): Candidate[] {
  const inRun = new Set<number>();
  for (let i = 1; i < candidates.length; i++) {
    const previous = candidates[i - 1]!;
    const current = candidates[i]!;
    if (current.block === (previous.last ?? previous.block) + 1 && current.scheme === previous.scheme) {
      inRun.add(previous.block);
      inRun.add(current.block);
    }
  }
  return candidates.filter((c) => !inRun.has(c.block));
}

/**
 * When the PDF tells bold type apart: where most lines of a scheme are bold, its plain lines are
 * list items set like the body; a deep scheme (1. （1） ①) never set in bold while other headings
 * are is a list, not a heading level.
 */
function agreeWithTypeface(blocks: Block[], candidates: Candidate[]): Candidate[] {
  if (!blocks.some(isBold)) return candidates;
  const boldShare = new Map<HeadingScheme, number>();
  for (const scheme of new Set(candidates.map((c) => c.scheme))) {
    const own = candidates.filter((c) => c.scheme === scheme);
    boldShare.set(scheme, own.filter((c) => isBold(blocks[c.block]!)).length / own.length);
  }
  const boldHeadings = [...boldShare.values()].some((share) => share > most);
  return candidates.filter((c) => {
    const share = boldShare.get(c.scheme)!;
    if (share > most) return isBold(blocks[c.block]!);
    return !(boldHeadings && share === 0 && c.scheme.typicalLevel >= 3);
  });
}

/**
 * Levels from the order schemes nest in: a scheme met for the first time opens a level under the
 * current heading (appendices stay at the top); afterwards it keeps that level.
 */
function placeBySchemeNesting(candidates: Candidate[]): HeadingPlacement[] {
  const levelOf = new Map<HeadingScheme, number>();
  let depth = 0;
  return candidates.map(({ block, scheme, last }) => {
    let level = levelOf.get(scheme);
    if (level === undefined) {
      level = scheme.topLevel ? 1 : depth + 1;
      levelOf.set(scheme, level);
    }
    depth = level;
    return { block, level, ...(last !== undefined ? { last } : {}) };
  });
}


/** Share of bookmarks found in the text above which the bookmarks are taken as the complete list of their levels. */
const completeOutline = 0.9;

/**
 * The PDF's bookmarks, when they name this document's headings, give the levels they cover
 * (relative to the title's bookmark) and may add unnumbered headings. A numbered line of a
 * scheme the bookmarks cover takes that scheme's level, unless the bookmarks are complete and
 * leave it out; bold lines of deeper schemes nest under the bookmarks' deepest level.
 */
function placeByOutline(blocks: Block[], start: number, candidates: Candidate[], outline: OutlineEntry[], title: string): HeadingPlacement[] | undefined {
  // The title's bookmark, when there is one, is the level above the chapters.
  const titleEntry = outline.find((entry) => comparable(entry.title) === comparable(title));
  const entries = outline.filter((entry) => entry !== titleEntry);
  if (entries.length === 0) return undefined;
  const matched = matchOutline(blocks, start, entries);
  if (matched.size < entries.length / 2) return undefined;

  const levels = [...matched.values()].map((e) => e.level);
  const offset = titleEntry ? titleEntry.level : Math.min(...levels) - 1;
  const levelOf = (entry: OutlineEntry) => Math.max(1, entry.level - offset);
  const deepest = Math.max(...levels) - offset;

  const schemeLevel = new Map<HeadingScheme, number>();
  for (const c of candidates) if (matched.has(c.block) && !schemeLevel.has(c.scheme)) schemeLevel.set(c.scheme, levelOf(matched.get(c.block)!));
  // Bookmarks all on one level for headings of several schemes are a flat list: they tell no levels.
  if (new Set(levels).size === 1 && schemeLevel.size > 1) return undefined;
  const unmatched = candidates.filter((c) => !matched.has(c.block));
  const complete = matched.size >= entries.length * completeOutline;
  const covered = complete ? [] : unmatched.filter((c) => schemeLevel.has(c.scheme)).map((c) => ({ block: c.block, level: schemeLevel.get(c.scheme)!, last: c.last }));
  // Bookmarks that go below the chapters usually list every heading level: a deeper numbered line must also be set in bold.
  const deeper = placeBySchemeNesting(unmatched.filter((c) => !schemeLevel.has(c.scheme) && (deepest === 1 || isBold(blocks[c.block]!))));
  const placements: HeadingPlacement[] = [
    ...[...matched].map(([block, entry]) => ({ block, level: levelOf(entry) })),
    ...covered,
    ...deeper.map((placement) => ({ ...placement, level: deepest + placement.level })),
  ];
  return placements.sort((a, b) => a.block - b.block);
}

/**
 * Bookmarks matched to blocks in order: each entry to a block with its text after the previous
 * entry's block, the one nearest the entry's page when the bookmark has one (so a table of
 * contents before the body is passed over). An entry with no such block is skipped.
 */
function matchOutline(blocks: Block[], from: number, outline: OutlineEntry[]): Map<number, OutlineEntry> {
  // Only short blocks are compared: a block equal to a bookmark but for spaces is not twice as long.
  const longest = Math.max(...outline.map((entry) => entry.title.length)) * 2;
  const texts = blocks.map((b) => (b.kind === 'text' && b.text.length <= longest ? comparable(b.text) : undefined));
  const matched = new Map<number, OutlineEntry>();
  let position = from;
  for (const entry of outline) {
    const wanted = comparable(entry.title);
    let best: number | undefined;
    const distance = (index: number) => (entry.page === undefined ? 0 : Math.abs(blocks[index]!.page - entry.page));
    for (let index = position; index < blocks.length; index++) {
      if (texts[index] !== wanted) continue;
      if (best === undefined || distance(index) < distance(best)) best = index;
      if (distance(best) === 0) break;
    }
    if (best !== undefined) {
      matched.set(best, entry);
      position = best + 1;
    }
  }
  return matched;
}

/** Chapters this much larger than the body have a size of their own. */
const chapterSizeRatio = 1.05;

/**
 * Unnumbered chapters ("前言", "结语", "Conclusion"): short lines set exactly like the numbered
 * chapters, when those are set in bold and above body size, all alike.
 */
function withUnnumberedChapters(blocks: Block[], start: number, placements: HeadingPlacement[], layout: LayoutTables): HeadingPlacement[] {
  const chapters = placements.filter((p) => p.level === 1).map((p) => blocks[p.block]!);
  const sizes = chapters.map((b) => b.relativeSize ?? 1);
  const size = sizes[0] ?? 1;
  const alike = chapters.length >= 2 && chapters.every(isBold) && sizes.every((s) => Math.abs(s - size) < sameSizeTolerance);
  if (!alike || size < chapterSizeRatio) return placements;
  const placed = new Set(placements.map((p) => p.block));
  const unnumbered: HeadingPlacement[] = [];
  for (let index = start; index < blocks.length; index++) {
    const block = blocks[index]!;
    const text = block.text.trim();
    const styledLikeChapters = isBold(block) && Math.abs((block.relativeSize ?? 1) - size) < sameSizeTolerance;
    if (placed.has(index) || block.kind !== 'text' || !styledLikeChapters || text.length > layout.headingMaxLength / 2) continue;
    if (readsAsTitle(text, layout)) unnumbered.push({ block: index, level: 1 });
  }
  return [...placements, ...unnumbered].sort((a, b) => a.block - b.block);
}

/** Lines this much larger than the body may be headings of a document without numbering. */
const sizeHeadingRatio = 1.3;
/** The fewest lines of one size that make a heading level rather than a display of a few words. */
const sizeHeadingMinCount = 3;
/** Heading levels told by size alone: below two, sizes are callouts and pull quotes more than headings. */
const sizeHeadingLevels = 2;
/**
 * Headings of a document without numbering or bookmarks (a designed report): the largest type
 * sizes that at least sizeHeadingMinCount short title-like lines share, one level each, larger
 * above; consecutive lines of one size are one heading set on several lines.
 */
function placeBySize(blocks: Block[], start: number, layout: LayoutTables): HeadingPlacement[] {
  const sizeOf = (block: Block) => Math.round((block.relativeSize ?? 1) * 20) / 20;
  const isCandidate = (block: Block) => {
    const text = block.text.trim();
    return block.kind === 'text' && sizeOf(block) >= sizeHeadingRatio && text.length <= layout.headingMaxLength / 2 && !bareNumber.test(text) && readsAsTitle(text, layout);
  };
  const counts = new Map<number, number>();
  for (const block of blocks.slice(start)) if (isCandidate(block)) counts.set(sizeOf(block), (counts.get(sizeOf(block)) ?? 0) + 1);
  const sizes = [...counts].filter(([, count]) => count >= sizeHeadingMinCount).map(([size]) => size).sort((a, b) => b - a).slice(0, sizeHeadingLevels);
  const placements: HeadingPlacement[] = [];
  for (let index = start; index < blocks.length; index++) {
    const level = sizes.indexOf(sizeOf(blocks[index]!)) + 1;
    if (level === 0 || !isCandidate(blocks[index]!)) continue;
    const previous = placements.at(-1);
    if (previous && previous.level === level && (previous.last ?? previous.block) === index - 1) previous.last = index;
    else placements.push({ block: index, level });
  }
  return placements;
}
