import { enFacts } from '../lang/en/facts.js';
import type { LayoutTables } from '../lang/index.js';
import { zhFacts } from '../lang/zh/facts.js';
import type { Block, DocumentMetadata } from '../types.js';
import { comparable, joinedText } from './text.js';

/** The blocks that make up the report's title, first to last. */
export interface TitleSpan {
  first: number;
  last: number;
}

/** How far into the document a title is looked for: past a release note, never into the body. */
const titleSearchBlocks = 12;
/** How many blocks from the start hold a cover: the title, a date line, the period reported on. */
const coverBlocks = 40;
/** The pages where the document information's title is looked for: a cover, an English front page, the title page. */
const titlePages = 3;
/** The longest title line, in characters. */
const titleMaxLength = 80;
/** Set larger than the body by this much, a short line is a title. */
const titleSizeRatio = 1.2;
/** Lines of one title set in one size differ by less than this. */
const titleSizeTolerance = 0.05;
/** The most lines a title is set on. */
const titleMaxLines = 3;
/** A title's second line that only qualifies it: （2022 年）, （节选）, (2021). */
const qualifierLine = /^[（(][^（）()]{1,16}[）)]$/;
/** A subtitle set after a dash under (or beside) the title: ——开源量化评论（3）, — A Survey. */
const subtitleLine = /^[—–―-]{1,2}\s*\S/;
/** Marks a title ends with when it asks or exclaims: 如何构造动量因子？ */
const questionEnd = '？！?!';
/** A number alone with its unit, as a cover sets a key figure large: 135 EFlops, 20.7%, 2022, 135 亿元 (not 2020 年年度报告). */
const amountAlone = /^[-+]?\d[\d.,]*\s*[%‰]?\s*(?:[A-Za-z]{0,6}|\p{Script=Han}{0,2})$/u;
/** Note marks standing after a title's last word. */
const trailingNoteMarks = /[∗*†‡§¶]+$/;
/** A short capitalised abbreviation at the end of a name: Inc., Ltd., Co., CORP. */
const abbreviationEnd = /(?:^|\s)\p{Lu}\p{L}{0,3}\.$/u;
/** Note marks a title may carry (∗, †, ¹): the document information leaves them out. */
const noteMarks = /[∗*†‡§¶⁰¹²³⁴-⁹]/g;

/**
 * The report's title blocks, or undefined. In order of trust: the title in the document
 * information when the first pages show it (on up to three lines); the largest line of the
 * cover set well above body size (a question too), never a sidebar's line or a broker's rating;
 * a short line with a title word ("报告", "Report") that is not a sentence and not a mention of
 * the title in title marks (《…》); then the lines after it that continue it (same size, a
 * qualifier in brackets, a subtitle after a dash).
 */
export function findTitle(blocks: Block[], metadata: DocumentMetadata, layout: LayoutTables): TitleSpan | undefined {
  if (metadata.title) {
    const shown = shownTitle(blocks, metadata.title);
    if (shown) return shown;
  }
  const searched = leadingTextBlocks(blocks, layout);
  const titleShaped = searched.filter((index) => {
    const block = blocks[index]!;
    return !block.aside && !layout.ratingLine.test(block.text.trim()) && isTitleShaped(block, layout);
  });
  const large = titleShaped.filter((index) => (blocks[index]!.relativeSize ?? 1) >= titleSizeRatio);
  const first = large.length > 0
    ? large.reduce((a, b) => (blocks[b]!.relativeSize! > blocks[a]!.relativeSize! ? b : a))
    : titleShaped.find((index) => layout.titleWords.test(blocks[index]!.text));
  if (first === undefined) return undefined;
  let last = first;
  while (last - first + 1 < titleMaxLines && searched.includes(last + 1) && continuesTitle(blocks[first]!, blocks[last + 1]!, layout)) last++;
  return { first, last };
}

/** The title the blocks of a span set, less a note mark after it (…的提议∗ with its note below). */
export function titleText(blocks: Block[], span: TitleSpan): string {
  return joinedText(blocks, span.first, span.last).replace(trailingNoteMarks, '');
}

/** The blocks of the first pages that read as the document information's title, note marks aside. */
function shownTitle(blocks: Block[], title: string): TitleSpan | undefined {
  const wanted = comparable(title.replace(noteMarks, ''));
  const onFirstPages = (index: number) => index < blocks.length && blocks[index]!.kind === 'text' && blocks[index]!.page <= (blocks[0]?.page ?? 1) + titlePages - 1;
  for (let first = 0; onFirstPages(first); first++) {
    let text = '';
    for (let last = first; last < first + titleMaxLines && onFirstPages(last); last++) {
      text += comparable(blocks[last]!.text.replace(noteMarks, ''));
      if (text === wanted) return { first, last };
      if (!wanted.startsWith(text)) break;
    }
  }
  return undefined;
}

/** How many text blocks from the start an opening sentence that names the document stands in: after a salutation ("各位代表："). */
const openingBlocks = 3;

