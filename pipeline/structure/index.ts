import { layoutTables } from '../lang/index.js';
import { keywords } from '../segment/index.js';
import type { Section, SegmentedDocument, StructuredDocument } from '../types.js';
import { markFootnotes } from './footnotes.js';
import { placeHeadings } from './headings.js';
import { joinedText } from './text.js';
import { coverYear, editionYear, findTitle, openingTitle, titleText, usableMetadataTitle } from './title.js';
import { buildTree } from './tree.js';

/** How many keywords the front matter lists for the report and for each chapter. */
const reportKeywordCount = 10;
const chapterKeywordCount = 5;

/** Stage 4: decides the title, the preamble and the heading hierarchy, and builds the mdast tree. */
export function structure(doc: SegmentedDocument): StructuredDocument {
  const layout = layoutTables(doc.language);
  const titleSpan = findTitle(doc.blocks, doc.metadata, layout);
  const metadataTitle = usableMetadataTitle(doc.metadata.title);
  const namedTitle = titleSpan ? undefined : openingTitle(doc.blocks, layout);
  const title = titleSpan ? titleText(doc.blocks, titleSpan) : (namedTitle ?? metadataTitle ?? doc.source.name);
  // A table before the title (a release note in a box) as its rows, cells separated by tabs.
  const preamble = doc.blocks.slice(0, titleSpan?.first ?? 0).map((b) => (b.rows ? b.rows.map((row) => row.join('\t')).join('\n') : b.text));
  // The first block after the title.
  const bodyStart = titleSpan ? titleSpan.last + 1 : 0;

  const placements = placeHeadings(doc.blocks, bodyStart, layout, doc.outline, title);
  const sections: Section[] = placements.map(({ block, level, last }) => ({
    title: joinedText(doc.blocks, block, last ?? block),
    level,
    page: doc.blocks[block]!.page,
    block,
  }));
  const blockSection = innermostSections(doc.blocks.length, sections, bodyStart);

  const textBetween = (from: number, to: number) => doc.blocks.slice(from, to).filter((b) => b.kind === 'text').map((b) => b.text);
  const chapters = sections.filter((s) => s.level === 1);
  chapters.forEach((chapter, index) => {
    chapter.keywords = keywords(textBetween(chapter.block, chapters[index + 1]?.block ?? doc.blocks.length), chapterKeywordCount, doc.language);
  });

  const tree = buildTree({
    blocks: doc.blocks,
    titleSpan,
    title,
    headings: new Map(sections.map((section, index) => [section.block, { level: section.level, last: placements[index]!.last ?? section.block, text: section.title }])),
    footnotes: markFootnotes(doc.blocks),
  });
  const titleSource = namedTitle ? 'opening sentence' : metadataTitle ? 'document information' : 'file name';
  const messages = titleSpan ? doc.messages : [...doc.messages, { severity: 'info' as const, text: `no title line found; the title is taken from the ${titleSource}`, stage: 'structure' }];
  return {
    ...doc,
    messages,
    title,
    // The title's year (never the file name's), else the year the cover states.
    editionYear: ((titleSpan || namedTitle || metadataTitle) && editionYear(title)) || coverYear(doc.blocks),
    preamble,
    sections,
    blockSection,
    keywords: keywords(textBetween(bodyStart, doc.blocks.length), reportKeywordCount, doc.language),
    tree,
  };
}

/** For each block, the index of the innermost section it stands under (-1 = none); a heading stands under itself. */
function innermostSections(blockCount: number, sections: Section[], bodyStart: number): number[] {
  const result = new Array<number>(blockCount).fill(-1);
  let current = -1;
  let next = 0;
  for (let index = bodyStart; index < blockCount; index++) {
    if (sections[next]?.block === index) current = next++;
    result[index] = current;
  }
  return result;
}
