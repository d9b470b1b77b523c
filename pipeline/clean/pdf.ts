import { fieldLabel, listMarker, type LayoutTables } from '../lang/index.js';
import type { Block, BlockKind, LaidOutPage, Line } from '../types.js';
import { classifyLine, endsParagraph, joinTwoLines, spacesHanAndLatin } from './blocks.js';
import { backgroundFigures, figureLines } from './figures.js';
import { footnoteLines } from './footnotes.js';
import { measureBody, type BodyMetrics } from './layout.js';
import { type ColumnSpan, continuedColumns, findTables, type PageTable } from './tables.js';

type Aside = NonNullable<Block['aside']>;

/** A line of running text (of a sidebar or a box when aside is set) or a rebuilt table, in reading order. */
type FlowItem = { line: Line; footnote?: 'start' | 'continued'; aside?: Aside } | { table: PageTable; page: number };

/** A block being built from lines. */
interface OpenBlock {
  kind: BlockKind;
  lines: Line[];
  aside?: Aside;
  /** The block this one continues in place, when a paragraph resumes after a figure or table. */
  resumed?: Block;
}

/**
 * Positioned lines (furniture already removed) → blocks: tables rebuilt from rulings, figure
 * text dropped, and lines joined into paragraphs across line wraps, page breaks and figures; a
 * new block starts at a first-line indent, a gap, a change of type style, a heading or a caption.
 */
export function buildBlocks(pages: LaidOutPage[], layout: LayoutTables): Block[] {
  const body = measureBody(pages);
  const background = backgroundFigures(pages);
  const flow: FlowItem[] = [];
  const asides = new Map<string, Aside>();
  for (const page of pages) {
    // The sidebar or box a line stands in: one document-wide id per region.
    const asideOf = (line: Line): Aside | undefined => {
      const region = line.region === undefined ? undefined : page.regions[line.region];
      if (!region || region.kind === 'figure') return undefined;
      const key = `${page.number}:${line.region}`;
      if (!asides.has(key)) asides.set(key, { kind: region.kind, id: asides.size + 1 });
      return asides.get(key);
    };
    const tables = findTables(page);
    const skip = figureLines(page, body, layout, background, tables.map((table) => table.box));
    for (const table of tables) for (const line of table.lines) skip.add(line);
    const notes = footnoteLines(page, body);
    const margin = marginNotes(page, body, skip);
    // Lines come in reading order; a table takes the place of its first line.
    const placed = new Set<PageTable>();
    const items: FlowItem[] = [];
    for (const line of page.lines) {
      const table = tables.find((t) => t.lines.has(line));
      if (table && !placed.has(table)) {
        placed.add(table);
        items.push({ table, page: page.number });
      }
      if (skip.has(line) || margin.has(line)) continue;
      const aside = asideOf(line);
      if (aside) {
        items.push({ line, aside });
        continue;
      }
      const note = notes.get(line);
      items.push(note === undefined ? { line } : { line, footnote: note ? 'start' : 'continued' });
    }
    // Notes in the margin are set apart like footnotes, after the page's text.
    for (const [line, starts] of margin) items.push({ line, footnote: starts ? 'start' : 'continued' });
    flow.push(...joinRowFragments(items, body));
  }
  return new BlockBuilder(body, layout).build(flow);
}

/**
 * Lines standing wholly right of the body column (margin notes), each mapped to whether it
 * begins a note: a note goes on while its lines follow one another closely.
 */
function marginNotes(page: LaidOutPage, body: BodyMetrics, skip: Set<Line>): Map<Line, boolean> {
  const notes = new Map<Line, boolean>();
  let previous: Line | undefined;
  for (const line of page.lines) {
    if (!line.box || skip.has(line) || line.region !== undefined || line.box.x < body.column(line).right) continue;
    notes.set(line, !previous || line.box.y - previous.box!.y > body.lineStep * 1.5);
    previous = line;
  }
  return notes;
}

/**
 * Joins the pieces of one row of running text that a wide gap split (a contents entry and its
 * page number, the cells of an unruled table row) into one line, a space between them; columns
 * stay apart.
 */
function joinRowFragments(items: FlowItem[], body: BodyMetrics): FlowItem[] {
  const joined: FlowItem[] = [];
  for (const item of items) {
    const previous = joined.at(-1);
    if (
      previous &&
      'line' in previous &&
      'line' in item &&
      !previous.footnote &&
      !item.footnote &&
      previous.aside?.id === item.aside?.id &&
      sameRow(previous.line, item.line) &&
      isFragment(item.line, body)
    ) {
      joined[joined.length - 1] = { ...previous, line: joinFragments(previous.line, item.line) };
    } else {
      joined.push(item);
    }
  }
  return joined;
}