/** The title an opening sentence names (a work report read to a congress), when the document prints none. */
export function openingTitle(blocks: Block[], layout: LayoutTables): string | undefined {
  for (const block of blocks.filter((b) => b.kind === 'text').slice(0, openingBlocks)) {
    for (const { opening, title } of layout.openingTitles) {
      const match = opening.exec(block.text.trim());
      if (match) return match[0].replace(opening, title);
    }
  }
  return undefined;
}

/**
 * The document information's title, when it can stand for a title no line shows: not a web
 * address (a distributor stamps its own: "慧博投研资讯 - www.hibor.com.cn"), not a filing or
 * serial number, not a word left from a template ("标题", "白皮书": fewer than four letters).
 */
export function usableMetadataTitle(title: string | undefined): string | undefined {
  const trimmed = title?.trim();
  if (!trimmed) return undefined;
  if (/https?:\/\/|www\.|\.(?:com|cn|net|org)\b/i.test(trimmed)) return undefined;
  return (trimmed.match(/\p{L}/gu)?.length ?? 0) >= 4 ? trimmed : undefined;
}

function isTitleShaped(block: Block, layout: LayoutTables): boolean {
  const trimmed = block.text.trim();
  // Words, not a figure, an amount or a year standing large on a cover.
  if (trimmed.length > titleMaxLength || /[《》]/.test(trimmed) || amountAlone.test(trimmed) || !/\p{L}.*\p{L}/u.test(trimmed)) return false;
  const end = trimmed.at(-1)!;
  // A question set large is a title ("A 股市场中如何构造动量因子？"); at body size, a sentence.
  const large = (block.relativeSize ?? 1) >= titleSizeRatio;
  // Nor does a name end a sentence with its abbreviation ("UBER TECHNOLOGIES, INC.").
  return (large && (questionEnd.includes(end) || abbreviationEnd.test(trimmed))) || !layout.sentenceEnd.includes(end);
}

function continuesTitle(title: Block, next: Block, layout: LayoutTables): boolean {
  if (next.aside || !isTitleShaped(next, layout)) return false;
  const text = next.text.trim();
  if (qualifierLine.test(text)) return true;
  const size = title.relativeSize ?? 1;
  if (subtitleLine.test(text)) return (next.relativeSize ?? 1) >= titleSizeRatio;
  return size >= titleSizeRatio && Math.abs((next.relativeSize ?? 1) - size) < titleSizeTolerance;
}

/**
 * The text blocks before the first numbered heading: those of the first page (a cover may hold
 * many lines: a filing's cover puts the registrant's name below the form's), or the first
 * titleSearchBlocks blocks when the title page runs on.
 */
function leadingTextBlocks(blocks: Block[], layout: LayoutTables): number[] {
  const indexes: number[] = [];
  const firstPage = blocks[0]?.page;
  for (let index = 0; index < Math.min(blocks.length, coverBlocks); index++) {
    const block = blocks[index]!;
    if (index >= titleSearchBlocks && block.page !== firstPage) break;
    if (layout.headingSchemes.some((scheme) => scheme.pattern.test(block.text.trim()))) break;
    if (block.kind === 'text') indexes.push(index);
  }
  return indexes;
}

/** The edition year a title names: 《…（2020 年）》, "… Report (2020)". */
export function editionYear(title: string): number | undefined {
  const year = /(?<!\d)(?:19|20)\d{2}(?!\d)/.exec(title);
  return year ? Number(year[0]) : undefined;
}

/** Cover phrases of every language: a Chinese paper prints its English date line too (Apr. 2021). */
const coverPhrases = [zhFacts, enFacts].map((tables) => ({
  periods: (tables.time.reportPeriods ?? []).map((source) => new RegExp(source, 'u')),
  dateLines: (tables.time.dateLines ?? []).map((source) => new RegExp(source, 'u')),
}));

/** A year standing alone: a cover sets the edition's year large above or below the title. */
const yearAlone = /^(?<year>(?:19|20)\d{2})$/;

/**
 * The edition year a cover states when the title names none: the period it reports on
 * ('for the quarterly period ended March 31, 2022', 2020 年年度报告), else a date line standing
 * alone on the first page (2021年9月, 2020 年 07 月 21 日, 'Apr. 2021'), or a year set large there.
 */
export function coverYear(blocks: Block[]): number | undefined {
  const cover = blocks.slice(0, coverBlocks).filter((block) => block.kind === 'text');
  const firstPage = cover.filter((block) => block.page === cover[0]?.page);
  const large = firstPage.filter((block) => (block.relativeSize ?? 1) >= titleSizeRatio);
  return (
    firstYear(cover.map((block) => block.text), coverPhrases.flatMap((phrases) => phrases.periods)) ??
    firstYear(firstPage.map((block) => block.text.trim()), coverPhrases.flatMap((phrases) => phrases.dateLines)) ??
    firstYear(large.map((block) => block.text.trim()), [yearAlone])
  );
}

/** The year group of the first text a pattern matches. */
function firstYear(texts: string[], patterns: RegExp[]): number | undefined {
  for (const text of texts) {
    for (const pattern of patterns) {
      const year = pattern.exec(text)?.groups?.year;
      if (year) return Number(year);
    }
  }
  return undefined;
}
