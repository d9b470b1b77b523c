import type { PDFDocumentProxy, PDFPageProxy, TextItem } from 'pdfjs-dist/types/src/display/api.js';
import type { DocumentMetadata, Message, OutlineEntry, Page, TextRun } from '../types.js';
import { ConversionError } from '../types.js';
import { errorText } from './errors.js';
import { multiply, readGraphics } from './graphics.js';
import { assembleLines, splitMarginNotes } from './lines.js';
import { correctMisread, misreadCharacters } from './misread.js';
import { readPageByOcr } from './ocr/index.js';
import { harmoniseRunningLines } from './ocr/running.js';
import { documentParameters, loadPdfjs } from './pdfjs.js';
import { judgeTextLayer } from './textlayer.js';
import { hiddenItems, isOnPage, isSeen, readPaintedText } from './visibility.js';
import { textLayerTables } from '../lang/textlayer.js';

/** When pages are read by OCR: only pages without usable text (auto), never, or every page. */
export type OcrMode = 'auto' | 'off' | 'force';

type Pdfjs = typeof import('pdfjs-dist/legacy/build/pdf.mjs');

/** An open pdf.js document and the operator codes of the pdf.js that opened it. */
export interface OpenPdf {
  doc: PDFDocumentProxy;
  ops: Pdfjs['OPS'];
}

/** Opens a PDF; a failure throws pdf.js's exception (describeLoadError says it in words). */
export async function openPdf(bytes: Uint8Array, password: string | undefined): Promise<OpenPdf> {
  const pdfjs = await loadPdfjs();
  const task = pdfjs.getDocument(documentParameters(bytes, password));
  try {
    return { doc: await task.promise, ops: pdfjs.OPS };
  } catch (error) {
    await task.destroy().catch(() => undefined);
    throw error;
  }
}

/** What a PDF says of itself beside its pages: page count, metadata, bookmarks. */
export interface PdfInfo {
  pageCount: number;
  metadata: DocumentMetadata;
  outline: OutlineEntry[];
}

export async function readPdfInfo(doc: PDFDocumentProxy): Promise<PdfInfo> {
  const info = (await doc.getMetadata().catch(() => null))?.info as Record<string, unknown> | undefined;
  return {
    pageCount: doc.numPages,
    metadata: {
      pageCount: doc.numPages,
      title: stringOf(info?.Title),
      author: stringOf(info?.Author),
      language: stringOf(info?.Language),
      producer: stringOf(info?.Producer),
      creator: stringOf(info?.Creator),
    },
    outline: await readOutline(doc).catch(() => []),
  };
}

/** With OCR off, a document none of whose pages has usable text gives no output. */
export function refuseWithoutText(path: string, pages: Page[]): void {
  if (pages.some((page) => page.lines.length > 0)) return;
  const garbage = pages.find((page) => page.unusableText?.startsWith(garbageTextLayer));
  if (garbage) throw new ConversionError(path, `its text cannot be read (page ${garbage.number} has ${garbage.unusableText}); OCR is off (--ocr off)`);
  throw new ConversionError(path, `no text layer on any of its ${pages.length} pages (scanned images?); OCR is off (--ocr off)`);
}

/**
 * Reads by OCR the pages without usable text (mode auto) or every page (force), one page at a
 * time; the models load on the first such page only.
 */
export async function readPagesByOcr(doc: PDFDocumentProxy, pages: Page[], mode: 'auto' | 'force', messages: Message[], onOcrPage: ((page: number, index: number, count: number) => void) | undefined): Promise<void> {
  const wanted = pages.filter((page) => page.width > 0 && (mode === 'force' || page.unusableText !== undefined));
  const canvasFactory = (doc as unknown as { canvasFactory: Parameters<typeof readPageByOcr>[1] }).canvasFactory;
  for (const [index, page] of wanted.entries()) {
    onOcrPage?.(page.number, index, wanted.length);
    const proxy = await doc.getPage(page.number);
    try {
      // A scan's drawings are pixels too; a garbled page keeps the rules and figures its PDF draws.
      const scanned = page.unusableText === scannedPage;
      const read = await readPageByOcr(proxy, canvasFactory, scanned);
      page.lines = read.lines;
      if (scanned) {
        page.rules = read.rules;
        page.images = read.images;
      }
      page.ocr = true;
      const why = page.unusableText === undefined ? 'OCR forced' : `it has ${page.unusableText}`;
      messages.push({ severity: 'info', stage: 'extract', page: page.number, text: `page ${page.number} read by OCR (${why}): ${page.lines.length} lines` });
    } catch (error) {
      messages.push({ severity: 'warning', stage: 'extract', page: page.number, text: `page ${page.number} could not be read by OCR: ${errorText(error)}` });
    } finally {
      proxy.cleanup();
    }
  }
  harmoniseRunningLines(pages);
}

