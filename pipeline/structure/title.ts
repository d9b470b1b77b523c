import type { LayoutTables } from '../lang/index.js';
import type { Block, DocumentMetadata } from '../types.js';
import { comparable, joinedText } from './text.js';

/** The blocks that make up the report's title, first to last. */
export interface TitleSpan {
  first: number;
  last: number;
}

/** How far into the document a title is looked for: past a release note, never into the body. */
const titleSearchBlocks = 12;
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

/**
 * The report's title blocks, or undefined. In order of trust: the title in the document
 * information (on up to three lines), a line set well above body size, a short line with a title
 * word ("报告", "Report") that is not a sentence and not a mention of the title in title marks
 * (《…》); then the lines after it that continue it (same size, or a qualifier in brackets).
 */
export function findTitle(blocks: Block[], metadata: DocumentMetadata, layout: LayoutTables): TitleSpan | undefined {
  const searched = leadingTextBlocks(blocks, layout);
  if (metadata.title) {
    const wanted = comparable(metadata.title);
    for (const first of searched) {
      for (let last = first; last < first + titleMaxLines && searched.includes(last); last++) {
        if (comparable(joinedText(blocks, first, last)) === wanted) return { first, last };
      }
    }
  }
  const titleShaped = searched.filter((index) => isTitleShaped(blocks[index]!.text, layout));
  const large = titleShaped.filter((index) => (blocks[index]!.relativeSize ?? 1) >= titleSizeRatio);
  const first = large.length > 0
    ? large.reduce((a, b) => (blocks[b]!.relativeSize! > blocks[a]!.relativeSize! ? b : a))
    : titleShaped.find((index) => layout.titleWords.test(blocks[index]!.text));
  if (first === undefined) return undefined;
  let last = first;
  while (last - first + 1 < titleMaxLines && searched.includes(last + 1) && continuesTitle(blocks[first]!, blocks[last + 1]!, layout)) last++;
  return { first, last };
}

function isTitleShaped(text: string, layout: LayoutTables): boolean {
  const trimmed = text.trim();
  return trimmed.length > 0 && trimmed.length <= titleMaxLength && !layout.sentenceEnd.includes(trimmed.at(-1)!) && !/[《》]/.test(trimmed);
}

function continuesTitle(title: Block, next: Block, layout: LayoutTables): boolean {
  if (!isTitleShaped(next.text, layout)) return false;
  if (qualifierLine.test(next.text.trim())) return true;
  const size = title.relativeSize ?? 1;
  return size >= titleSizeRatio && Math.abs((next.relativeSize ?? 1) - size) < titleSizeTolerance;
}

/** The text blocks before the first numbered heading, at most titleSearchBlocks of them. */
function leadingTextBlocks(blocks: Block[], layout: LayoutTables): number[] {
  const indexes: number[] = [];
  for (let index = 0; index < Math.min(blocks.length, titleSearchBlocks); index++) {
    const block = blocks[index]!;
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