/** A piece shorter than this share of its column: a page number, a cell; longer is a line of another column. */
const fragmentShare = 0.4;

function isFragment(line: Line, body: BodyMetrics): boolean {
  const column = body.column(line);
  return line.box!.width < (column.right - column.left) * fragmentShare;
}

function sameRow(a: Line, b: Line): boolean {
  if (!a.box || !b.box || a.page !== b.page || a.column !== b.column || b.box.x < a.box.x + a.box.width) return false;
  const size = Math.min(a.fontSize ?? 12, b.fontSize ?? 12);
  return Math.abs(a.box.y + a.box.height - (b.box.y + b.box.height)) < size * 0.3;
}

function joinFragments(a: Line, b: Line): Line {
  const offset = a.text.length + 1;
  const boldSpans = [...spansOf(a, 0), ...spansOf(b, offset)];
  const bold = Boolean(a.bold && b.bold);
  const right = Math.max(a.box!.x + a.box!.width, b.box!.x + b.box!.width);
  const top = Math.min(a.box!.y, b.box!.y);
  const bottom = Math.max(a.box!.y + a.box!.height, b.box!.y + b.box!.height);
  return {
    ...a,
    text: `${a.text} ${b.text}`,
    box: { x: a.box!.x, y: top, width: right - a.box!.x, height: bottom - top },
    bold,
    boldSpans: bold ? undefined : boldSpans,
    runs: [...(a.runs ?? []), ...(b.runs ?? [])],
  };
}

/** A line's bold spans, the whole line when it is all bold, shifted by offset. */
function spansOf(line: Line, offset: number): [number, number][] {
  if (line.bold) return [[offset, offset + line.text.length]];
  return (line.boldSpans ?? []).map(([start, end]) => [start + offset, end + offset]);
}

/** A step between lines of more than this many body line steps is paragraph spacing... */
const paragraphGap = 1.45;
/** ...and of more than this many, room for a figure the paragraph flows past. */
const figureGap = 4;

/** Lines between two parts of one table on a page, each a group row of it: at most this many, this long. */
const maximumGroupRows = 3;
const maximumGroupRowLength = 160;

class BlockBuilder {
  private readonly blocks: Block[] = [];
  /** The last table built, with where its columns stand, for a part of it that follows. */
  private lastTable: { block: Block; columns: ColumnSpan[] } | null = null;
  private open: OpenBlock | null = null;
  /** The last paragraph, while a figure's caption or a table interrupts it mid-sentence. */
  private interrupted: { block: Block; lines: Line[] } | null = null;

  constructor(
    private readonly body: BodyMetrics,
    private readonly layout: LayoutTables,
  ) {}

  build(flow: FlowItem[]): Block[] {
    for (const item of flow) {
      if ('table' in item) this.addTable(item.table, item.page);
      else if (item.footnote) this.addFootnoteLine(item.line, item.footnote);
      else this.addLine(item.line, item.aside);
    }
    this.close();
    return this.blocks;
  }

  private addTable(table: PageTable, page: number): void {
    this.close();
    const continued = this.continuedTable(table, page);
    if (continued) {
      const { block, columns, groupRows } = continued;
      const width = block.rows![0]!.length;
      const rows = table.rows
        .map((row) => Array.from({ length: width }, (_, c) => row[columns.indexOf(c)] ?? ''))
        .filter((row) => row.some((cell) => cell !== ''));
      const header = block.rows!.slice(0, block.headerRows ?? 0);
      const repeated = header.length > 0 && header.every((row, i) => row.join('\t') === rows[i]?.join('\t'));
      // Lines between the parts (a statement's 'Supplemental disclosures …') head the rows after them.
      const groups = groupRows.map((line) => Array.from({ length: width }, (_, c) => (c === 0 ? line.text : '')));
      this.blocks.splice(this.blocks.length - groupRows.length, groupRows.length);
      block.rows!.push(...groups, ...rows.slice(repeated ? header.length : 0));
      block.pageEnd = page;
      return;
    }
    const block: Block = { kind: 'table', text: '', page, rows: table.rows, headerRows: table.headerRows };
    this.blocks.push(block);
    this.lastTable = { block, columns: table.columns };
  }

