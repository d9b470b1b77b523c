import type { Blockquote, BlockContent, FootnoteDefinition, Heading, PhrasingContent, Root, RootContent, Table, TableRow } from 'mdast';
import type { Block } from '../types.js';
import type { FootnoteMark } from './footnotes.js';
import { joinLines } from './text.js';
import type { TitleSpan } from './title.js';

export interface TreeInput {
  blocks: Block[];
  /** The title's blocks, when the title comes from blocks. */
  titleSpan?: TitleSpan;
  title: string;
  /** First block of each heading → its level, last block and text. */
  headings: Map<number, { level: number; last: number; text: string }>;
  footnotes: FootnoteMark[];
}

/**
 * The mdast tree: the preamble (blocks before the title) as a block quote, the title as `#`,
 * headings one deeper than their level, paragraphs with their bold spans as strong, captions and
 * source lines as paragraphs of their own, tables as GFM tables, footnotes as definitions; the
 * blocks of one sidebar or box together as one block quote.
 * Every node made from a block carries data.page and data.block.
 */
export function buildTree({ blocks, titleSpan, title, headings, footnotes }: TreeInput): Root {
  const children: RootContent[] = [];
  const referencesIn = new Map<number, FootnoteMark[]>();
  for (const mark of footnotes) if (mark.block !== undefined) referencesIn.set(mark.block, [...(referencesIn.get(mark.block) ?? []), mark]);
  const footnoteOf = new Map(footnotes.map((mark) => [mark.footnote, mark]));

  const content = (block: Block, index: number): Array<BlockContent | FootnoteDefinition> => {
    if (block.kind === 'table' && block.rows) return [table(block, index)];
    if (block.kind === 'footnote' && footnoteOf.has(index)) return [footnoteDefinition(block, index, footnoteOf.get(index)!)];
    return block.text.trim() === '' ? [] : [paragraph(block, index, referencesIn.get(index) ?? [])];
  };
  if (titleSpan && titleSpan.first > 0) {
    children.push({ type: 'blockquote', children: blocks.slice(0, titleSpan.first).flatMap(content) });
  }
  const titlePage = blocks[titleSpan?.first ?? 0]?.page ?? 1;
  children.push(heading(1, title, titleSpan ? { page: titlePage, block: titleSpan.first } : { page: titlePage }));

  // Blocks up to here are already in the tree: the title, the lines of a heading.
  let done = titleSpan ? titleSpan.last : -1;
  let aside: { id: number; quote: Blockquote } | undefined;
  blocks.forEach((block, index) => {
    if (index <= done) return;
    if (block.aside) {
      if (aside?.id !== block.aside.id) {
        aside = { id: block.aside.id, quote: { type: 'blockquote', children: [], data: { page: block.page, block: index } } };
        children.push(aside.quote);
      }
      aside.quote.children.push(...content(block, index));
      return;
    }
    aside = undefined;
    const placed = headings.get(index);
    if (placed) {
      children.push(heading(placed.level + 1, placed.text, { page: block.page, block: index }));
      done = placed.last;
    } else {
      children.push(...content(block, index));
    }
  });
  return { type: 'root', children };
}

function heading(depth: number, text: string, data: { page: number; block?: number }): Heading {
  return { type: 'heading', depth: Math.min(6, depth) as Heading['depth'], children: [{ type: 'text', value: text }], data };
}

/** A paragraph's inline content: text, bold spans as strong, footnote markers as references. */
function paragraph(block: Block, index: number, references: FootnoteMark[]): BlockContent {
  type Cut = { start: number; end: number; node: (text: string) => PhrasingContent };
  const cuts: Cut[] = [
    ...wordSpans(block.text, block.boldSpans ?? []).map(([start, end]) => ({ start, end, node: (text: string): PhrasingContent => ({ type: 'strong', children: [{ type: 'text', value: text }] }) })),
    ...references.map((mark) => ({ start: mark.start!, end: mark.end!, node: (): PhrasingContent => ({ type: 'footnoteReference', identifier: mark.identifier, label: mark.identifier }) })),
  ].sort((a, b) => a.start - b.start);
  const children: PhrasingContent[] = [];
  let last = 0;
  for (const { start, end, node } of cuts) {
    if (start < last || end <= start) continue;
    if (start > last) children.push({ type: 'text', value: block.text.slice(last, start) });
    children.push(node(block.text.slice(start, end)));
    last = end;
  }
  if (last < block.text.length) children.push({ type: 'text', value: block.text.slice(last) });
  return { type: 'paragraph', children, data: { page: block.page, block: index } };
}

/** A character of a word: a letter, a digit, a Han character. */
const wordCharacter = /[\p{L}\p{N}]/u;
const wordAt = (text: string, index: number) => wordCharacter.test(String.fromCodePoint(text.codePointAt(index)!));

/**
 * Bold spans as runs of words: each trimmed to begin and end with a character of a word (bold
 * punctuation at its ends left plain, a span of punctuation alone dropped), touching spans joined. Emphasis then never
 * opens or closes beside punctuation, where Markdown would need character references to keep it.
 */
export function wordSpans(text: string, spans: [number, number][]): [number, number][] {
  const runs: [number, number][] = [];
  for (const [spanStart, spanEnd] of [...spans].sort((a, b) => a[0] - b[0])) {
    let start = spanStart;
    let end = Math.min(spanEnd, text.length);
    while (start < end && !wordAt(text, start)) start++;
    while (end > start) {
      // The last character may be a surrogate pair (a Han character beyond the BMP).
      const last = /[\uDC00-\uDFFF]/.test(text[end - 1]!) ? end - 2 : end - 1;
      if (wordAt(text, last)) break;
      end = last;
    }
    if (start >= end) continue;
    // Spans that touch are one run: Markdown cannot set two strong runs side by side.
    const previous = runs.at(-1);
    if (previous && start <= previous[1]) previous[1] = Math.max(previous[1], end);
    else runs.push([start, end]);
  }
  return runs;
}

/** A GFM table; short rows are padded so every row has every column. */
function table(block: Block, index: number): Table {
  const rows = block.rows!;
  const width = Math.max(...rows.map((row) => row.length));
  const data = { page: block.page, block: index };
  return {
    type: 'table',
    align: Array.from({ length: width }, () => null),
    children: rows.map(
      (row): TableRow => ({
        type: 'tableRow',
        // A GFM cell holds one line.
        children: Array.from({ length: width }, (_, column) => ({ type: 'tableCell', children: [{ type: 'text', value: joinLines((row[column] ?? '').split('\n')) }] })),
        data,
      }),
    ),
    data,
  };
}

function footnoteDefinition(block: Block, index: number, mark: FootnoteMark): FootnoteDefinition {
  return {
    type: 'footnoteDefinition',
    identifier: mark.identifier,
    label: mark.identifier,
    children: [{ type: 'paragraph', children: [{ type: 'text', value: mark.text }], data: { page: block.page, block: index } }],
    data: { page: block.page, block: index },
  };
}
