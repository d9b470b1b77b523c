import { circledNumbers, superscriptDigits } from '../lang/index.js';
import type { Block } from '../types.js';

/** A footnote, and where its marker stands in the text that refers to it. */
export interface FootnoteMark {
  /** The footnote block. */
  footnote: number;
  identifier: string;
  /** The footnote's text without its marker. */
  text: string;
  /** The block holding the reference, and the marker's [start, end) offsets in it. */
  block?: number;
  start?: number;
  end?: number;
}

/** The marker that opens a footnote: [1], ①, ¹, 1, *, †. */
const footnoteMarker = new RegExp(
  `^\\s*(?:\\[(\\d{1,3})\\]|([${circledNumbers}])|([${superscriptDigits}]+)|(\\d{1,3})(?=\\s|[^\\d.,%])|([*†‡§¶]))\\s*`,
  'u',
);

/**
 * Each footnote block's identifier (its number, made unique where numbering restarts on every
 * page) and, when its marker is one a text can show (①, ¹, [1], *), where that marker stands in
 * the text before it on the same or the previous page.
 */
export function markFootnotes(blocks: Block[]): FootnoteMark[] {
  const used = new Set<string>();
  const marks: FootnoteMark[] = [];
  blocks.forEach((block, index) => {
    if (block.kind !== 'footnote') return;
    const match = footnoteMarker.exec(block.text);
    const [, bracketed, circled, superscript, plain, symbol] = match ?? [];
    const number = bracketed ?? plain ?? (circled ? String(circledNumbers.indexOf(circled) + 1) : undefined) ?? (superscript ? [...superscript].map((d) => superscriptDigits.indexOf(d)).join('') : undefined);
    let identifier = number ?? String(marks.length + 1);
    for (let suffix = 2; used.has(identifier); suffix++) identifier = `${number ?? marks.length + 1}-${suffix}`;
    used.add(identifier);
    const visible = bracketed ? `[${bracketed}]` : (circled ?? superscript ?? symbol);
    const text = match ? block.text.slice(match[0].length).trim() : block.text.trim();
    marks.push({ footnote: index, identifier, text, ...(visible ? findReference(blocks, index, visible) : {}) });
  });
  return marks;
}

function findReference(blocks: Block[], footnote: number, marker: string): Pick<FootnoteMark, 'block' | 'start' | 'end'> {
  const page = blocks[footnote]!.page;
  for (let index = footnote - 1; index >= 0 && (blocks[index]!.pageEnd ?? blocks[index]!.page) >= page - 1; index--) {
    const block = blocks[index]!;
    if (block.kind === 'footnote' || block.kind === 'table') continue;
    const start = block.text.lastIndexOf(marker);
    if (start >= 0) return { block: index, start, end: start + marker.length };
  }
  return {};
}
