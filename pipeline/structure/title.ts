import type { LayoutTables } from '../lang/index.js';
import type { Block, DocumentMetadata } from '../types.js';

/** How far into the document a title is looked for: past a release note, never into the body. */
const titleSearchBlocks = 12;
/** The longest title line, in characters. */
const titleMaxLength = 80;
/** Set larger than the body by this much, a short line is a title. */
const titleSizeRatio = 1.2;

/**
 * The index of the report's title block, or -1. In order of trust: the title in the document
 * information, a line set well above body size, a short line with a title word ("报告", "Report")
 * that is not a sentence and not a mention of the title in book marks (《…》).
 */
export function findTitle(blocks: Block[], metadata: DocumentMetadata, layout: LayoutTables): number {
  const searched = leadingTextBlocks(blocks, layout);
  const comparable = (text: string) => text.replace(/\s+/g, '');
  if (metadata.title) {
    const wanted = comparable(metadata.title);
    const named = searched.find((index) => comparable(blocks[index]!.text) === wanted);
    if (named !== undefined) return named;
  }
  const titleShaped = searched.filter((index) => {
    const text = blocks[index]!.text.trim();
    return text.length <= titleMaxLength && !layout.sentenceEnd.includes(text.at(-1)!) && !/[《》]/.test(text);
  });
  const large = titleShaped.filter((index) => (blocks[index]!.relativeSize ?? 1) >= titleSizeRatio);
  if (large.length > 0) return large.reduce((a, b) => (blocks[b]!.relativeSize! > blocks[a]!.relativeSize! ? b : a));
  return titleShaped.find((index) => layout.titleWords.test(blocks[index]!.text)) ?? -1;
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
