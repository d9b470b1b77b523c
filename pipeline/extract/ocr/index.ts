import type { PDFPageProxy } from 'pdfjs-dist/types/src/display/api.js';
import type { Line, TextRun } from '../../types.js';
import { readingOrder } from '../columns.js';
import { assembleLines } from '../lines.js';
import { minimumSkew, estimateSkew } from './deskew.js';
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

/** The page's lines read by OCR from its image, in page space (points), straightened when tilted. */
export async function readPageByOcr(page: PDFPageProxy, canvasFactory: CanvasFactory): Promise<Line[]> {
  const scale = ocrResolution / 72;
  const image = straighten(await renderPage(page, canvasFactory, scale));
  const recognised = await recogniseImage(image);
  const viewport = page.getViewport({ scale: 1 });
  return readingOrder(assembleLines(recognised.map((line) => toRun(line, scale)), page.pageNumber), viewport.width);
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

function toRun(line: RecognisedLine, scale: number): TextRun {
  const box = { x: line.box.x / scale, y: line.box.y / scale, width: line.box.width / scale, height: line.box.height / scale };
  return { text: line.text.trim(), box, fontSize: box.height / boxToEm, fontName: ocrFontName, bold: false };
}