const garbageTextLayer = 'a garbage text layer';
const scannedPage = 'no text layer (a scanned image?)';

/** One page's positioned lines, rulings and figure areas; the page's resources are released after. */
export async function readPage(doc: PDFDocumentProxy, number: number, ops: Pdfjs['OPS'], commonHan: ReadonlySet<string>): Promise<Page> {
  const page = await doc.getPage(number);
  try {
    const viewport = pageFrame(page.getViewport({ scale: 1 }));
    const toPage = viewport.transform;
    const content = await page.getTextContent();
    // The operator list loads the fonts into commonObjs (their real names tell bold faces) and gives the drawings.
    const operators = await page.getOperatorList();
    const runs: TextRun[] = [];
    const stroked = emboldenedText(strokedText(operators, ops), content.items);
    const misread = misreadCharacters(operators, ops.setFont, ops.showText, (font) => emPerUnit(page, font));
    // Text painted not to be seen (render mode 3, white on white) is looked for only on pages that paint some.
    const painted = readPaintedText(operators, ops, toPage);
    const hidden = painted ? hiddenItems(content.items.map((item) => ('str' in item ? item.str : '')), painted) : [];
    for (const [index, item] of content.items.entries()) {
      if (!('str' in item) || item.str === '') continue;
      const run = toRun({ ...item, str: correctMisread(item.str, misread.get(item.fontName)) }, toPage, fontFace(page, item.fontName));
      if (!run || !isOnPage(run.box, viewport) || !isSeen(run.box, hidden[index], painted)) continue;
      if (!run.bold && stroked.length > 0) run.bold = stroked.some((text) => text.includes(run.text.replace(/\s+/g, '')));
      runs.push(run);
    }
    const graphics = readGraphics(operators, ops, toPage, { width: viewport.width, height: viewport.height }, runs.map((run) => run.box));
    const lines = splitMarginNotes(assembleLines(runs, number), number);
    const judgement = judgeTextLayer(lines.map((line) => line.text).join('\n'), commonHan);
    const unusableText =
      judgement.verdict === 'garbage'
        ? `${garbageTextLayer}: ${judgement.reason}`
        : judgement.verdict === 'empty' && graphics.rasterShare >= textLayerTables.scannedImageShare
          ? scannedPage
          : undefined;
    return {
      number,
      width: viewport.width,
      height: viewport.height,
      // Top to bottom: the layout stage decides the reading order. Garbage never reaches the
      // Markdown or the facts; a scan's few stray characters neither.
      lines: unusableText === undefined ? lines : [],
      rules: graphics.rules,
      images: graphics.figures,
      fills: graphics.fills,
      ...(unusableText === undefined ? {} : { unusableText }),
    };
  } finally {
    page.cleanup();
  }
}

type Matrix = [number, number, number, number, number, number];

/** PDF allows at most 14,400 units a side (ISO 32000, annex C); a larger or broken page box is damage. */
const maximumPageSide = 14_400;
const letter = { width: 612, height: 792, transform: [1, 0, 0, -1, 0, 792] as Matrix };

/** The page's size and its page-space transform; a damaged page box (-99999999999, 1e32, NaN) is read as a US Letter page at the origin. */
function pageFrame(viewport: { width: number; height: number; transform: number[] }): { width: number; height: number; transform: Matrix } {
  const { width, height, transform } = viewport;
  const sane = [width, height].every((side) => Number.isFinite(side) && side > 0 && side <= maximumPageSide) && transform.every(Number.isFinite);
  return sane ? { width, height, transform: transform as Matrix } : letter;
}

/** Text rendering mode 2: glyphs filled and stroked, how Word and WPS embolden a font without a bold face. */
const fillStrokeMode = 2;

/**
 * Stroked text is bold only where it stands out: some producers leave the mode on for the rest
 * of the page, and then most of the page's text is stroked and none of it is bold.
 */
function emboldenedText(stroked: string[], items: unknown[]): string[] {
  const strokedLength = stroked.reduce((sum, text) => sum + text.length, 0);
  const totalLength = items.reduce<number>((sum, item) => sum + ((item as { str?: string }).str ?? '').replace(/\s+/g, '').length, 0);
  return strokedLength > totalLength * 0.5 ? [] : stroked;
}

