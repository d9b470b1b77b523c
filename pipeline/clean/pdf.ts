import type { LayoutTables } from '../lang/index.js';
import type { Block, Furniture, Line, Page } from '../types.js';
import { classifyLine, endsParagraph, joinLineTexts } from './blocks.js';

const pageNumberLine = /^(?:[-—–－]\s*\d+\s*[-—–－]|第\s*\d+\s*页(?:\s*共\s*\d+\s*页)?|\d+|Page\s+\d+(?:\s+of\s+\d+)?)$/i;

/** Removes running headers, footers and page numbers: lines near the page edge that repeat across pages. */
export function removeFurniture(pages: Page[]): { pages: Page[]; furniture: Furniture } {
  const furniture: Furniture = { headers: [], footers: [], pageNumbers: 0 };
  const edgeTexts = new Map<string, number>();
  for (const page of pages) {
    for (const line of page.lines) {
      if (isNearEdge(line, page)) edgeTexts.set(line.text, (edgeTexts.get(line.text) ?? 0) + 1);
    }
  }
  const minRepeats = Math.max(2, Math.floor(pages.length / 3));
  const cleaned = pages.map((page) => ({
    ...page,
    lines: page.lines.filter((line) => {
      if (!isNearEdge(line, page)) return true;
      if (pageNumberLine.test(line.text.replace(/\s+/g, ' ').trim())) {
        furniture.pageNumbers++;
        return false;
      }
      if ((edgeTexts.get(line.text) ?? 0) >= minRepeats) {
        const list = line.box!.y < page.height / 2 ? furniture.headers : furniture.footers;
        if (!list.includes(line.text)) list.push(line.text);
        return false;
      }
      return true;
    }),
  }));
  return { pages: cleaned, furniture };
}

function isNearEdge(line: Line, page: Page): boolean {
  if (!line.box) return false;
  return line.box.y < page.height * 0.1 || line.box.y + line.box.height > page.height * 0.9;
}

/** Lines → paragraphs: a new block starts at a first-line indent, a caption, a source line or a heading. */
export function buildBlocks(pages: Page[], layout: LayoutTables): Block[] {
  const blocks: Block[] = [];
  let current: { lines: Line[] } | null = null;
  const flush = () => {
    if (!current) return;
    const first = current.lines[0]!;
    const text = joinLineTexts(current.lines.map((l) => l.text));
    const block: Block = { kind: classifyLine(text, layout), text, page: first.page };
    const last = current.lines.at(-1)!;
    if (last.page !== first.page) block.pageEnd = last.page;
    if (current.lines.every((l) => l.bold)) block.bold = true;
    blocks.push(block);
    current = null;
  };
  for (const page of pages) {
    const left = Math.min(...page.lines.map((l) => l.box?.x ?? 0));
    for (const line of page.lines) {
      const indent = (line.box?.x ?? 0) - left;
      const size = line.fontSize ?? 12;
      const startsBlock =
        indent > size * 1.2 ||
        classifyLine(line.text, layout) !== 'text' ||
        layout.headingSchemes.some((scheme) => scheme.pattern.test(line.text)) ||
        (current !== null && endsParagraph(current.lines.at(-1)!.text, layout) && indent > size * 0.5);
      if (startsBlock || current === null) {
        flush();
        current = { lines: [line] };
      } else {
        current.lines.push(line);
      }
    }
  }
  flush();
  return blocks;
}
