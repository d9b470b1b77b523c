import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join, sep } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { DocumentInitParameters } from 'pdfjs-dist/types/src/display/api.js';

/**
 * Loading pdf.js. In Node pdf.js runs its "worker" in the calling thread: this module loads both
 * halves itself, once per thread, for two reasons.
 *
 * - The legacy build installs core-js polyfills on the thread's globals; one of them replaces the
 *   native Array.prototype.push by a JavaScript loop (for an edge case of non-writable lengths
 *   nobody here relies on), which slows every push in the thread, pdf.js's and ours. The native
 *   one is put back once both halves are loaded.
 * - A thread that only reads text and geometry (a page reader, see readTextAndGeometryOnly) needs
 *   neither the pixels of images nor glyph outlines, which pdf.js otherwise produces for every
 *   image and every font drawn: a third of the CPU time of reading a typical report.
 */

type Pdfjs = typeof import('pdfjs-dist/legacy/build/pdf.mjs');

const require = createRequire(import.meta.url);
const pdfjsRoot = dirname(require.resolve('pdfjs-dist/package.json'));
const workerPath = join(pdfjsRoot, 'legacy', 'build', 'pdf.worker.mjs');
const workerUrl = pathToFileURL(workerPath).href;
// In Node pdf.js reads these with fs.readFile(base + name): plain directory paths with a
// trailing separator, not file:// URLs (readFile takes a string URL for a relative path).
const packageDir = (name: string) => join(pdfjsRoot, name) + sep;

let pdfjsModule: Promise<Pdfjs> | undefined;
let textAndGeometryOnly = false;

/** pdf.js, loaded in this thread on first use. */
export function loadPdfjs(): Promise<Pdfjs> {
  pdfjsModule ??= (async () => {
    const nativePush = Array.prototype.push;
    const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
    const worker = textAndGeometryOnly ? await importWithoutImageData() : await import(workerUrl);
    (globalThis as { pdfjsWorker?: unknown }).pdfjsWorker = worker;
    Array.prototype.push = nativePush;
    return pdfjs;
  })();
  return pdfjsModule;
}

/**
 * Where pdf.js decodes an image drawn on a page (PDFImage.buildImage, the pixels sent for
 * drawing): a reader of text and geometry has it fail at once, which pdf.js already handles as
 * an image it could not decode. The operator that paints the image, and so its place on the
 * page, is added before this point and stays. Image masks and small inline images are left as
 * they are (cheap, and a mask's size decides its operator).
 */
export const imageDecoding = 'PDFImage.buildImage({';
const imageNotDecoded = '(async () => { throw new Error("image data is not read"); })({';

/** pdf.js's worker half with image decoding skipped; the unchanged one if pdf.js changed where it decodes. */
async function importWithoutImageData(): Promise<unknown> {
  const source = await readFile(workerPath, 'utf8');
  if (source.split(imageDecoding).length !== 2) return import(workerUrl);
  const patched = source.replace(imageDecoding, imageNotDecoded);
  return import(`data:text/javascript;base64,${Buffer.from(patched).toString('base64')}`);
}

/**
 * Makes this thread's pdf.js read text and geometry only: no image pixels, no glyph outlines.
 * For threads that never draw a page (the page readers): OCR draws pages, in another thread.
 * Must be called before pdf.js is first loaded in the thread.
 */
export function readTextAndGeometryOnly(): void {
  if (pdfjsModule) throw new Error('readTextAndGeometryOnly: pdf.js is already loaded in this thread');
  textAndGeometryOnly = true;
  // With font faces disabled, pdf.js compiles every glyph drawn into a path to draw it without
  // the font. With them enabled it hands each font to the "document" as a FontFace: here a
  // FontFace that keeps nothing, and a document whose font set keeps nothing.
  (globalThis as { FontFace?: unknown }).FontFace ??= class {
    readonly loaded = Promise.resolve();
  };
}

const fontSink = { fonts: { add: () => undefined, delete: () => undefined } };

/** getDocument's parameters for a document to read (and, outside a text-only thread, to draw). */
export function documentParameters(bytes: Uint8Array, password: string | undefined): DocumentInitParameters {
  return {
    data: bytes,
    password,
    cMapUrl: packageDir('cmaps'),
    cMapPacked: true,
    standardFontDataUrl: packageDir('standard_fonts'),
    wasmUrl: packageDir('wasm'),
    useWorkerFetch: false,
    isEvalSupported: false,
    useSystemFonts: false,
    verbosity: 0,
    ...(textAndGeometryOnly ? { disableFontFace: false, ownerDocument: fontSink } : { disableFontFace: true }),
  };
}
