import type { LayoutTables } from '../lang/index.js';
import type { Block, Line } from '../types.js';
import { cellText, classifyLine, endsParagraph, joinLineTexts, parseBoldMarkers, visualWidth } from './blocks.js';

/**
 * Text input (e.g. text once extracted from a PDF): paragraphs are runs of lines between blank
 * lines, split further where the text kept its line wraps; a paragraph that a page break cut (no
 * sentence end before the blank line, running text after it) is joined again; tab-separated lines
 * are table rows.
 */
export function cleanTextLines(lines: Line[], layout: LayoutTables): Block[] {
  const groups: Line[][] = [];
  let current: Line[] = [];
  for (const line of lines) {
    if (line.text.trim() === '') {
      if (current.length > 0) groups.push(current);
      current = [];
    } else {
      current.push(line);
    }
  }
  if (current.length > 0) groups.push(current);

  const blocks: Block[] = [];
  for (const group of groups.flatMap((lines) => splitWrappedGroup(lines, layout))) {
    const tableRows = group.filter((line) => line.text.includes('\t'));
    if (tableRows.length === group.length) {
      blocks.push(tableBlock(group));
      continue;
    }
    const { text, boldSpans } = parseBoldMarkers(joinLineTexts(group.map((line) => line.text.trim())));
    const kind = classifyLine(text, layout);
    const block: Block = { kind, text, page: group[0]!.page };
    if (boldSpans.length > 0) block.boldSpans = boldSpans;
    const previous = blocks.at(-1);
    if (previous && previous.kind === 'text' && kind === 'text' && isCutParagraph(previous.text, layout) && !startsNewUnit(text, layout)) {
      appendToBlock(previous, block);
      continue;
    }
    blocks.push(block);
  }
  return blocks;
}

/**
 * A run of lines with no blank line between them holds several paragraphs when the text kept its
 * line wraps (pdftotext): a caption, a source line or a short numbered heading stands alone, and a
 * paragraph ends at a line ending a sentence short of the usual line length.
 */
function splitWrappedGroup(lines: Line[], layout: LayoutTables): Line[][] {
  if (lines.length < 2 || lines.every((line) => line.text.includes('\t'))) return [lines];
  const fullWidth = Math.max(...lines.map((line) => visualWidth(line.text.trim())));
  const alone = (text: string) =>
    classifyLine(text, layout) !== 'text' || (startsNewUnit(text, layout) && visualWidth(text) < fullWidth * 0.8);
  const parts: Line[][] = [];
  let part: Line[] = [];
  for (const line of lines) {
    const text = line.text.trim();
    const previous = part.at(-1)?.text.trim();
    const ended = previous !== undefined && (alone(previous) || (endsParagraph(previous, layout) && visualWidth(previous) < fullWidth - 4));
    if (part.length > 0 && (alone(text) || ended)) {
      parts.push(part);
      part = [];
    }
    part.push(line);
  }
  parts.push(part);
  return parts;
}

/**
 * A block cut by a page break: it ends without a sentence end, and is at least a full line long
 * (a title or a date line is short; the part of a paragraph before a page break holds whole lines).
 */
function isCutParagraph(text: string, layout: LayoutTables): boolean {
  return !endsParagraph(text, layout) && visualWidth(text) >= minimumCutWidth;
}

/** Half-width character columns: about one line of a report page set at body size. */
const minimumCutWidth = 56;

function startsNewUnit(text: string, layout: LayoutTables): boolean {
  return layout.headingSchemes.some((scheme) => scheme.pattern.test(text));
}

function appendToBlock(target: Block, continuation: Block): void {
  const joined = joinLineTexts([target.text, continuation.text]);
  const offset = joined.length - continuation.text.length;
  target.text = joined;
  if (continuation.boldSpans) {
    target.boldSpans = [...(target.boldSpans ?? []), ...continuation.boldSpans.map(([s, e]) => [s + offset, e + offset] as [number, number])];
  }
  if (continuation.page !== target.page) target.pageEnd = continuation.page;
}

function tableBlock(group: Line[]): Block {
  const rows = group.map((line) => line.text.split('\t').map(cellText));
  return { kind: 'table', text: '', page: group[0]!.page, rows, headerRows: 1 };
}
