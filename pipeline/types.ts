/**
 * Shared types: the document object that flows through the stages.
 *
 *   extract → layout → clean → segment → structure → facts → render
 *
 * Each stage is a function from one of these document types to the next; every
 * document carries its source, its metadata and positioned messages (like a vfile),
 * and each stage adds its own data to what it received.
 */
import type { Root } from 'mdast';

export type Language = 'zh' | 'en';

/** A warning or error raised by a stage, with the page it concerns when known. */
export interface Message {
  severity: 'info' | 'warning' | 'error';
  /** One line, meant for a person. */
  text: string;
  /** The stage that raised it: 'extract', 'clean', … */
  stage: string;
  /** 1-based page number, for PDF input. */
  page?: number;
}

/** What we know of the input file itself. */
export interface SourceInfo {
  /** The path as given. */
  path: string;
  /** The file name with its extension. */
  fileName: string;
  /** The file name without its extension: the base of output names. */
  name: string;
  format: 'pdf' | 'text';
  bytes: number;
  sha256: string;
}

/** A rectangle in page space: points, origin at the top-left corner of the page, y downwards. */
export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** A run of text in one font, as placed on the page. */
export interface TextRun {
  text: string;
  box: Box;
  fontSize: number;
  fontName: string;
  bold: boolean;
}

/** A visual line of text (PDF) or a line of a text file (no geometry then). */
export interface Line {
  /** The line's text, spaces decided from positions (PDF) or as written (text). */
  text: string;
  /** 1-based page number. */
  page: number;
  box?: Box;
  fontSize?: number;
  /** True when every run of the line is set in a bold face. */
  bold?: boolean;
  /** [start, end) offsets into text of bold runs, when only part of the line is bold. */
  boldSpans?: [number, number][];
  /** On a page set in columns: 0 for the left column, 1 for the right; absent for lines spanning both. */
  column?: number;
  /** Index into its page's regions when the line stands in a sidebar, a box or a figure (set by the layout stage). */
  region?: number;
  runs?: TextRun[];
}

export interface Page {
  /** 1-based. */
  number: number;
  width: number;
  height: number;
  /** Top to bottom as extracted; in reading order after the layout stage (column by column, sidebars last). */
  lines: Line[];
  /** Thin filled rectangles and stroked segments: table rulings, boxes, header rules. */
  rules: Box[];
  /** Where raster images or figure drawings are placed. */
  images: Box[];
  /** Filled rectangles large enough to hold text: shaded boxes, shaded table rows (absent when not read). */
  fills?: Box[];
  /** Why the page's own text layer was not used (a scan without text, garbage from wrong font maps). */
  unusableText?: string;
  /** True when the lines were read by OCR from the page's image. */
  ocr?: boolean;
}

export interface OutlineEntry {
  title: string;
  /** 1 = top level of the PDF's bookmarks. */
  level: number;
  page?: number;
}

export interface DocumentMetadata {
  title?: string;
  author?: string;
  /** Language declared by the file (e.g. 'zh-CN'), if any. */
  language?: string;
  producer?: string;
  creator?: string;
  pageCount: number;
}

/**
 * A part of a page set apart from the main text flow, as the layout stage finds it:
 * - sidebar: a narrow column beside the main text (analysts, stock data, related reports), read after it;
 * - box: a framed or shaded text box (专栏, 案例), read as one bounded block where it stands;
 * - figure: a chart, diagram or picture (raster or vector), whose labels are not prose.
 */
export interface Region {
  kind: 'sidebar' | 'box' | 'figure';
  box: Box;
}

/** A page after the layout stage: lines in reading order, the regions they belong to. */
export interface LaidOutPage extends Page {
  regions: Region[];
}

/** Output of the extract stage. */
export interface ExtractedDocument {
  source: SourceInfo;
  messages: Message[];
  metadata: DocumentMetadata;
  /** PDF bookmarks; empty for text input. */
  outline: OutlineEntry[];
  /** Text input: a single page whose lines carry no geometry; blank lines are kept as ''. */
  pages: Page[];
}

/** Output of the layout stage: every page's regions found and its lines in reading order. */
export interface LaidOutDocument extends ExtractedDocument {
  pages: LaidOutPage[];
}

/** The kind of a cleaned block. Headings are decided by the structure stage. */
export type BlockKind =
  /** Running text: a paragraph, a heading or a line of the preamble. */
  | 'text'
  /** A figure or table caption: "图 1 …", "表 1 …", "Figure 1 …". */
  | 'caption'
  /** A figure's or table's source line: "来源：…", "数据来源：…", "Source: …". */
  | 'source'
  | 'table'
  | 'footnote';

export interface Block {
  kind: BlockKind;
  /** The block's text: a whole paragraph, page breaks and line wraps joined. '' for tables. */
  text: string;
  /** Page where the block starts. */
  page: number;
  /** Page where it ends, when not the same. */
  pageEnd?: number;
  /** Layout hints for the structure stage. */
  bold?: boolean;
  centered?: boolean;
  /** Font size relative to the body text (1 = body). */
  relativeSize?: number;
  /** [start, end) offsets into text of spans set in bold inside the block. */
  boldSpans?: [number, number][];
  /** Table cells, row by row. */
  rows?: string[][];
  headerRows?: number;
  /**
   * The sidebar or box the block stands in: blocks with the same id are one bounded whole
   * (rendered as one block quote), never a heading and never under one of their own.
   */
  aside?: { kind: 'sidebar' | 'box'; id: number };
}

