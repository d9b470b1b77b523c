import type { PDFPageProxy } from 'pdfjs-dist/types/src/display/api.js';
import type { Box, Line, TextRun } from '../../types.js';
import { correctOcrLine } from '../../lang/ocr.js';
import { assembleLines } from '../lines.js';
import { minimumSkew, estimateSkew } from './deskew.js';
import { figuresWithLabels, findDrawings } from './drawings.js';
import { recogniseImage, type RecognisedLine } from './engine.js';
import { grayFromRgba, rotate, type GrayImage } from './image.js';

export { commonHanCharacters } from './engine.js';

/** Pages are read at this resolution: a 10.5 pt character is 22 pixels tall, enough for the recogniser. */
export const ocrResolution = 150;
/** Name of the "font" of OCR'd runs. */
const ocrFontName = 'OCR';
/** A detected line's box is this many times its font size (measured on printed and scanned 11 pt and 13 pt text). */
const boxToEm = 1.13;

interface CanvasAndContext {
  canvas: { width: number; height: number };
  context: { getImageData(x: number, y: number, width: number, height: number): { data: Uint8ClampedArray } };
}
interface CanvasFactory {
  create(width: number, height: number): CanvasAndContext;
  destroy(canvasAndContext: CanvasAndContext): void;
}

/** A page as OCR reads it, in page space (points). */
export interface OcrPage {
  lines: Line[];
  /** Rules and figures found in the image (a scan's); empty unless asked for. */
  rules: Box[];
  images: Box[];
}

/**
 * The page's lines read by OCR from its image, straightened when tilted; with findGraphics (a
 * scan, whose drawings are pixels too), its rules and figures as well, so that chart labels and
 * table rulings are told as on a page with a text layer.
 */
export async function readPageByOcr(page: PDFPageProxy, canvasFactory: CanvasFactory, findGraphics: boolean): Promise<OcrPage> {
  const scale = ocrResolution / 72;
  const image = straighten(await renderPage(page, canvasFactory, scale));
  const recognised = await recogniseImage(image, ocrResolution);
  const widest = Math.max(...recognised.map((line) => line.box.width));
  // The body's height is that of the longer lines: a chart's many short labels are smaller.
  const longer = recognised.filter((line) => line.box.width >= widest * bodyLineShare);
  const body = { height: median((longer.length > 0 ? longer : recognised).map((line) => line.box.height)), width: widest };
  // Top to bottom, like a text layer's: the layout stage decides the reading order.
  const lines = assembleLines(recognised.map((line) => toRun(line, scale, body)), page.pageNumber);
  if (!findGraphics || recognised.length === 0) return { lines, rules: [], images: [] };
  const textBoxes = recognised.map((line) => line.box);
  const drawings = findDrawings(image, body.height, textBoxes);
  const figures = figuresWithLabels(drawings.figures, textBoxes, drawings.rules, body.height);
  const toPage = (box: Box) => ({ x: box.x / scale, y: box.y / scale, width: box.width / scale, height: box.height / scale });
  return { lines, rules: drawings.rules.map(toPage), images: figures.map(toPage) };
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

async function renderPage(page: PDFPageProxy, canvasFactory: CanvasFactory, scale: number): Promise<GrayImage> {
  const viewport = page.getViewport({ scale });
  const target = canvasFactory.create(Math.ceil(viewport.width), Math.ceil(viewport.height));
  try {
    // The canvas is @napi-rs/canvas's (pdf.js's canvas factory in Node), not a DOM one.
    type RenderParameters = Parameters<PDFPageProxy['render']>[0];
    await page.render({ canvas: target.canvas as unknown as RenderParameters['canvas'], canvasContext: target.context as unknown as RenderParameters['canvasContext'], viewport, background: 'white' }).promise;
    const { width, height } = target.canvas;
    return grayFromRgba(target.context.getImageData(0, 0, width, height).data, width, height);
  } finally {
    canvasFactory.destroy(target);
  }
}

/** A page scanned askew, turned so that its lines run level. */
export function straighten(image: GrayImage): GrayImage {
  const skew = estimateSkew(image);
  return Math.abs(skew) >= minimumSkew ? rotate(image, -skew) : image;
}

/** Lines whose box height is within these shares of the page's usual height are set in the body size… */
const bodySizeBand = [0.8, 1.25] as const;
/** …when they are at least this share of the page's longest line: labels and ticks keep their own size. */
const bodyLineShare = 0.3;
/** Full-width marks whose ink sits in the left half of their em: a line ending in one reaches half an em further. */
const closingMark = /[，。、；：！？）》」』”’]$/u;

/**
 * A line read by OCR as a run of a text layer. Box heights follow the ink (brackets and quotes
 * reach lower and higher than Han characters), so lines of prose near the page's usual height
 * get one body size, as a text layer would give them; and the box spans the advance of a closing mark,
 * as a text layer's does, so that a justified line ending in "，" reaches the right margin.
 */
function toRun(line: RecognisedLine, scale: number, body: { height: number; width: number }): TextRun {
  const ratio = line.box.height / body.height;
  const prose = ratio >= bodySizeBand[0] && ratio <= bodySizeBand[1] && line.box.width >= body.width * bodyLineShare;
  const height = prose ? body.height : line.box.height;
  const fontSize = height / scale / boxToEm;
  const text = correctOcrLine(line.text.trim());
  const box = {
    x: line.box.x / scale,
    y: line.box.y / scale,
    width: line.box.width / scale + (closingMark.test(text) ? fontSize / 2 : 0),
    height: line.box.height / scale,
  };
  return { text, box, fontSize, fontName: ocrFontName, bold: false };
}