  /**
   * The table this one goes on with, and where each of its columns goes there: a table on the
   * next page with nothing in between, its columns standing under the earlier one's; or a table
   * with no header on the same page after a few short lines (a statement's reconciliation and
   * supplemental parts), whose lines become group rows.
   */
  private continuedTable(table: PageTable, page: number): { block: Block; columns: number[]; groupRows: Block[] } | undefined {
    const last = this.lastTable;
    if (!last || !this.blocks.includes(last.block)) return undefined;
    const { block } = last;
    const between = this.blocks.slice(this.blocks.indexOf(block) + 1);
    const columns = continuedColumns(last.columns, table.columns) ?? (table.rows[0]?.length === block.rows![0]!.length ? table.columns.map((_, i) => i) : undefined);
    if (!columns) return undefined;
    const end = block.pageEnd ?? block.page;
    if (end === page - 1 && between.length === 0) return { block, columns, groupRows: [] };
    const headless = table.rows.slice(0, table.headerRows).every((row) => row.every((cell) => cell === ''));
    const groupLines = between.length <= maximumGroupRows && between.every((b) => b.kind === 'text' && b.text.length <= maximumGroupRowLength);
    return end === page && headless && groupLines ? { block, columns, groupRows: between } : undefined;
  }

  private addFootnoteLine(line: Line, footnote: 'start' | 'continued'): void {
    if (footnote === 'continued' && this.open?.kind === 'footnote') {
      this.open.lines.push(line);
      return;
    }
    this.close();
    this.open = { kind: 'footnote', lines: [line] };
  }

  private addLine(line: Line, aside?: Aside): void {
    const kind = classifyLine(line.text, this.layout);
    const open = this.open;
    if (open && open.kind !== 'footnote' && open.aside?.id === aside?.id && this.continues(open, line, kind)) {
      open.lines.push(line);
      return;
    }
    this.close();
    if (aside) {
      this.open = { kind, lines: [line], aside };
      return;
    }
    // Only after something else came between (a caption, a table, a footnote, a box) can a paragraph resume.
    const between = this.interrupted !== null && this.blocks.at(-1) !== this.interrupted.block;
    if (kind === 'text' && this.interrupted && between && this.resumes(this.interrupted.lines, line)) {
      const { block, lines } = this.interrupted;
      // It stays where it began, before the figure or table that interrupted it.
      this.open = { kind: 'text', lines: [...lines, line], resumed: block };
      this.interrupted = null;
      return;
    }
    this.open = { kind, lines: [line] };
  }

  /** Whether line continues the open block. */
  private continues(open: OpenBlock, line: Line, kind: BlockKind): boolean {
    const previous = open.lines.at(-1)!;
    if (kind !== 'text') return false;
    // A sidebar's field lines ("分析师：…", "邮箱：…") are items of their own, whatever their length.
    if (open.aside && (fieldLabel.test(line.text) || fieldLabel.test(previous.text))) return false;
    if (open.kind !== 'text') return this.continuesCaption(previous, line);
    if (this.startsOwnBlock(line, previous) || this.isHeadingLike(previous)) return false;
    if (!sameStyle(previous, line, this.body.fontSize)) return false;
    if (this.indented(line) && !this.hangsUnder(line, open.lines[0]!)) return false;
    if (this.endsShort(previous)) return false;
    if (previous.page === line.page) {
      // Paragraph spacing breaks; a wide gap mid-sentence is a figure or a box the text flows around.
      const gap = line.box!.y - previous.box!.y;
      if (gap > this.body.lineStep * paragraphGap && !(this.unfinished(previous) && gap > this.body.lineStep * figureGap)) return false;
    }
    return true;
  }

  /** A paragraph resumes after a figure or table when it stopped mid-sentence at the line end. */
  private resumes(lines: Line[], line: Line): boolean {
    const previous = lines.at(-1)!;
    return this.unfinished(previous) && sameStyle(previous, line, this.body.fontSize) && !this.indented(line) && !this.startsOwnBlock(line, previous);
  }

  /** A wrapped caption or source line: same type style, set apart from the body, close below. */
  private continuesCaption(previous: Line, line: Line): boolean {
    if (!sameStyle(previous, line, this.body.fontSize)) return false;
    const bodyStyle = Math.abs((line.fontSize ?? 0) - this.body.fontSize) < this.body.fontSize * 0.05 && !line.bold;
    return !bodyStyle && previous.page === line.page && line.box!.y - previous.box!.y < (line.fontSize ?? this.body.fontSize) * 1.8 && !this.startsOwnBlock(line, previous);
  }

  /**
   * A heading of a numbering scheme or a list item starts a block of its own: set apart by its
   * type, or after a line that ended a sentence ("（二）" that a wrap put at a line start inside a
   * sentence does not).
   */
  private startsOwnBlock(line: Line, previous: Line): boolean {
    if (!this.layout.headingSchemes.some((scheme) => scheme.pattern.test(line.text))) return false;
    return line.bold === true || this.isHeadingLike(line) || endsParagraph(previous.text, this.layout);
  }