/** Page furniture recognised and removed by the clean stage. */
export interface Furniture {
  /** Distinct running-header texts removed. */
  headers: string[];
  /** Distinct running-footer texts removed (other than page numbers). */
  footers: string[];
  /** Number of page-number lines removed. */
  pageNumbers: number;
}

/** Output of the clean stage. */
export interface CleanedDocument extends LaidOutDocument {
  language: Language;
  blocks: Block[];
  furniture: Furniture;
}

/** A word from the segmenter; offsets into the sentence text. */
export interface Word {
  text: string;
  start: number;
  /** Part of speech when the segmenter gives one. */
  tag?: string;
}

export interface Sentence {
  text: string;
  /** [start, end) offsets into the block text. */
  start: number;
  end: number;
  words: Word[];
}

export interface SegmentedBlock extends Block {
  sentences: Sentence[];
  /** The block's own language when it is not the document's (an English abstract in a Chinese paper). */
  language?: Language;
}

/** Output of the segment stage. */
export interface SegmentedDocument extends Omit<CleanedDocument, 'blocks'> {
  blocks: SegmentedBlock[];
}

/** A heading of the document's own hierarchy. */
export interface Section {
  /** The heading text as written, numbering included: "（一）数字中国建设质量效益加快提升". */
  title: string;
  /** 1 = chapter, 2 = section, … (the Markdown heading depth is level + 1). */
  level: number;
  page: number;
  /** Index into blocks of the heading block. */
  block: number;
  /** Top keywords of the text under a chapter (level 1); absent for deeper headings. */
  keywords?: string[];
}

/** Output of the structure stage. */
export interface StructuredDocument extends SegmentedDocument {
  title: string;
  /** Edition year of the report (e.g. 2020 for 《…（2020 年）》), when it can be told. */
  editionYear?: number;
  /** Lines before the title: publisher, date, lead paragraph. */
  preamble: string[];
  sections: Section[];
  /** For each block, the index into sections of the innermost heading it stands under (-1 = none). */
  blockSection: number[];
  keywords: string[];
  /** The mdast tree; every node made from a block has data.page (and data.block, its index). */
  tree: Root;
}

export type Qualifier = 'exact' | 'gt' | 'gte' | 'lt' | 'lte' | 'approx';

export type FactKind =
  | 'count'
  | 'amount'
  | 'percent'
  | 'change'
  | 'rank'
  | 'multiple'
  | 'duration'
  | 'measure';

/** One numeric claim: the record downstream tools read (see schema/facts.schema.json). */
export interface Fact {
  /** Stable: the same input gives the same ids. */
  id: string;
  /** The number with its scale and unit as written: "71.8 万个". */
  text: string;
  /** In base units after scale words; a percentage as its percent number (96% → 96). */
  value: number;
  /** Upper end of a range ("3至5年": value 3, value_max 5). */
  value_max?: number;
  /** The multiplier applied by scale words (万 → 10000), 1 when none. */
  scale: number;
  /** Canonical, language-neutral unit without scale: 'CNY', '%', 'percentage_point', 'base_station'… */
  unit: string;
  /** The unit as written: '个', '元', 'GB'. */
  unit_text: string;
  kind: FactKind;
  qualifier: Qualifier;
  /** What is measured: "5G 基站". */
  subject: string;
  /** "2020", "2020-11", "2020-12-06", or a period "2016/2020"; null when none can be told. */
  time: string | null;
  /** True when the time was not written in the fact's own sentence. */
  time_inferred: boolean;
  /** The whole sentence, as in the Markdown. */
  sentence: string;
  /** The heading path, outermost first. */
  section: string[];
  /** 1-based page number, for PDF input. */
  page?: number;
  /** True when the fact's page was read by OCR (its digits may be misread). */
  ocr?: boolean;
  /** For a change: whether it is a rise or a fall (the value itself is written positive). */
  direction?: 'up' | 'down';
  /** For from-to pairs: the id of the other fact of the pair. */
  linked_to?: string;
  role?: 'from' | 'to';
  /** For a number read from a table cell: where it stands in the table. */
  table?: FactTableCell;
  /** True when the number is a forecast (a column headed 2022E, 2023F, 预测). */
  forecast?: boolean;
}

/** Where a table cell stands: the table's caption, the cell's row label (parent rows first) and its column header. */
export interface FactTableCell {
  caption: string;
  row: string;
  column: string;
}

export interface FactsDocumentInfo {
  title: string;
  language: Language;
  edition_year: number | null;
  source_file: string;
  sha256: string;
  page_count: number;
  generator: string;
}

/** The content of <name>.facts.yaml: baogao's contract with downstream tools. */
export interface FactsFile {
  document: FactsDocumentInfo;
  facts: Fact[];
}

/** Output of the facts stage. */
export interface FactDocument extends StructuredDocument {
  facts: Fact[];
}

/** Output of the render stage: the texts of the files to write. */
export interface RenderedDocument extends FactDocument {
  markdown: string;
  factsFile: FactsFile;
}

/** Thrown by a stage when no output is possible for a file; the message is one line. */
export class ConversionError extends Error {
  constructor(
    readonly file: string,
    readonly reason: string,
  ) {
    super(`${file}: ${reason}`);
    this.name = 'ConversionError';
  }
}

// Every mdast node made from a block carries its page (PDF input) and the block's index.
declare module 'mdast' {
  interface Data {
    page?: number;
    block?: number;
  }
}