/** The texts drawn filled and stroked (fake bold), consecutive glyph runs joined, spaces left out. */
function strokedText(operators: { fnArray: number[]; argsArray: unknown[][] }, ops: Pdfjs['OPS']): string[] {
  const texts: string[] = [];
  let mode = 0;
  let current = '';
  for (let i = 0; i < operators.fnArray.length; i++) {
    const fn = operators.fnArray[i];
    if (fn === ops.setTextRenderingMode) mode = operators.argsArray[i]![0] as number;
    else if (fn === ops.showText) {
      const glyphs = operators.argsArray[i]![0] as ({ unicode?: string } | number | null)[];
      const text = glyphs.map((glyph) => (glyph && typeof glyph === 'object' ? (glyph.unicode ?? '') : '')).join('').replace(/\s+/g, '');
      if (mode === fillStrokeMode) current += text;
      else if (current !== '') {
        texts.push(current);
        current = '';
      }
    }
  }
  if (current !== '') texts.push(current);
  return texts;
}

interface FontFace {
  name: string;
  bold: boolean;
}

const boldName = /bold|heavy|black|semibold|demibold|[-,](?:B|SB|W[6-9])$|(?:^|[-_,])(?:Hei|HT|Heiti)(?:[-_,]|$)/i;

/** What pdf.js tells of a font it loaded (undefined when it failed to load it). */
function loadedFont(page: PDFPageProxy, loadedName: string): { name?: string; bold?: boolean; fontMatrix?: number[] } | undefined {
  try {
    return page.commonObjs.get(loadedName) as { name?: string; bold?: boolean; fontMatrix?: number[] };
  } catch {
    return undefined;
  }
}

function fontFace(page: PDFPageProxy, loadedName: string): FontFace {
  const font = loadedFont(page, loadedName);
  const name = (font?.name ?? loadedName).replace(/^[A-Z]{6}\+/, '');
  return { name, bold: font?.bold === true || boldName.test(name) };
}

/** The size of a font's glyph-space unit in ems (1/1000 but in Type 3 fonts). */
function emPerUnit(page: PDFPageProxy, loadedName: string): number {
  const matrix = loadedFont(page, loadedName)?.fontMatrix;
  return matrix?.[0] ? Math.abs(matrix[0]) : 0.001;
}

function toRun(item: TextItem, toPage: Matrix, face: FontFace): TextRun | null {
  const [a, b, c, d, e, f] = multiply(toPage, item.transform as Matrix);
  // Text placed by a damaged matrix (1e300, NaN) has no place on the page.
  if (![a, b, c, d, e, f, item.width].every(Number.isFinite)) return null;
  // Vertical or rotated text (axis titles, stamps) is not running text.
  if (Math.abs(b) > Math.abs(a) * 0.1 || Math.abs(c) > Math.abs(d) * 0.1) return null;
  const fontSize = Math.abs(d) || Math.abs(a) || 1;
  return {
    text: item.str,
    // The transform's origin is the baseline; the box spans one em above it.
    box: { x: e, y: f - fontSize, width: item.width, height: fontSize },
    fontSize,
    fontName: face.name,
    bold: face.bold,
  };
}

async function readOutline(doc: PDFDocumentProxy): Promise<OutlineEntry[]> {
  const entries: OutlineEntry[] = [];
  type Item = Awaited<ReturnType<PDFDocumentProxy['getOutline']>>[number];
  const visit = async (items: Item[], level: number) => {
    for (const item of items) {
      const title = item.title.replace(/\s+/g, ' ').trim();
      if (title !== '') entries.push({ title, level, page: await destinationPage(doc, item.dest) });
      if (item.items.length > 0) await visit(item.items, level + 1);
    }
  };
  await visit((await doc.getOutline()) ?? [], 1);
  return entries;
}

async function destinationPage(doc: PDFDocumentProxy, dest: string | unknown[] | null): Promise<number | undefined> {
  try {
    const explicit = typeof dest === 'string' ? await doc.getDestination(dest) : dest;
    const ref = explicit?.[0];
    if (ref === undefined || ref === null) return undefined;
    if (typeof ref === 'number') return ref + 1;
    return (await doc.getPageIndex(ref as { num: number; gen: number })) + 1;
  } catch {
    return undefined;
  }
}

function stringOf(value: unknown): string | undefined {
  return typeof value === 'string' && value.trim() !== '' ? value.trim() : undefined;
}