  /** Bold or larger than body text and shorter than a full line: a heading, kept apart from what follows. */
  private isHeadingLike(line: Line): boolean {
    const size = line.fontSize ?? this.body.fontSize;
    return (line.bold === true || size > this.body.fontSize * 1.1) && this.column(line).right - (line.box!.x + line.box!.width) > size;
  }

  /** A list item's wrapped line set under the item's text, right of its marker (a hanging indent). */
  private hangsUnder(line: Line, first: Line): boolean {
    return listMarker.test(first.text) && first.box!.x < line.box!.x && line.box!.x - first.box!.x < (first.fontSize ?? this.body.fontSize) * 3;
  }

  private indented(line: Line): boolean {
    const size = line.fontSize ?? this.body.fontSize;
    return line.box!.x - this.column(line).left > size * 1.2;
  }

  /** The line stops short of the column's right edge: the last line of a paragraph. */
  private endsShort(line: Line): boolean {
    const size = line.fontSize ?? this.body.fontSize;
    const room = this.column(line).right - (line.box!.x + line.box!.width);
    if (endsParagraph(line.text, this.layout)) return room > size * 1.5;
    // Without a sentence end only a much shorter line ends a paragraph (ragged-right text varies).
    return room > (this.column(line).right - this.column(line).left) * 0.3;
  }

  /**
   * Stopped mid-sentence at the right edge: the paragraph goes on after a page break or a figure.
   * A short line set to the right (a table's unit note, 单位：元) is no line of a paragraph.
   */
  private unfinished(line: Line): boolean {
    return !endsParagraph(line.text, this.layout) && !this.endsShort(line) && !this.isHeadingLike(line) && !this.setRight(line);
  }

  private setRight(line: Line): boolean {
    const column = this.column(line);
    return line.box!.x - column.left > (column.right - column.left) * 0.3;
  }

  private column(line: Line): { left: number; right: number } {
    return this.body.textBlock(line);
  }

  private close(): void {
    const open = this.open;
    if (!open) return;
    this.open = null;
    const block = toBlock(open, this.body);
    if (open.resumed) this.blocks[this.blocks.indexOf(open.resumed)] = block;
    else this.blocks.push(block);
    // Captions, source lines, tables, sidebars and boxes leave an interrupted paragraph open; other text closes it.
    if (block.kind === 'text' && !block.aside) this.interrupted = this.unfinished(open.lines.at(-1)!) ? { block, lines: open.lines } : null;
  }
}

function sameStyle(a: Line, b: Line, bodySize: number): boolean {
  return Boolean(a.bold) === Boolean(b.bold) && Math.abs((a.fontSize ?? bodySize) - (b.fontSize ?? bodySize)) <= bodySize * 0.1;
}

function toBlock(open: OpenBlock, body: BodyMetrics): Block {
  let text = '';
  const boldSpans: [number, number][] = [];
  const hanLatinSpace = spacesHanAndLatin(open.lines.map((line) => line.text));
  for (const line of open.lines) {
    const joined = joinTwoLines(text, line.text, hanLatinSpace);
    const offset = joined.length - line.text.trim().length;
    const leading = line.text.length - line.text.trimStart().length;
    for (const [start, end] of line.boldSpans ?? []) boldSpans.push([start - leading + offset, end - leading + offset]);
    text = joined;
  }
  const first = open.lines[0]!;
  const last = open.lines.at(-1)!;
  const block: Block = { kind: open.kind, text, page: first.page, ...(open.aside ? { aside: open.aside } : {}) };
  if (last.page !== first.page) block.pageEnd = last.page;
  if (open.lines.every((line) => line.bold)) block.bold = true;
  else if (boldSpans.length > 0) block.boldSpans = boldSpans;
  const size = first.fontSize ?? body.fontSize;
  const relativeSize = Math.round((size / body.fontSize) * 100) / 100;
  if (relativeSize !== 1) block.relativeSize = relativeSize;
  if (open.lines.every((line) => isCentered(line, body.column(line)))) block.centered = true;
  return block;
}

function isCentered(line: Line, column: { left: number; right: number }): boolean {
  const box = line.box!;
  const leftRoom = box.x - column.left;
  const rightRoom = column.right - (box.x + box.width);
  const size = line.fontSize ?? 12;
  // More room on the left than a first-line indent, about as much as on the right.
  return leftRoom > size * 2.5 && Math.abs(leftRoom - rightRoom) < Math.max(size, (column.right - column.left) * 0.04);
}
